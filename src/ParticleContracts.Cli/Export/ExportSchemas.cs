using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Ledgers;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// The one mapping from contract shapes to JSON Schema (2020-12, which OpenAPI 3.1 and AsyncAPI 3 schemas are, and the
/// WoT data schema subset): variable values, event payloads, ledger records and the environment record. Function
/// arguments and return codes are in <see cref="ArgumentSchemas"/>. Every exporter takes its schemas from here.
/// </summary>
internal sealed class ExportSchemas
{
    /// <summary>JSON Schema 2020-12: a nullable value is <c>"type": ["number", "null"]</c>.</summary>
    public static readonly ExportSchemas Json = new(typeArrays: true);

    /// <summary>WoT data schemas: <c>type</c> is one name, so a nullable value is <c>oneOf</c> the type and <c>null</c>.</summary>
    public static readonly ExportSchemas Thing = new(typeArrays: false);

    /// <summary>Nesting deeper than this is described as any JSON (the reader bounds it well below).</summary>
    private const int MaxDepth = 32;

    private readonly bool _typeArrays;

    private ExportSchemas(bool typeArrays) => _typeArrays = typeArrays;

    /// <summary>The value of a cloud variable type (<c>int32</c> → a bounded integer; unknown → any JSON).</summary>
    public static JsonObject Value(string? cloudType) => cloudType switch
    {
        "bool" => new JsonObject { ["type"] = "boolean" },
        "int32" => Int32(),
        "double" => new JsonObject { ["type"] = "number" },
        "string" => new JsonObject { ["type"] = "string" },
        _ => new JsonObject(),
    };

    /// <summary>The content type an event's data has: JSON objects <c>application/json</c>, binary <c>application/octet-stream</c>, the rest text.</summary>
    public static string ContentType(EventPayloadKind kind) => kind switch
    {
        EventPayloadKind.Json => "application/json",
        EventPayloadKind.Bytes => "application/octet-stream",
        _ => "text/plain",
    };

    /// <summary>
    /// An event's data: a JSON payload as the object it parses to (fields written on every path required, conditional
    /// fields optional and nullable, nested objects and arrays as written), any other payload as the text the stream
    /// delivers (a scalar with the pattern the typed reader accepts).
    /// </summary>
    public JsonObject Payload(EventPayload payload)
    {
        switch (payload.Kind)
        {
            case EventPayloadKind.None:
                return new JsonObject { ["description"] = "No data: the event carries no payload.", ["enum"] = new JsonArray(null, string.Empty) };
            case EventPayloadKind.Json:
                var record = Record(payload.Fields, 0);
                record["description"] = "A JSON object (read from " + payload.Source + ").";
                return record;
            case EventPayloadKind.Scalar when payload.Fields.Count == 1:
                return Scalar(payload.Fields[0].Type);
            case EventPayloadKind.Bytes:
                return new JsonObject
                {
                    ["type"] = "string",
                    ["description"] = "Binary data (" + payload.Source + "), delivered as a base64 data URL (data:application/octet-stream;base64,…), a {\"_type\":\"buffer\",\"_data\":\"…\"} object or bare base64.",
                };
            default:
                return new JsonObject { ["type"] = "string", ["description"] = "Text of a shape the reader could not infer: " + payload.Source + "." };
        }
    }

    /// <summary>The data of one ledger: every key the firmware uses, none required (the data may lack any of them).</summary>
    public static JsonObject LedgerRecord(LedgerContract ledger)
    {
        var record = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The data of the '" + ledger.Name + "' ledger (" + LedgerDirectionText(ledger.Direction) + "). Every key is optional: the data may lack it.",
        };
        if (ledger.Keys.Count > 0)
        {
            record["properties"] = LedgerKeys(ledger.Keys, 0);
        }

        return record;
    }

    /// <summary>The environment the firmware reads, each value typed as the firmware decodes it, with the bundled default.</summary>
    public static JsonObject EnvironmentRecord(ImmutableArray<EnvironmentVariableContract> environment)
    {
        var properties = new JsonObject();
        foreach (var variable in environment)
        {
            properties[variable.Name] = EnvironmentValue(variable);
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = "The environment variables the firmware reads (System.getEnv), typed as it decodes them. Values reach the device by a rollout and apply after a reboot.",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>One environment value as the firmware decodes it: a 32-bit int, a bool, or text.</summary>
    public static JsonObject EnvironmentValue(EnvironmentVariableContract variable)
    {
        JsonObject schema = variable.Type switch
        {
            DataValueType.Int => Int32(),
            DataValueType.Bool => new JsonObject { ["type"] = "boolean" },
            _ => new JsonObject { ["type"] = "string" },
        };
        if (variable.DefaultValue is { } text)
        {
            JsonNode? value = variable.Type switch
            {
                DataValueType.Int when DataRules.IsInt32Decimal(text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                DataValueType.Bool when DataRules.IsBoolText(text) => text == "true",
                DataValueType.Int or DataValueType.Bool => null,
                _ => text,
            };
            if (value is not null)
            {
                schema["default"] = value;
            }
        }

        return schema;
    }

    /// <summary>One environment value as the cloud stores it (always text), limited to what the firmware's decoder accepts.</summary>
    public static JsonObject EnvironmentText(DataValueType type) => type switch
    {
        DataValueType.Int => new JsonObject { ["type"] = "string", ["pattern"] = "^-?[0-9]{1,10}$", ["description"] = "A 32-bit signed decimal integer." },
        DataValueType.Bool => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("true", "false"), ["description"] = "Exactly true or false." },
        _ => new JsonObject { ["type"] = "string" },
    };

    /// <summary>The ledger direction in words.</summary>
    public static string LedgerDirectionText(LedgerDirection direction) => direction switch
    {
        LedgerDirection.CloudToDevice => "cloud-to-device: the cloud writes it, the device reads it",
        LedgerDirection.DeviceToCloud => "device-to-cloud: the device writes it, the cloud reads it",
        _ => "the firmware neither reads nor writes its data",
    };

    /// <summary><paramref name="schema"/> that also allows <c>null</c>.</summary>
    public JsonObject Nullable(JsonObject schema)
    {
        if (!_typeArrays)
        {
            return new JsonObject { ["oneOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
        }

        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
        }

        return schema;
    }

    public static JsonObject Int32() => new() { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue };

    private static JsonObject Scalar(EventFieldType type) => type switch
    {
        EventFieldType.Int32 or EventFieldType.Int64 => Text(@"^\s*[-+]?[0-9]+\s*$", "A whole number written as text (String(count))."),
        EventFieldType.Double => Text(@"^\s*[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?\s*$", "A number written as text (String(value))."),
        EventFieldType.Bool => Text(@"^\s*([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|1|0)\s*$", "A flag written as text: true/false or 1/0."),
        _ => new JsonObject { ["type"] = "string" },
    };

    private static JsonObject Text(string pattern, string description) => new() { ["type"] = "string", ["pattern"] = pattern, ["description"] = description };

    private JsonObject Record(EquatableArray<EventField> fields, int depth)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in fields)
        {
            var schema = FieldType(field.Type, field.Fields, field.ItemType, depth);
            properties[field.Name] = field.Conditional ? Nullable(schema) : schema;
            if (!field.Conditional)
            {
                required.Add(field.Name);
            }
        }

        var record = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            record["required"] = required;
        }

        return record;
    }

    private JsonObject FieldType(EventFieldType type, EquatableArray<EventField> fields, EventFieldType itemType, int depth) => type switch
    {
        EventFieldType.Bool => new JsonObject { ["type"] = "boolean" },
        EventFieldType.Int32 => Int32(),
        EventFieldType.Int64 => new JsonObject { ["type"] = "integer", ["minimum"] = long.MinValue, ["maximum"] = long.MaxValue },
        EventFieldType.Double => new JsonObject { ["type"] = "number" },
        EventFieldType.String => new JsonObject { ["type"] = "string" },
        EventFieldType.Object when depth < MaxDepth => Record(fields, depth + 1),
        EventFieldType.Object => new JsonObject { ["type"] = "object" },
        EventFieldType.Array when depth < MaxDepth => new JsonObject { ["type"] = "array", ["items"] = FieldType(itemType, fields, EventFieldType.Json, depth + 1) },
        EventFieldType.Array => new JsonObject { ["type"] = "array" },
        _ => new JsonObject(),
    };

    private static JsonObject LedgerKeys(EquatableArray<LedgerKey> keys, int depth)
    {
        var properties = new JsonObject();
        foreach (var key in keys)
        {
            properties[key.Name] = LedgerValue(key, depth);
        }

        return properties;
    }

    private static JsonObject LedgerValue(LedgerKey key, int depth)
    {
        switch (key.Type)
        {
            case DataValueType.Map:
                var map = new JsonObject { ["type"] = "object" };
                if (key.Keys.Count > 0 && depth < MaxDepth)
                {
                    map["properties"] = LedgerKeys(key.Keys, depth + 1);
                }

                return map;
            case DataValueType.Bool:
                return new JsonObject { ["type"] = "boolean" };
            case DataValueType.Int:
                return Int32();
            case DataValueType.UInt:
                return new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = uint.MaxValue };
            case DataValueType.Int64:
                return new JsonObject { ["type"] = "integer", ["minimum"] = long.MinValue, ["maximum"] = long.MaxValue };
            case DataValueType.UInt64:
                return new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = ulong.MaxValue };
            case DataValueType.Double:
                return new JsonObject { ["type"] = "number" };
            case DataValueType.String:
                return new JsonObject { ["type"] = "string" };
            case DataValueType.Array:
                return new JsonObject { ["type"] = "array" };
            default:
                return new JsonObject { ["description"] = "The firmware shows no type for this key (" + LockWireNames.Of(key.Type) + ")." };
        }
    }
}
