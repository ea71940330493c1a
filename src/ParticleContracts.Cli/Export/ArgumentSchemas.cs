using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// The JSON Schema of a function argument as its grammar reads it, and of its return value. Patterns describe what
/// the typed encoder (<c>ParticleFunctionArguments</c>) writes and the handler parses: whole numbers <c>-12</c>, numbers
/// in the invariant culture <c>1.5</c>, positional booleans <c>1</c>/<c>0</c>, text without the separator.
/// </summary>
internal static class ArgumentSchemas
{
    public const string IntegerPattern = "-?[0-9]+";

    public const string NumberPattern = @"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?";

    /// <summary>The argument string of a function with <paramref name="grammar"/>.</summary>
    public static JsonObject Argument(ArgumentGrammar grammar)
    {
        var schema = new JsonObject { ["type"] = "string" };
        switch (grammar.Kind)
        {
            case ArgumentKind.None:
                schema["const"] = string.Empty;
                schema["description"] = "The handler never reads its argument: send an empty string.";
                return schema;
            case ArgumentKind.Integer:
                schema["pattern"] = "^" + IntegerPattern + "$";
                schema["description"] = "A whole number as text: -12.";
                break;
            case ArgumentKind.Number:
                schema["pattern"] = "^" + NumberPattern + "$";
                schema["description"] = "A number as text in the invariant culture: 1.5, never 1,5.";
                break;
            case ArgumentKind.Words when grammar.IgnoreCase:
                schema["pattern"] = "^(" + string.Join("|", grammar.Words.Select(IgnoringCase)) + ")$";
                schema["examples"] = Strings(grammar.Words);
                schema["description"] = "One of the words " + string.Join(", ", grammar.Words) + ", compared ignoring case.";
                break;
            case ArgumentKind.Words:
                schema["enum"] = Strings(grammar.Words);
                schema["description"] = "Exactly one of these words (case-sensitive).";
                break;
            case ArgumentKind.Fields:
                schema["pattern"] = FieldsPattern(grammar);
                schema["description"] = FieldsDescription(grammar);
                break;
            case ArgumentKind.Json:
                schema["contentMediaType"] = "application/json";
                schema["contentSchema"] = JsonArgumentObject(grammar);
                schema["description"] = "A JSON object with the keys the handler reads: " + string.Join(", ", grammar.Fields.Select(static field => field.Name + " (" + LockWireNames.Of(field.Type) + ")")) + ".";
                break;
            default:
                schema["description"] = "Any text" + (grammar.Reason is { Length: > 0 } reason ? " (" + reason + ")" : string.Empty) + "; the device accepts at most 1024 UTF-8 bytes (864 on Gen 2).";
                break;
        }

        schema["maxLength"] = ParticleRest.FunctionArgumentLimit;
        return schema;
    }

    /// <summary>The object a JSON argument encodes: the keys the handler reads, none required, other keys ignored.</summary>
    public static JsonObject JsonArgumentObject(ArgumentGrammar grammar)
    {
        var properties = new JsonObject();
        foreach (var field in grammar.Fields)
        {
            properties[field.Name] = JsonKey(field.Type);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties };
    }

    /// <summary>The return value: the known codes (named by the firmware constant when it has one), else any int.</summary>
    public static JsonObject ReturnValue(ImmutableArray<ReturnCode> codes)
    {
        if (codes.IsDefaultOrEmpty)
        {
            return ParticleRest.ReturnValueSchema();
        }

        var values = new JsonArray();
        var named = new JsonArray();
        var described = new List<string>(codes.Length);
        foreach (var code in codes)
        {
            values.Add(code.Value);
            var option = new JsonObject { ["const"] = code.Value };
            if (code.Constant is { Length: > 0 } constant)
            {
                option["title"] = constant;
            }

            named.Add(option);
            described.Add(code.Value.ToString(CultureInfo.InvariantCulture) + (code.Constant is { Length: > 0 } name ? " " + name : string.Empty));
        }

        return new JsonObject
        {
            ["type"] = "integer",
            ["enum"] = values,
            ["oneOf"] = named,
            ["description"] = "The int the firmware function returned: " + string.Join(", ", described) + ".",
        };
    }

    /// <summary><c>^(-?[0-9]+),(-?[0-9]+)$</c>: one group per field, joined by the escaped separator.</summary>
    public static string FieldsPattern(ArgumentGrammar grammar)
    {
        var text = new StringBuilder("^");
        for (var i = 0; i < grammar.Fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(EscapeRegex(grammar.Separator));
            }

            text.Append('(').Append(FieldPattern(grammar.Fields[i].Type, grammar.Separator)).Append(')');
        }

        return text.Append('$').ToString();
    }

    /// <summary><c>low,high: 2 fields separated by ',' (low: integer, high: integer)</c>, and how each type is written.</summary>
    public static string FieldsDescription(ArgumentGrammar grammar) =>
        string.Join(grammar.Separator, grammar.Fields.Select(static field => field.Name)) + ": " + grammar.Fields.Count.ToString(CultureInfo.InvariantCulture)
        + " fields separated by '" + grammar.Separator + "' (" + string.Join(", ", grammar.Fields.Select(static field => field.Name + ": " + LockWireNames.Of(field.Type)))
        + "); integers as whole numbers, numbers in the invariant culture, booleans as 1 or 0, text without the separator.";

    private static string FieldPattern(ArgumentFieldType type, string separator) => type switch
    {
        ArgumentFieldType.Integer => IntegerPattern,
        ArgumentFieldType.Number => NumberPattern,
        ArgumentFieldType.Boolean => "[01]",
        _ when separator.Length == 1 => "[^" + EscapeInClass(separator[0]) + "]*",
        _ => "(?:(?!" + EscapeRegex(separator) + @")[\s\S])*",
    };

    private static JsonObject JsonKey(ArgumentFieldType type) => type switch
    {
        ArgumentFieldType.Integer => new JsonObject { ["type"] = "integer" },
        ArgumentFieldType.Number => new JsonObject { ["type"] = "number" },
        ArgumentFieldType.Boolean => new JsonObject { ["type"] = "boolean" },
        _ => new JsonObject { ["type"] = "string" },
    };

    private static JsonArray Strings(IEnumerable<string> values)
    {
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add(value);
        }

        return array;
    }

    /// <summary><c>[Mm][Ee][Tt][Rr][Ii][Cc]</c>: ASCII letters either case (as <c>equalsIgnoreCase</c>), the rest escaped.</summary>
    private static string IgnoringCase(string word)
    {
        var text = new StringBuilder(word.Length * 4);
        foreach (var c in word)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                text.Append('[').Append(char.ToUpperInvariant(c)).Append(char.ToLowerInvariant(c)).Append(']');
            }
            else
            {
                text.Append(EscapeRegex(c.ToString()));
            }
        }

        return text.ToString();
    }

    /// <summary>Escapes ECMA-262 regular expression syntax characters.</summary>
    public static string EscapeRegex(string text)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (@"\^$.|?*+()[]{}".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string EscapeInClass(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();
}
