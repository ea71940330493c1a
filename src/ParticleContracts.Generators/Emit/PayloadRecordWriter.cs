using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>
/// Writes the nested payload record of one JSON event: a property per field with the firmware's JSON name in
/// <c>[JsonPropertyName]</c>, and <c>ReadJson</c>/<c>WriteJson</c> over the runtime's <c>ParticleEventJson</c> helpers.
/// </summary>
internal static class PayloadRecordWriter
{
    private const string Runtime = "global::ParticleContracts";
    private const string Json = "global::System.Text.Json";

    public static void Write(SourceWriter writer, EventModel model, EventStreamModel stream)
    {
        var self = EventEmitter.PayloadType(model, stream);
        writer.WriteLine($$"""
            /// <summary>The payload of the <c>{{ProxyEmitter.Xml(stream.EventName)}}</c> event, as the firmware writes it ({{ProxyEmitter.Xml(stream.Source)}}, <c>{{ProxyEmitter.Xml(stream.File)}}</c> line {{EventEmitter.Number(stream.Line)}}).</summary>
            public sealed record {{stream.PayloadTypeName}} : {{Runtime}}.IParticleEventPayload<{{self}}>
            """);
        writer.OpenBlock();
        foreach (var field in stream.Fields)
        {
            writer.WriteLine($"/// <summary>JSON <c>{ProxyEmitter.Xml(field.JsonName)}</c> ({Describe(field.Type)}).</summary>");
            writer.WriteLine($"[{Json}.Serialization.JsonPropertyName({ProxyEmitter.Literal(field.JsonName)})]");
            writer.WriteLine($"public {CSharpType(field.Type)} {field.PropertyName} {{ get; init; }}");
            writer.WriteLine();
        }

        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public static {self} ReadJson(ref {Json}.Utf8JsonReader reader)");
        writer.OpenBlock();
        for (var i = 0; i < stream.Fields.Count; i++)
        {
            writer.WriteLine($"{CSharpType(stream.Fields[i].Type)} f{EventEmitter.Number(i)} = default;");
        }

        writer.WriteLine($"while ({Runtime}.ParticleEventJson.NextProperty(ref reader))");
        writer.OpenBlock();
        for (var i = 0; i < stream.Fields.Count; i++)
        {
            var field = stream.Fields[i];
            writer.WriteLine($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({ProxyEmitter.Literal(field.JsonName)}))");
            writer.OpenBlock();
            writer.WriteLine($"f{EventEmitter.Number(i)} = {Runtime}.ParticleEventJson.{ReadMethod(field.Type)}(ref reader);");
            writer.CloseBlock();
        }

        writer.WriteLine(stream.Fields.Count == 0 ? $"{Runtime}.ParticleEventJson.Skip(ref reader);" : "else");
        if (stream.Fields.Count > 0)
        {
            writer.OpenBlock();
            writer.WriteLine($"{Runtime}.ParticleEventJson.Skip(ref reader);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"return new {self}");
        writer.OpenBlock();
        for (var i = 0; i < stream.Fields.Count; i++)
        {
            writer.WriteLine($"{stream.Fields[i].PropertyName} = f{EventEmitter.Number(i)},");
        }

        writer.CloseBlock(";");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public void WriteJson({Json}.Utf8JsonWriter writer)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.WriteLine("writer.WriteStartObject();");
        foreach (var field in stream.Fields)
        {
            writer.WriteLine(WriteStatement(field));
        }

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string WriteStatement(EventFieldModel field)
    {
        var name = ProxyEmitter.Literal(field.JsonName);
        return field.Type switch
        {
            EventFieldType.Bool => $"writer.WriteBoolean({name}, {field.PropertyName});",
            EventFieldType.Int32 or EventFieldType.Int64 or EventFieldType.Double => $"writer.WriteNumber({name}, {field.PropertyName});",
            EventFieldType.String => $"writer.WriteString({name}, {field.PropertyName});",
            _ => $"{Runtime}.ParticleEventJson.WriteElement(writer, {name}, {field.PropertyName});",
        };
    }

    private static string ReadMethod(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "ReadBoolean",
        EventFieldType.Int32 => "ReadInt32",
        EventFieldType.Int64 => "ReadInt64",
        EventFieldType.Double => "ReadDouble",
        EventFieldType.String => "ReadString",
        _ => "ReadElement",
    };

    private static string CSharpType(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "bool",
        EventFieldType.Int32 => "int",
        EventFieldType.Int64 => "long",
        EventFieldType.Double => "double",
        EventFieldType.String => "string?",
        _ => Json + ".JsonElement",
    };

    private static string Describe(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "a flag",
        EventFieldType.Int32 => "a 32-bit integer",
        EventFieldType.Int64 => "an integer",
        EventFieldType.Double => "a number",
        EventFieldType.String => "text",
        _ => "any JSON value",
    };
}
