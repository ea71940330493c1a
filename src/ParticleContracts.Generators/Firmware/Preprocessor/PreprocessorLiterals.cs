namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>The integer values of the literals an <c>#if</c> expression may contain.</summary>
internal static class PreprocessorLiterals
{
    /// <summary>The value of a character literal (<c>'a'</c>, <c>'\\n'</c>).</summary>
    public static long CharValue(string text, int start, int length)
    {
        var quote = text.IndexOf('\'', start);
        if (quote < 0 || quote + 1 >= start + length)
        {
            return 0;
        }

        var c = text[quote + 1];
        if (c != '\\' || quote + 2 >= start + length)
        {
            return c;
        }

        return text[quote + 2] switch
        {
            'n' => '\n',
            't' => '\t',
            '0' => 0,
            'r' => '\r',
            _ => text[quote + 2],
        };
    }

    /// <summary>Parses an integer literal (decimal, hex, binary, octal, digit separators, suffixes).</summary>
    public static bool TryParseInteger(string text, int start, int length, out long value)
    {
        value = 0;
        var end = start + length;

        // Strip integer suffixes (u, l, ul, ll, ...).
        while (end > start && (text[end - 1] == 'u' || text[end - 1] == 'U' || text[end - 1] == 'l' || text[end - 1] == 'L'))
        {
            end--;
        }

        if (end <= start)
        {
            return false;
        }

        var numberBase = 10;
        var i = start;
        if (end - start > 2 && text[start] == '0' && (text[start + 1] == 'x' || text[start + 1] == 'X'))
        {
            numberBase = 16;
            i += 2;
        }
        else if (end - start > 2 && text[start] == '0' && (text[start + 1] == 'b' || text[start + 1] == 'B'))
        {
            numberBase = 2;
            i += 2;
        }
        else if (end - start > 1 && text[start] == '0')
        {
            numberBase = 8;
            i += 1;
        }

        ulong result = 0;
        for (; i < end; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                continue;
            }

            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            if (digit >= numberBase)
            {
                return false;
            }

            result = unchecked((result * (ulong)numberBase) + (ulong)digit);
        }

        value = unchecked((long)result);
        return true;
    }
}
