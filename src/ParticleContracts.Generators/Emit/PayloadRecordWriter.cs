using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>
/// Writes the nested payload record of one JSON event: a property per field with the firmware's JSON name in
/// <c>[JsonPropertyName]</c>, and <c>ReadJson</c>/<c>WriteJson</c> over the runtime's <c>ParticleEventJson</c> helpers.
/// A conditional field is nullable: null when its key is absent or null, and left out when written while null. A
/// nested object is a nested record (<c>PosObject</c>), an array a read-only list (of <c>ReadingsItem</c> records for objects).
/// </summary>
internal static class PayloadRecordWriter
{
    private const string Runtime = "global::ParticleContracts";
    private const string Json = "global::System.Text.Json";
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static void Write(SourceWriter writer, EventModel model, EventStreamModel stream)
    {
        var self = EventEmitter.PayloadType(model, stream);
        var summary = $"The payload of the <c>{ProxyEmitter.Xml(stream.EventName)}</c> event, as the firmware writes it ({ProxyEmitter.Xml(stream.Source)}, <c>{ProxyEmitter.Xml(stream.File)}</c> line {EventEmitter.Number(stream.Line)}).";
        WriteRecord(writer, self, stream.PayloadTypeName!, stream.Fields, summary);
    }

    private static void WriteRecord(SourceWriter writer, string self, string name, EquatableArray<EventFieldModel> fields, string summary)
    {
        writer.WriteLine($"/// <summary>{summary}</summary>");
        writer.WriteLine($"public sealed record {name} : {Runtime}.IParticleEventPayload<{self}>");
        writer.OpenBlock();
        foreach (var field in fields)
        {
            var only = field.Nullable ? "; written only on some paths, null when absent" : string.Empty;
            writer.WriteLine($"/// <summary>JSON <c>{ProxyEmitter.Xml(field.JsonName)}</c> ({Describe(field.Type)}{only}).</summary>");
            writer.WriteLine($"[{Json}.Serialization.JsonPropertyName({ProxyEmitter.Literal(field.JsonName)})]");
            writer.WriteLine($"public {CSharpType(field, self)} {field.PropertyName} {{ get; init; }}");
            writer.WriteLine();
        }

        WriteReadJson(writer, self, fields);
        writer.WriteLine();
        WriteWriteJson(writer, self, fields);
        foreach (var field in fields)
        {
            if (field.RecordName is { } nested)
            {
                writer.WriteLine();
                var what = field.Type == EventFieldType.Array ? "An item of the array" : "The object";
                WriteRecord(writer, self + "." + nested, nested, field.Fields, $"{what} in JSON <c>{ProxyEmitter.Xml(field.JsonName)}</c>.");
            }
        }

        writer.CloseBlock();
    }

    private static void WriteReadJson(SourceWriter writer, string self, EquatableArray<EventFieldModel> fields)
    {
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public static {self} ReadJson(ref {Json}.Utf8JsonReader reader)");
        writer.OpenBlock();
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WriteLine($"{CSharpType(fields[i], self)} f{EventEmitter.Number(i)} = default;");
        }

        writer.WriteLine($"while ({Runtime}.ParticleEventJson.NextProperty(ref reader))");
        writer.OpenBlock();
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            writer.WriteLine($"{(i == 0 ? "if" : "else if")} (reader.ValueTextEquals({ProxyEmitter.Literal(field.JsonName)}))");
            writer.OpenBlock();
            writer.WriteLine($"f{EventEmitter.Number(i)} = {ReadCall(field, self)};");
            writer.CloseBlock();
        }

        writer.WriteLine(fields.Count == 0 ? $"{Runtime}.ParticleEventJson.Skip(ref reader);" : "else");
        if (fields.Count > 0)
        {
            writer.OpenBlock();
            writer.WriteLine($"{Runtime}.ParticleEventJson.Skip(ref reader);");
            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"return new {self}");
        writer.OpenBlock();
        for (var i = 0; i < fields.Count; i++)
        {
            writer.WriteLine($"{fields[i].PropertyName} = f{EventEmitter.Number(i)},");
        }

        writer.CloseBlock(";");
        writer.CloseBlock();
    }

    private static void WriteWriteJson(SourceWriter writer, string self, EquatableArray<EventFieldModel> fields)
    {
        writer.WriteLine("/// <inheritdoc />");
        writer.WriteLine($"public void WriteJson({Json}.Utf8JsonWriter writer)");
        writer.OpenBlock();
        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.WriteLine("writer.WriteStartObject();");
        foreach (var field in fields)
        {
            if (!field.Nullable)
            {
                writer.WriteLine(WriteStatement(field, field.PropertyName, self));
                continue;
            }

            var isValueType = field.Type is EventFieldType.Bool or EventFieldType.Int32 or EventFieldType.Int64 or EventFieldType.Double or EventFieldType.Json;
            writer.WriteLine(isValueType ? $"if ({field.PropertyName}.HasValue)" : $"if ({field.PropertyName} is not null)");
            writer.OpenBlock();
            writer.WriteLine(WriteStatement(field, isValueType ? field.PropertyName + ".Value" : field.PropertyName, self));
            writer.CloseBlock();
        }

        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    private static string WriteStatement(EventFieldModel field, string value, string self)
    {
        var name = ProxyEmitter.Literal(field.JsonName);
        return field.Type switch
        {
            EventFieldType.Bool => $"writer.WriteBoolean({name}, {value});",
            EventFieldType.Int32 or EventFieldType.Int64 or EventFieldType.Double => $"writer.WriteNumber({name}, {value});",
            EventFieldType.String => $"writer.WriteString({name}, {value});",
            EventFieldType.Object when field.RecordName is not null => $"{Runtime}.ParticleEventJson.WriteObject(writer, {name}, {value});",
            EventFieldType.Array => $"{Runtime}.ParticleEventJson.WriteList(writer, {name}, {value}, {ItemWriter(field, self)});",
            _ => $"{Runtime}.ParticleEventJson.WriteElement(writer, {name}, {value});",
        };
    }

    private static string ReadCall(EventFieldModel field, string self)
    {
        var json = Runtime + ".ParticleEventJson.";
        return field.Type switch
        {
            EventFieldType.Object when field.RecordName is not null => $"{json}ReadObject<{self}.{field.RecordName}>(ref reader)",
            EventFieldType.Array => $"{json}ReadList<{ItemType(field, self)}>(ref reader, {ItemReader(field, self)})",
            _ => json + (field.Nullable && field.Type != EventFieldType.String ? "ReadNullable" : "Read") + ScalarMethod(field.Type) + "(ref reader)",
        };
    }

    private static string ItemReader(EventFieldModel field, string self)
    {
        var json = Runtime + ".ParticleEventJson.";
        return field.ItemType == EventFieldType.Object && field.RecordName is not null
            ? $"{json}ReadRequiredObject<{self}.{field.RecordName}>"
            : json + "Read" + ScalarMethod(field.ItemType);
    }

    private static string ItemWriter(EventFieldModel field, string self) => field.ItemType switch
    {
        EventFieldType.Bool => "static (w, v) => w.WriteBooleanValue(v)",
        EventFieldType.Int32 or EventFieldType.Int64 or EventFieldType.Double => "static (w, v) => w.WriteNumberValue(v)",
        EventFieldType.String => "static (w, v) => w.WriteStringValue(v)",
        EventFieldType.Object when field.RecordName is not null => "static (w, v) => v.WriteJson(w)",
        _ => "static (w, v) => v.WriteTo(w)",
    };

    private static string ScalarMethod(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "Boolean",
        EventFieldType.Int32 => "Int32",
        EventFieldType.Int64 => "Int64",
        EventFieldType.Double => "Double",
        EventFieldType.String => "String",
        _ => "Element",
    };

    private static string ItemType(EventFieldModel field, string self) => field.ItemType switch
    {
        EventFieldType.Object when field.RecordName is not null => self + "." + field.RecordName,
        var type => ScalarType(type),
    };

    private static string ScalarType(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "bool",
        EventFieldType.Int32 => "int",
        EventFieldType.Int64 => "long",
        EventFieldType.Double => "double",
        EventFieldType.String => "string?",
        _ => Json + ".JsonElement",
    };

    private static string CSharpType(EventFieldModel field, string self)
    {
        switch (field.Type)
        {
            case EventFieldType.Object when field.RecordName is not null:
                return self + "." + field.RecordName + "?";
            case EventFieldType.Array:
                return $"{List}<{ItemType(field, self)}>?";
            case EventFieldType.String:
                return "string?";
            default:
                var type = ScalarType(field.Type);
                return field.Nullable ? type + "?" : type;
        }
    }

    private static string Describe(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "a flag",
        EventFieldType.Int32 => "a 32-bit integer",
        EventFieldType.Int64 => "an integer",
        EventFieldType.Double => "a number",
        EventFieldType.String => "text",
        EventFieldType.Object => "an object",
        EventFieldType.Array => "an array",
        _ => "any JSON value",
    };
}
