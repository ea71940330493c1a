using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// Reads a <c>printf</c> format string (or a constant) that writes a flat JSON object, such as
/// <c>{"t":%.1f,"h":%d,"id":"%s"}</c>, into its fields: an unquoted conversion gives the type of its specifier
/// (<c>%d</c>/<c>%i</c> int, <c>%ld</c>/<c>%lld</c>/<c>%u</c> long, <c>%f</c>/<c>%e</c>/<c>%g</c> double, <c>%s</c> any JSON),
/// a quoted value is a string, a literal keeps its own type, a nested object or array is any JSON. Linear in the
/// length of the text; never throws.
/// </summary>
internal static class JsonFormatTemplate
{
    /// <summary>The fields of <paramref name="format"/>, or null (with <paramref name="reason"/>) when it is not a flat JSON object.</summary>
    public static List<EventField>? Read(string format, bool hasConversions, out string reason) =>
        Read(format, hasConversions, null, out reason);

    /// <summary>
    /// As <see cref="Read(string, bool, out string)"/>; <paramref name="arguments"/> receives, per field, the index of the
    /// <c>printf</c> argument an unquoted conversion reads (-1 for literals and quoted values).
    /// </summary>
    public static List<EventField>? Read(string format, bool hasConversions, List<int>? arguments, out string reason)
    {
        var fields = new List<EventField>();
        var argument = 0;
        var i = SkipSpace(format, 0);
        if (i >= format.Length || format[i] != '{')
        {
            reason = "the format string is not a JSON object";
            return null;
        }

        i = SkipSpace(format, i + 1);
        if (i < format.Length && format[i] == '}')
        {
            reason = string.Empty;
            return SkipSpace(format, i + 1) == format.Length ? fields : Fail("text follows the JSON object", out reason);
        }

        while (i < format.Length)
        {
            if (format[i] != '"')
            {
                return Fail("a key is not a quoted string", out reason);
            }

            var keyEnd = format.IndexOf('"', i + 1);
            if (keyEnd < 0 || (hasConversions && format.IndexOf('%', i + 1, keyEnd - i - 1) >= 0) || format.IndexOf('\\', i + 1, keyEnd - i - 1) >= 0)
            {
                return Fail("a key is not a constant", out reason);
            }

            var key = format.Substring(i + 1, keyEnd - i - 1);
            i = SkipSpace(format, keyEnd + 1);
            if (i >= format.Length || format[i] != ':')
            {
                return Fail("a key has no ':'", out reason);
            }

            i = SkipSpace(format, i + 1);
            var unquotedConversion = hasConversions && i < format.Length && format[i] == '%' ? argument + Stars(format, i) : -1;
            var type = Value(format, ref i, hasConversions, ref argument);
            if (type is null)
            {
                return Fail("the value of \"" + key + "\" is not understood", out reason);
            }

            fields.Add(new EventField(key, type.Value));
            arguments?.Add(unquotedConversion);
            i = SkipSpace(format, i);
            if (i < format.Length && format[i] == ',')
            {
                i = SkipSpace(format, i + 1);
                continue;
            }

            if (i < format.Length && format[i] == '}' && SkipSpace(format, i + 1) == format.Length)
            {
                reason = string.Empty;
                return fields;
            }

            return Fail("the object is not closed after \"" + key + "\"", out reason);
        }

        return Fail("the object is not closed", out reason);
    }

    /// <summary>The type of a lone conversion (<c>%d</c>, <c>%.1f</c>) that is the whole format, or null.</summary>
    public static EventFieldType? Scalar(string format)
    {
        var text = format.Trim();
        if (text.Length < 2 || text[0] != '%')
        {
            return null;
        }

        var i = 0;
        var type = Conversion(text, ref i);
        return i == text.Length && type is not (null or EventFieldType.Json) ? type : null;
    }

    private static EventFieldType? Value(string format, ref int i, bool hasConversions, ref int argument)
    {
        if (i >= format.Length)
        {
            // "k": at the very end: no value.
            return null;
        }

        var c = format[i];
        if (c == '"')
        {
            for (i++; i < format.Length; i++)
            {
                if (format[i] == '\\')
                {
                    i++;
                }
                else if (hasConversions && format[i] == '%')
                {
                    argument += format.Length > i + 1 && format[i + 1] == '%' ? 0 : 1 + Stars(format, i);
                    i += format.Length > i + 1 && format[i + 1] == '%' ? 1 : 0;
                }
                else if (format[i] == '"')
                {
                    i++;
                    return EventFieldType.String;
                }
            }

            return null;
        }

        if (c == '%' && hasConversions)
        {
            argument += 1 + Stars(format, i);
            return Conversion(format, ref i);
        }

        if (c is '{' or '[')
        {
            return SkipNested(format, ref i) ? EventFieldType.Json : null;
        }

        var start = i;
        while (i < format.Length && format[i] is not (',' or '}' or ' ' or '\t' or '\r' or '\n'))
        {
            i++;
        }

        return Literal(format.Substring(start, i - start));
    }

    private static EventFieldType? Literal(string literal)
    {
        if (literal is "true" or "false")
        {
            return EventFieldType.Bool;
        }

        if (literal == "null")
        {
            return EventFieldType.Json;
        }

        if (literal.Length == 0 || !(char.IsDigit(literal[0]) || literal[0] == '-'))
        {
            return null;
        }

        foreach (var c in literal)
        {
            if (c is '.' or 'e' or 'E')
            {
                return EventFieldType.Double;
            }

            if (!char.IsDigit(c) && c != '-' && c != '+')
            {
                return null;
            }
        }

        return literal.Length > 9 ? EventFieldType.Int64 : EventFieldType.Int32;
    }

    /// <summary>A <c>%[flags][width][.precision][length]conversion</c> at <paramref name="i"/>.</summary>
    private static EventFieldType? Conversion(string format, ref int i)
    {
        i++;
        while (i < format.Length && format[i] is '-' or '+' or ' ' or '#' or '0')
        {
            i++;
        }

        while (i < format.Length && (char.IsDigit(format[i]) || format[i] is '.' or '*'))
        {
            i++;
        }

        var longs = 0;
        while (i < format.Length && format[i] is 'l' or 'h' or 'z' or 'j' or 't' or 'L' or 'q')
        {
            longs += format[i] is 'l' or 'z' or 'j' or 'q' or 'L' ? 1 : 0;
            i++;
        }

        if (i >= format.Length)
        {
            return null;
        }

        var conversion = format[i++];
        return conversion switch
        {
            'd' or 'i' => longs > 0 ? EventFieldType.Int64 : EventFieldType.Int32,
            'u' => EventFieldType.Int64,
            'f' or 'F' or 'e' or 'E' or 'g' or 'G' or 'a' or 'A' => EventFieldType.Double,
            's' or 'c' or 'x' or 'X' or 'o' or 'p' => EventFieldType.Json,
            _ => null,
        };
    }

    /// <summary>The <c>*</c> widths and precisions of the conversion at <paramref name="i"/>: each reads one more argument.</summary>
    private static int Stars(string format, int i)
    {
        var stars = 0;
        for (i++; i < format.Length && (char.IsDigit(format[i]) || format[i] is '.' or '*' or '-' or '+' or ' ' or '#'); i++)
        {
            stars += format[i] == '*' ? 1 : 0;
        }

        return stars;
    }

    private static bool SkipNested(string format, ref int i)
    {
        var depth = 0;
        var inString = false;
        for (; i < format.Length; i++)
        {
            var c = format[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']' && --depth == 0)
            {
                i++;
                return true;
            }
        }

        return false;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static List<EventField>? Fail(string why, out string reason)
    {
        reason = why;
        return null;
    }
}
