using System.Collections.Generic;
using System.Text;

namespace ParticleContracts.Generators.Firmware.Lexing;

/// <summary>Decodes C++ string literals (with prefixes, escapes and raw strings) into their text.</summary>
internal static class StringLiteralDecoder
{
    /// <summary>Decodes a run of adjacent literals; false when any token is not a literal.</summary>
    public static bool TryDecodeConcatenation(TokenRange range, out string value)
    {
        value = string.Empty;
        if (range.IsEmpty)
        {
            return false;
        }

        var text = range.Text;
        var builder = new StringBuilder();
        for (var i = range.Start; i < range.End; i++)
        {
            var token = range[i];
            if (token.Kind == FirmwareTokenKind.String)
            {
                AppendQuoted(builder, text, token);
            }
            else if (token.Kind == FirmwareTokenKind.RawString)
            {
                AppendRaw(builder, text, token);
            }
            else
            {
                return false;
            }
        }

        value = builder.ToString();
        return true;
    }

    private static void AppendRaw(StringBuilder builder, string text, FirmwareToken token)
    {
        var quote = text.IndexOf('"', token.Start, token.Length);
        var open = quote < 0 ? -1 : text.IndexOf('(', quote, token.End - quote);
        if (open < 0)
        {
            return;
        }

        var delimiterLength = open - quote - 1;
        var contentEnd = token.End - delimiterLength - 2;
        if (contentEnd > open)
        {
            builder.Append(text, open + 1, contentEnd - open - 1);
        }
    }

    private static void AppendQuoted(StringBuilder builder, string text, FirmwareToken token)
    {
        var quote = text.IndexOf('"', token.Start, token.Length);
        if (quote < 0)
        {
            return;
        }

        var end = token.End;
        if (end - 1 > quote && text[end - 1] == '"')
        {
            end--;
        }

        for (var i = quote + 1; i < end; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var e = text[++i];
            switch (e)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                    i = AppendOctal(builder, text, i, end);
                    break;

                case 'x':
                    i = AppendHex(builder, text, i, end);
                    break;

                case '\n':
                    break;
                case '\r':
                    if (i + 1 < end && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                default: builder.Append(e); break;
            }
        }
    }

    /// <summary>Appends the octal escape whose first digit is at <paramref name="i"/>; returns its last index.</summary>
    private static int AppendOctal(StringBuilder builder, string text, int i, int end)
    {
        var value = 0;
        var digits = 0;
        while (i < end && digits < 3 && text[i] >= '0' && text[i] <= '7')
        {
            value = (value * 8) + (text[i] - '0');
            i++;
            digits++;
        }

        builder.Append((char)value);
        return i - 1;
    }

    /// <summary>Appends the <c>\x</c> escape whose <c>x</c> is at <paramref name="i"/>; returns its last index.</summary>
    private static int AppendHex(StringBuilder builder, string text, int i, int end)
    {
        var startHex = i + 1;
        var j = startHex;
        while (j < end && j - startHex < 8 && Uri.IsHexDigit(text[j]))
        {
            j++;
        }

        if (j > startHex)
        {
            var hex = 0;
            for (var k = startHex; k < j; k++)
            {
                var h = text[k];
                hex = (hex << 4) | (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
            }

            builder.Append((char)(hex & 0xFFFF));
        }

        return j - 1;
    }

    private static class Uri
    {
        public static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
