using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>Writes the records <see cref="LedgerEmitter"/> nests in the proxy class: ledger data and the environment.</summary>
internal static class LedgerRecordWriter
{
    private const string Runtime = "global::ParticleContracts";
    private const string JsonObject = "global::System.Text.Json.Nodes.JsonObject";
    private const string Values = "global::System.Collections.Generic.IReadOnlyDictionary<string, string>";

    public static void WriteLedgerRecord(SourceWriter writer, LedgerProxy ledger, DataRecord record, bool isLedger)
    {
        var summary = isLedger
            ? $"The data of ledger <c>{ProxyEmitter.Xml(ledger.Name)}</c>, with the keys the firmware uses (null: missing or of another type)."
            : $"A map inside ledger <c>{ProxyEmitter.Xml(ledger.Name)}</c>, with the keys the firmware uses.";
        writer.WriteLine($$"""
            /// <summary>{{summary}}</summary>
            {{ProxyEmitter.GeneratedCodeAttribute}}
            public sealed record {{record.Name}}
            """);
        writer.OpenBlock();
        foreach (var property in record.Properties)
        {
            writer.WriteLine($"/// <summary>Key <c>{ProxyEmitter.Xml(property.Key)}</c> ({TypeDoc(property.Type)}).</summary>");
            writer.WriteLine($"public {PropertyType(property)} {property.PropertyName} {{ get; init; }}");
            writer.WriteLine();
        }

        writer.WriteLine($"/// <summary>Reads the record from ledger data.</summary>");
        writer.WriteLine($"/// <param name=\"data\">The ledger data.</param>");
        writer.WriteLine($"/// <returns>The record.</returns>");
        writer.WriteLine($"public static {record.Name} FromJson({JsonObject} data) => new {record.Name}");
        writer.OpenBlock();
        foreach (var property in record.Properties)
        {
            writer.WriteLine($"{property.PropertyName} = {Read(property)},");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Writes the record as ledger data; null properties are left out.</summary>");
        writer.WriteLine("/// <returns>The JSON object.</returns>");
        writer.WriteLine($"public {JsonObject} ToJson()");
        writer.OpenBlock();
        writer.WriteLine($"var data = new {JsonObject}();");
        foreach (var property in record.Properties)
        {
            writer.WriteLine($"{Runtime}.ParticleDataValues.Set(data, {ProxyEmitter.Literal(property.Key)}, {Write(property)});");
        }

        writer.WriteLine("return data;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    public static void WriteEnvironmentRecord(SourceWriter writer, DataProxyModel model)
    {
        writer.WriteLine($$"""
            /// <summary>
            /// The environment variables the <c>{{ProxyEmitter.Xml(model.TypeName)}}</c> firmware reads, typed as it decodes them.
            /// Null means "not set" (or, when read back, a value the firmware's decoder rejects).
            /// </summary>
            {{ProxyEmitter.GeneratedCodeAttribute}}
            public sealed record Environment
            """);
        writer.OpenBlock();
        foreach (var property in model.Environment)
        {
            var bundled = property.DefaultValue is null ? string.Empty : $" Bundled default (env.json): <c>{ProxyEmitter.Xml(property.DefaultValue)}</c>.";
            writer.WriteLine($"/// <summary><c>{ProxyEmitter.Xml(property.Name)}</c>, read as {EnvironmentDoc(property.Type)}.{bundled}</summary>");
            writer.WriteLine($"public {EnvironmentType(property.Type)} {property.PropertyName} {{ get; init; }}");
            writer.WriteLine();
        }

        writer.WriteLine("/// <summary>The values bundled with the firmware in env.json that its decoders accept.</summary>");
        writer.WriteLine("public static Environment Defaults { get; } = new Environment");
        writer.OpenBlock();
        foreach (var property in model.Environment)
        {
            if (DefaultLiteral(property) is { } literal)
            {
                writer.WriteLine($"{property.PropertyName} = {literal},");
            }
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Decodes rendered values as the firmware does.</summary>");
        writer.WriteLine("/// <param name=\"values\">Variable names and their string values.</param>");
        writer.WriteLine("/// <returns>The record.</returns>");
        writer.WriteLine($"public static Environment FromValues({Values} values) => new Environment");
        writer.OpenBlock();
        foreach (var property in model.Environment)
        {
            writer.WriteLine($"{property.PropertyName} = {Runtime}.ParticleDataValues.DecodeEnvironment{Decoder(property.Type)}(values, {ProxyEmitter.Literal(property.Name)}),");
        }

        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Encodes every property with the firmware's encodings (null: leave the variable alone).</summary>");
        writer.WriteLine("/// <returns>Each variable name with its encoded value.</returns>");
        writer.WriteLine("public global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string?>> Encode() =>");
        writer.WriteLine("    new global::System.Collections.Generic.KeyValuePair<string, string?>[]");
        writer.WriteLine("    {");
        foreach (var property in model.Environment)
        {
            writer.WriteLine($"        new global::System.Collections.Generic.KeyValuePair<string, string?>({ProxyEmitter.Literal(property.Name)}, {Runtime}.ParticleDataValues.EncodeEnvironment({property.PropertyName})),");
        }

        writer.WriteLine("    };");
        writer.CloseBlock();
    }

    private static string PropertyType(DataProperty property) => property.RecordName is { } nested ? nested + "?" : property.Type switch
    {
        DataValueType.Bool => "bool?",
        DataValueType.Int => "int?",
        DataValueType.UInt => "uint?",
        DataValueType.Int64 => "long?",
        DataValueType.UInt64 => "ulong?",
        DataValueType.Double => "double?",
        DataValueType.String => "string?",
        DataValueType.Map => JsonObject + "?",
        DataValueType.Array => "global::System.Text.Json.Nodes.JsonArray?",
        _ => "global::System.Text.Json.Nodes.JsonNode?",
    };

    private static string Read(DataProperty property)
    {
        var key = ProxyEmitter.Literal(property.Key);
        if (property.RecordName is { } nested)
        {
            return $"{Runtime}.ParticleDataValues.GetObject(data, {key}) is {{ }} {Camel(property.PropertyName)} ? {nested}.FromJson({Camel(property.PropertyName)}) : null";
        }

        var getter = property.Type switch
        {
            DataValueType.Bool => "GetBoolean",
            DataValueType.Int => "GetInt32",
            DataValueType.UInt => "GetUInt32",
            DataValueType.Int64 => "GetInt64",
            DataValueType.UInt64 => "GetUInt64",
            DataValueType.Double => "GetDouble",
            DataValueType.String => "GetString",
            DataValueType.Map => "GetObject",
            DataValueType.Array => "GetArray",
            _ => "GetNode",
        };
        return $"{Runtime}.ParticleDataValues.{getter}(data, {key})";
    }

    private static string Write(DataProperty property) => property.RecordName is not null
        ? property.PropertyName + "?.ToJson()"
        : property.Type is DataValueType.Map or DataValueType.Array or DataValueType.Unknown
            ? property.PropertyName
            : "global::System.Text.Json.Nodes.JsonValue.Create(" + property.PropertyName + ")";

    private static string Camel(string name) => "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string TypeDoc(DataValueType type) => type switch
    {
        DataValueType.Unknown => "type not evident from the firmware",
        DataValueType.Map => "a map",
        DataValueType.Array => "an array",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string EnvironmentType(DataValueType type) => type switch
    {
        DataValueType.Int => "int?",
        DataValueType.Bool => "bool?",
        _ => "string?",
    };

    private static string EnvironmentDoc(DataValueType type) => type switch
    {
        DataValueType.Int => "a 32-bit signed decimal int (<c>System.getEnv(name, int&amp;)</c>)",
        DataValueType.Bool => "exactly <c>true</c> or <c>false</c> (<c>System.getEnv(name, bool&amp;)</c>)",
        _ => "a string (<c>System.getEnv(name)</c>)",
    };

    private static string Decoder(DataValueType type) => type switch
    {
        DataValueType.Int => "Int32",
        DataValueType.Bool => "Boolean",
        _ => "String",
    };

    private static string? DefaultLiteral(EnvironmentProperty property)
    {
        if (property.DefaultValue is not { } value)
        {
            return null;
        }

        return property.Type switch
        {
            DataValueType.Int => Firmware.Ledgers.DataRules.IsInt32Decimal(value) ? int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : null,
            DataValueType.Bool => value is "true" or "false" ? value : null,
            _ => ProxyEmitter.Literal(value),
        };
    }
}
