using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>
/// What may stand before a statement's first real token: labels, access specifiers, attributes, a macro invocation
/// such as <c>SYSTEM_MODE(AUTOMATIC)</c> without its semicolon, and template headers.
/// </summary>
internal static class StatementPrefix
{
    /// <summary>
    /// Skips the prefix of <paramref name="statement"/>; returns the first declaration token (or the range end).
    /// <paramref name="templateHeader"/> is the last template header's parameter tokens (empty when there is none).
    /// </summary>
    public static int Skip(TokenRange statement, out TokenRange templateHeader)
    {
        templateHeader = statement.Sub(statement.Start, statement.Start);
        var i = statement.Start;
        var end = statement.End;
        while (i < end)
        {
            if ((statement.Word(i, "public") || statement.Word(i, "private") || statement.Word(i, "protected")) && statement.Punct(i + 1, ":"))
            {
                i += 2;
                continue;
            }

            if (statement.Word(i, "case"))
            {
                var j = i + 1;
                while (j < end && !statement.Punct(j, ":"))
                {
                    j++;
                }

                i = j + 1;
                continue;
            }

            if (statement.Word(i, "default") && statement.Punct(i + 1, ":"))
            {
                i += 2;
                continue;
            }

            if (statement.Punct(i, "[") && statement.Punct(i + 1, "["))
            {
                var close = statement.FindClosing(i);
                if (close < 0)
                {
                    return end;
                }

                i = close + 1;
                continue;
            }

            if (IsMacroInvocation(statement, i))
            {
                i = statement.FindClosing(i + 1) + 1;
                continue;
            }

            if ((statement.Word(i, "__attribute__") || statement.Word(i, "__declspec") || statement.Word(i, "alignas")) && statement.Punct(i + 1, "("))
            {
                var close = statement.FindClosing(i + 1);
                if (close < 0)
                {
                    return end;
                }

                i = close + 1;
                continue;
            }

            if (statement.Word(i, "template") && statement.Punct(i + 1, "<"))
            {
                var close = statement.FindTemplateClosing(i + 1);
                if (close < 0)
                {
                    return end;
                }

                templateHeader = statement.Sub(i + 2, close);
                i = close + 1;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>An all-capitals name with arguments followed by a name: <c>SYSTEM_MODE(AUTOMATIC) int x;</c>.</summary>
    private static bool IsMacroInvocation(TokenRange statement, int i)
    {
        var end = statement.End;
        if (i + 1 >= end || statement[i].Kind != FirmwareTokenKind.Identifier || !statement.Punct(i + 1, "("))
        {
            return false;
        }

        var token = statement[i];
        var text = statement.Text;
        var hasLetter = false;
        for (var k = token.Start; k < token.End; k++)
        {
            var c = text[k];
            if (c >= 'a' && c <= 'z')
            {
                return false;
            }

            hasLetter |= c >= 'A' && c <= 'Z';
        }

        var close = statement.FindClosing(i + 1);
        return hasLetter && close > 0 && close + 1 < end && statement[close + 1].Kind == FirmwareTokenKind.Identifier;
    }
}
