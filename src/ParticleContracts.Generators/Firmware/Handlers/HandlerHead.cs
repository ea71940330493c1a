using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>Finds the single string parameter of a function head or lambda parameter list.</summary>
internal static class HandlerHead
{
    /// <summary>
    /// The name of the one parameter of the last top-level parameter list in <paramref name="head"/> when its type is a
    /// string (<c>String</c>, <c>const String&amp;</c>, <c>const char*</c>); otherwise null.
    /// </summary>
    public static string? StringParameter(TokenRange head)
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

        return open < 0 ? null : ParameterName(head.Sub(open + 1, close));
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
