using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// The lock's own spelling of contract enums. The lock is a file format: these names change only with
/// <c>lockVersion</c>, whatever the emitters or messages call the same values.
/// </summary>
internal static class LockWireNames
{
    public static string Of(EventPayloadKind kind) => kind switch
    {
        EventPayloadKind.None => "none",
        EventPayloadKind.Json => "json",
        EventPayloadKind.Scalar => "scalar",
        EventPayloadKind.Bytes => "bytes",
        _ => "text",
    };

    public static string Of(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "bool",
        EventFieldType.Int32 => "int32",
        EventFieldType.Int64 => "int64",
        EventFieldType.Double => "double",
        EventFieldType.String => "string",
        _ => "json",
    };

    public static string Of(EventForm form) => form switch
    {
        EventForm.Classic => "classic",
        EventForm.ContentType => "content-type",
        EventForm.Variant => "variant",
        EventForm.CloudEvent => "cloud-event",
        EventForm.FunctionHandler => "function-handler",
        EventForm.LambdaHandler => "lambda-handler",
        _ => "member-handler",
    };

    public static string Of(ArgumentKind kind) => kind switch
    {
        ArgumentKind.None => "none",
        ArgumentKind.Integer => "integer",
        ArgumentKind.Number => "number",
        ArgumentKind.Words => "words",
        ArgumentKind.Fields => "fields",
        ArgumentKind.Json => "json",
        _ => "text",
    };

    public static string Of(ArgumentFieldType type) => type switch
    {
        ArgumentFieldType.Integer => "integer",
        ArgumentFieldType.Number => "number",
        ArgumentFieldType.Boolean => "boolean",
        _ => "text",
    };

    public static string Of(DataValueType type) => type switch
    {
        DataValueType.Bool => "bool",
        DataValueType.Int => "int",
        DataValueType.UInt => "uint",
        DataValueType.Int64 => "int64",
        DataValueType.UInt64 => "uint64",
        DataValueType.Double => "double",
        DataValueType.String => "string",
        DataValueType.Map => "map",
        DataValueType.Array => "array",
        _ => "unknown",
    };

    public static string Of(LedgerDirection direction) => direction switch
    {
        LedgerDirection.CloudToDevice => "cloud-to-device",
        LedgerDirection.DeviceToCloud => "device-to-cloud",
        _ => "unknown",
    };
}
