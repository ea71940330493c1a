using System.Text.Json;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Simulator.Firmware;

/// <summary>
/// A simulated firmware function that reads its argument the way the reader inferred the handler does: bad input
/// (a word outside the set, a wrong field count, text that is not a number, not a JSON object) gets the handler's
/// failure code, good input its success code. Only handlers with an evident failure path (a negative return value)
/// validate; others keep the simulator's default result.
/// </summary>
internal static class FunctionArgumentValidator
{
    /// <summary>A handler for <paramref name="function"/>, or null when its grammar or return codes do not say what fails.</summary>
    public static Func<string, int>? Handler(FunctionArgumentContract function)
    {
        if (function.Grammar.Kind is ArgumentKind.Text or ArgumentKind.None || FailureCode(function) is not { } failure)
        {
            return null;
        }

        var success = SuccessCode(function);
        var grammar = function.Grammar;
        return argument => Accepts(grammar, argument ?? string.Empty) ? success : failure;
    }

    /// <summary>True when <paramref name="argument"/> fits <paramref name="grammar"/>.</summary>
    public static bool Accepts(ArgumentGrammar grammar, string argument) => grammar.Kind switch
    {
        ArgumentKind.Integer => ArgumentText.IsNumber(argument, whole: true),
        ArgumentKind.Number => ArgumentText.IsNumber(argument, whole: false),
        ArgumentKind.Words => IsWord(grammar, argument),
        ArgumentKind.Fields => HasFields(grammar, argument),
        ArgumentKind.Json => IsJsonObject(grammar, argument),
        _ => true,
    };

    private static int? FailureCode(FunctionArgumentContract function)
    {
        foreach (var code in function.ReturnCodes)
        {
            if (code.Value < 0)
            {
                return code.Value;
            }
        }

        return null;
    }

    private static int SuccessCode(FunctionArgumentContract function)
    {
        int? success = null;
        foreach (var code in function.ReturnCodes)
        {
            if (code.Value >= 0)
            {
                success = code.Value;
            }
        }

        return success ?? 1;
    }

    private static bool IsWord(ArgumentGrammar grammar, string argument)
    {
        var comparison = grammar.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var word in grammar.Words)
        {
            if (string.Equals(word, argument, comparison))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFields(ArgumentGrammar grammar, string argument)
    {
        var parts = argument.Split(grammar.Separator);
        if (parts.Length != grammar.Fields.Count)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var type = grammar.Fields[i].Type;
            if ((type == ArgumentFieldType.Integer && !ArgumentText.IsNumber(parts[i], whole: true))
                || (type == ArgumentFieldType.Number && !ArgumentText.IsNumber(parts[i], whole: false)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A JSON object whose keys, where present, hold the type the handler reads.</summary>
    private static bool IsJsonObject(ArgumentGrammar grammar, string argument)
    {
        try
        {
            using var document = JsonDocument.Parse(argument);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var field in grammar.Fields)
            {
                if (root.TryGetProperty(field.Name, out var value) && !Fits(field.Type, value))
                {
                    return false;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Fits(ArgumentFieldType type, JsonElement value) => type switch
    {
        ArgumentFieldType.Integer => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        ArgumentFieldType.Number => value.ValueKind == JsonValueKind.Number,
        ArgumentFieldType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => value.ValueKind is JsonValueKind.String or JsonValueKind.Null,
    };
}
