using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>Finds the single string parameter of a function head or lambda parameter list.</summary>
internal static class HandlerHead
{
    /// <summary>
    /// The name of the one parameter of the last top-level parameter list in <paramref name="head"/> when its type is a
    /// string (<c>String</c>, <c>const String&amp;</c>, <c>const char*</c>); otherwise null.
    /// </summary>
    public static string? StringParameter(TokenRange head) =>
        LastParameterList(head) is { } parameters ? ParameterName(parameters) : null;

    /// <summary>
    /// The event-data parameter of a subscription handler head: the second parameter of <c>(const char*, const char*)</c>,
    /// <c>(const char*, const char*, size_t, ContentType)</c> or <c>(const char*, EventData)</c>, or the one
    /// <c>CloudEvent</c> parameter; null for any other head.
    /// </summary>
    public static string? EventDataParameter(TokenRange head, out HandlerParameterKind kind)
    {
        kind = HandlerParameterKind.FunctionArgument;
        return LastParameterList(head) is { } parameters ? EventParameterName(parameters, out kind) : null;
    }

    /// <summary>Like <see cref="EventDataParameter"/>, over the tokens inside the parentheses.</summary>
    public static string? EventParameterName(TokenRange parameters, out HandlerParameterKind kind)
    {
        kind = HandlerParameterKind.FunctionArgument;
        var split = new List<TokenRange>(4);
        var depth = 0;
        var start = parameters.Start;
        for (var i = parameters.Start; i < parameters.End && split.Count < 5; i++)
        {
            depth += TokenText.BracketDelta(parameters.Text, parameters[i]);
            if (depth == 0 && TokenText.IsComma(parameters.Text, parameters[i]))
            {
                split.Add(parameters.Sub(start, i));
                start = i + 1;
            }
        }

        split.Add(parameters.Sub(start, parameters.End));
        if (split.Count == 1 && Has(split[0], "CloudEvent"))
        {
            kind = HandlerParameterKind.CloudEvent;
            return NameOf(split[0], "CloudEvent");
        }

        if ((split.Count != 2 && split.Count != 4) || !IsText(split[0]))
        {
            return null;
        }

        var data = split[1];
        if (Has(data, "EventData") || Has(data, "Variant"))
        {
            kind = HandlerParameterKind.EventVariant;
            return NameOf(data, "Variant");
        }

        kind = HandlerParameterKind.EventText;
        return IsText(data) ? NameOf(data, "String") : null;
    }

    private static bool IsText(TokenRange parameter) => Has(parameter, "String") || (Has(parameter, "char") && HasPunct(parameter, "*"));

    private static bool Has(TokenRange range, string word)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (range.Word(i, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPunct(TokenRange range, string punct)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (range.Punct(i, punct))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parameter's name: its last token, when that is an identifier other than its type.</summary>
    private static string? NameOf(TokenRange parameter, string typeName)
    {
        var last = parameter.End - 1;
        if (parameter.Length < 2 || parameter[last].Kind != FirmwareTokenKind.Identifier)
        {
            return null;
        }

        var name = parameter.Get(last);
        return name is "CloudEvent" or "EventData" or "Variant" or "String" or "char" || name == typeName ? null : name;
    }

    /// <summary>The tokens inside the last top-level parameter list of <paramref name="head"/>, or null.</summary>
    private static TokenRange? LastParameterList(TokenRange head)
    {
        var close = -1;
        var depth = 0;
        for (var i = head.End - 1; i >= head.Start; i--)
        {
            if (head.Punct(i, ")") && depth == 0)
            {
                close = i;
                break;
            }

            depth -= TokenText.BracketDelta(head.Text, head[i]);
            if (depth < 0)
            {
                return null;
            }
        }

        if (close < 0)
        {
            return null;
        }

        var open = -1;
        depth = 0;
        for (var i = close; i >= head.Start; i--)
        {
            depth += TokenText.BracketDelta(head.Text, head[i]);
            if (depth == 0)
            {
                open = i;
                break;
            }
        }

        return open < 0 ? null : head.Sub(open + 1, close);
    }

    /// <summary>The name of the only parameter in <paramref name="parameters"/> (the tokens inside the parentheses) when it is a string.</summary>
    public static string? ParameterName(TokenRange parameters)
    {
        if (parameters.Length < 2)
        {
            return null;
        }

        var isString = false;
        var hasChar = false;
        var hasPointer = false;
        for (var i = parameters.Start; i < parameters.End - 1; i++)
        {
            if (TokenText.IsComma(parameters.Text, parameters[i]) || parameters.Punct(i, "="))
            {
                return null;
            }

            isString |= parameters.Word(i, "String");
            hasChar |= parameters.Word(i, "char");
            hasPointer |= parameters.Punct(i, "*");
        }

        var last = parameters.End - 1;
        if (parameters[last].Kind != FirmwareTokenKind.Identifier || parameters.Word(last, "String") || !(isString || (hasChar && hasPointer)))
        {
            return null;
        }

        return parameters.Get(last);
    }
}
