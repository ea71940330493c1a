using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>
/// Writes the nested payload record of one JSON event: a property per field with the firmware's JSON name in
/// <c>[JsonPropertyName]</c>, and <c>ReadJson</c>/<c>WriteJson</c> over the runtime's <c>ParticleEventJson</c> helpers.
/// A conditional field is nullable: null when its key is absent or null, and left out when written while null.
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
            var only = field.Nullable ? "; written only on some paths, null when absent" : string.Empty;
            writer.WriteLine($"/// <summary>JSON <c>{ProxyEmitter.Xml(field.JsonName)}</c> ({Describe(field.Type)}{only}).</summary>");
            writer.WriteLine($"[{Json}.Serialization.JsonPropertyName({ProxyEmitter.Literal(field.JsonName)})]");
            writer.WriteLine($"public {CSharpType(field)} {field.PropertyName} {{ get; init; }}");
            writer.WriteLine();
        }

        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public static {self} ReadJson(ref {Json}.Utf8JsonReader reader)");
        writer.OpenBlock();
        for (var i = 0; i < stream.Fields.Count; i++)
        {
            writer.WriteLine($"{CSharpType(stream.Fields[i])} f{EventEmitter.Number(i)} = default;");
        }

        writer.WriteLine($"while ({Runtime}.ParticleEventJson.NextProperty(ref reader))");
        writer.OpenBlock();
        for (var i = 0; i < stream.Fields.Count; i++)
        {
            var field = stream.Fields[i];
            writer.WriteLine($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({ProxyEmitter.Literal(field.JsonName)}))");
            writer.OpenBlock();
            writer.WriteLine($"f{EventEmitter.Number(i)} = {Runtime}.ParticleEventJson.{ReadMethod(field)}(ref reader);");
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
            if (!field.Nullable)
            {
                writer.WriteLine(WriteStatement(field, field.PropertyName));
                continue;
            }

            writer.WriteLine(field.Type == EventFieldType.String ? $"if ({field.PropertyName} is not null)" : $"if ({field.PropertyName}.HasValue)");
            writer.OpenBlock();
            writer.WriteLine(WriteStatement(field, field.Type == EventFieldType.String ? field.PropertyName : field.PropertyName + ".Value"));
            writer.CloseBlock();
        }

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string WriteStatement(EventFieldModel field, string value)
    {
        var name = ProxyEmitter.Literal(field.JsonName);
        return field.Type switch
        {
            EventFieldType.Bool => $"writer.WriteBoolean({name}, {value});",
            EventFieldType.Int32 or EventFieldType.Int64 or EventFieldType.Double => $"writer.WriteNumber({name}, {value});",
            EventFieldType.String => $"writer.WriteString({name}, {value});",
            _ => $"{Runtime}.ParticleEventJson.WriteElement(writer, {name}, {value});",
        };
    }

    private static string ReadMethod(EventFieldModel field)
    {
        var method = field.Type switch
        {
            EventFieldType.Bool => "Boolean",
            EventFieldType.Int32 => "Int32",
            EventFieldType.Int64 => "Int64",
            EventFieldType.Double => "Double",
            EventFieldType.String => "String",
            _ => "Element",
        };
        return field.Nullable && field.Type != EventFieldType.String ? "ReadNullable" + method : "Read" + method;
    }

    private static string CSharpType(EventFieldModel field)
    {
        var type = field.Type switch
        {
            EventFieldType.Bool => "bool",
            EventFieldType.Int32 => "int",
            EventFieldType.Int64 => "long",
            EventFieldType.Double => "double",
            EventFieldType.String => "string",
            _ => Json + ".JsonElement",
        };
        return field.Nullable || field.Type == EventFieldType.String ? type + "?" : type;
    }

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
