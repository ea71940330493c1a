using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Cli.Export.TypeScriptExporter;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// The TypeScript declarations of a contract's functions, events, ledgers and environment, each an interface keyed by
/// the exact cloud name (so two names that would make the same identifier never collide).
/// </summary>
internal static class TypeScriptTypes
{
    /// <summary>Nesting deeper than this is <c>unknown</c> (the reader bounds it well below).</summary>
    private const int MaxDepth = 32;

    public static string OfCloudType(string? cloudType) => cloudType switch
    {
        "bool" => "boolean",
        "int32" or "double" => "number",
        "string" => "string",
        _ => "unknown",
    };

    public static void WriteFunctions(StringBuilder text, ExportContract contract)
    {
        text.Append("  /** The cloud functions and the argument text each handler parses. */\n");
        text.Append("  interface FunctionArguments {\n");
        foreach (var function in contract.Functions)
        {
            text.Append("    /** ").Append(Describe(function.Grammar)).Append(" */\n");
            text.Append("    ").Append(Quote(function.Name)).Append(": ").Append(ArgumentType(function.Grammar)).Append(";\n");
        }

        text.Append("  }\n\n");
        text.Append("  type FunctionName = keyof FunctionArguments;\n\n");
        text.Append("  /** Functions whose argument is positional fields: the fields in order (join them with the separator). */\n");
        text.Append("  interface FunctionFields {\n");
        foreach (var function in contract.Functions.Where(static function => function.Grammar.Kind == ArgumentKind.Fields))
        {
            var fields = function.Grammar.Fields.Select(static field => Identifier(field.Name) + ": " + FieldType(field.Type));
            text.Append("    ").Append(Quote(function.Name)).Append(": [").Append(string.Join(", ", fields)).Append("];\n");
        }

        text.Append("  }\n\n");
        text.Append("  /** Functions whose argument is a JSON object: the keys the handler reads (send JSON.stringify(value)). */\n");
        text.Append("  interface FunctionJsonArguments {\n");
        foreach (var function in contract.Functions.Where(static function => function.Grammar.Kind == ArgumentKind.Json))
        {
            var keys = function.Grammar.Fields.Select(static field => Quote(field.Name) + "?: " + JsonKeyType(field.Type));
            text.Append("    ").Append(Quote(function.Name)).Append(": { ").Append(string.Join("; ", keys)).Append(keys.Any() ? "; }" : "}").Append(";\n");
        }

        text.Append("  }\n\n");
        text.Append("  /** What each function returns: its known return codes, else any number. */\n");
        text.Append("  interface ReturnValues {\n");
        foreach (var function in contract.Functions)
        {
            if (!function.ReturnCodes.IsDefaultOrEmpty)
            {
                var named = function.ReturnCodes.Select(static code => code.Value.ToString(CultureInfo.InvariantCulture) + (code.Constant is { Length: > 0 } name ? " " + name : string.Empty));
                text.Append("    /** ").Append(string.Join(", ", named)).Append(" */\n");
            }

            text.Append("    ").Append(Quote(function.Name)).Append(": ").Append(ReturnType(function)).Append(";\n");
        }

        text.Append("  }\n\n");
    }

    public static void WriteData(StringBuilder text, ExportContract contract)
    {
        text.Append("  /** The data of each event the device publishes: JSON payloads as JSON.parse gives them, other payloads as text. */\n");
        text.Append("  interface EventPayloads {\n");
        foreach (var published in contract.Publishes.Where(static published => !published.HasRunTimePart))
        {
            text.Append("    ").Append(Quote(published.Name)).Append(": ").Append(PayloadType(published.Payload)).Append(";\n");
        }

        text.Append("  }\n\n");
        text.Append("  type EventName = keyof EventPayloads;\n\n");
        var prefixes = contract.Subscriptions.Where(static subscription => !subscription.HasRunTimePart).Select(static subscription => Quote(subscription.Prefix)).ToList();
        text.Append("  /** The prefixes the device subscribes to: an event whose name starts with one reaches its handler. */\n");
        text.Append("  type SubscriptionPrefix = ").Append(prefixes.Count == 0 ? "never" : string.Join(" | ", prefixes)).Append(";\n\n");
        text.Append("  /** The data of each ledger the firmware uses; every key is optional (the data may lack it). */\n");
        text.Append("  interface Ledgers {\n");
        foreach (var ledger in contract.Ledgers)
        {
            text.Append("    /** ").Append(ExportSchemas.LedgerDirectionText(ledger.Direction)).Append(". */\n");
            text.Append("    ").Append(Quote(ledger.Name)).Append(": ").Append(LedgerRecord(ledger.Keys, "    ", 0)).Append(";\n");
        }

        text.Append("  }\n\n");
        text.Append("  /** The environment variables the firmware reads, typed as it decodes them (unset or undecodable: absent). */\n");
        text.Append("  interface Environment {\n");
        foreach (var variable in contract.Environment)
        {
            var type = variable.Type switch { DataValueType.Int => "number", DataValueType.Bool => "boolean", _ => "string" };
            text.Append("    ").Append(Quote(variable.Name)).Append("?: ").Append(type).Append(";\n");
        }

        text.Append("  }\n\n");
    }

    private static string ArgumentType(ArgumentGrammar grammar) => grammar.Kind switch
    {
        ArgumentKind.None => "''",
        ArgumentKind.Integer or ArgumentKind.Number => "`${number}`",
        ArgumentKind.Words when grammar.Words.Count > 0 => string.Join(" | ", grammar.Words.Select(Quote)),
        ArgumentKind.Fields => "`" + string.Join(TemplateText(grammar.Separator), grammar.Fields.Select(static field => "${" + FieldType(field.Type) + "}")) + "`",
        _ => "string",
    };

    private static string Describe(ArgumentGrammar grammar) => grammar.Kind switch
    {
        ArgumentKind.None => "The handler never reads its argument.",
        ArgumentKind.Integer => "A whole number.",
        ArgumentKind.Number => "A number (invariant culture: 1.5).",
        ArgumentKind.Words => "One of the words" + (grammar.IgnoreCase ? " (the device ignores case)." : " (case-sensitive)."),
        ArgumentKind.Fields => ArgumentSchemas.FieldsDescription(grammar).Replace("*/", "* /", StringComparison.Ordinal),
        ArgumentKind.Json => "A JSON object: JSON.stringify(FunctionJsonArguments[name]).",
        _ => "Any text.",
    };

    private static string FieldType(ArgumentFieldType type) => type switch
    {
        ArgumentFieldType.Integer or ArgumentFieldType.Number => "number",
        ArgumentFieldType.Boolean => "0 | 1",
        _ => "string",
    };

    private static string JsonKeyType(ArgumentFieldType type) => type switch
    {
        ArgumentFieldType.Integer or ArgumentFieldType.Number => "number",
        ArgumentFieldType.Boolean => "boolean",
        _ => "string",
    };

    private static string ReturnType(ExportFunction function) =>
        function.ReturnCodes.IsDefaultOrEmpty ? "number" : string.Join(" | ", function.ReturnCodes.Select(static code => code.Value.ToString(CultureInfo.InvariantCulture)));

    private static string PayloadType(EventPayload payload) => payload.Kind switch
    {
        EventPayloadKind.None => "''",
        EventPayloadKind.Json => Record(payload.Fields, "    ", 0),
        _ => "string",
    };

    private static string Record(EquatableArray<EventField> fields, string indent, int depth)
    {
        if (fields.Count == 0)
        {
            return "{}";
        }

        var text = new StringBuilder("{\n");
        foreach (var field in fields)
        {
            var type = FieldType(field.Type, field.Fields, field.ItemType, indent + "  ", depth);
            text.Append(indent).Append("  ").Append(Quote(field.Name)).Append(field.Conditional ? "?: " + type + " | null" : ": " + type).Append(";\n");
        }

        return text.Append(indent).Append('}').ToString();
    }

    private static string FieldType(EventFieldType type, EquatableArray<EventField> fields, EventFieldType itemType, string indent, int depth) => type switch
    {
        EventFieldType.Bool => "boolean",
        EventFieldType.Int32 or EventFieldType.Int64 or EventFieldType.Double => "number",
        EventFieldType.String => "string",
        EventFieldType.Object when depth < MaxDepth => Record(fields, indent, depth + 1),
        EventFieldType.Array when depth < MaxDepth => "Array<" + FieldType(itemType, fields, EventFieldType.Json, indent, depth + 1) + ">",
        EventFieldType.Array => "unknown[]",
        _ => "unknown",
    };

    private static string LedgerRecord(EquatableArray<LedgerKey> keys, string indent, int depth)
    {
        if (keys.Count == 0)
        {
            return "Record<string, unknown>";
        }

        var text = new StringBuilder("{\n");
        foreach (var key in keys)
        {
            var type = key.Type switch
            {
                DataValueType.Map when depth < MaxDepth => LedgerRecord(key.Keys, indent + "  ", depth + 1),
                DataValueType.Map => "Record<string, unknown>",
                DataValueType.Bool => "boolean",
                DataValueType.String => "string",
                DataValueType.Array => "unknown[]",
                DataValueType.Unknown => "unknown",
                _ => "number",
            };
            text.Append(indent).Append("  ").Append(Quote(key.Name)).Append("?: ").Append(type).Append(";\n");
        }

        return text.Append(indent).Append('}').ToString();
    }

    /// <summary>Text inside a template literal type: backquotes, backslashes and <c>${</c> escaped.</summary>
    private static string TemplateText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal);

    /// <summary>A tuple label: the field name when it is a plain identifier, else <c>field</c>.</summary>
    private static string Identifier(string name)
    {
        if (name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$') && name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$'))
        {
            return name;
        }

        return "field";
    }
}
