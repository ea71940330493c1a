using System.Collections.Generic;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary><c>sscanf</c> formats and JSON key reads.</summary>
internal sealed partial class HandlerBodyReader
{
    /// <summary>
    /// <c>sscanf(arg, "%d,%d,%d", &amp;r, &amp;g, &amp;b)</c>: one field per conversion, named by the variables after the format
    /// (<paramref name="afterFormat"/> is the token after it), all separated by the same literal text.
    /// </summary>
    private void ScanFormat(string format, int afterFormat, int line)
    {
        var types = new List<ArgumentFieldType>();
        var separators = new List<string>();
        var literal = new StringBuilder();
        string? problem = null;
        for (var c = 0; c < format.Length && problem is null; c++)
        {
            if (format[c] != '%')
            {
                literal.Append(format[c]);
                continue;
            }

            if (c + 1 < format.Length && format[c + 1] == '%')
            {
                literal.Append('%');
                c++;
                continue;
            }

            var suppressed = false;
            c++;
            while (c < format.Length && (char.IsDigit(format[c]) || format[c] is 'l' or 'h' or 'z' or 'j' or '*'))
            {
                suppressed |= format[c] == '*';
                c++;
            }

            if (c >= format.Length)
            {
                problem = "its sscanf format ends inside a conversion";
                break;
            }

            ArgumentFieldType type;
            switch (format[c])
            {
                case 'd':
                case 'i':
                case 'u':
                    type = ArgumentFieldType.Integer;
                    break;
                case 'f':
                case 'e':
                case 'g':
                case 'F':
                case 'E':
                case 'G':
                    type = ArgumentFieldType.Number;
                    break;
                case '[':
                    var close = format.IndexOf(']', c + 2);
                    if (close < 0)
                    {
                        problem = "its sscanf format has an unclosed %[ set";
                        continue;
                    }

                    c = close;
                    type = ArgumentFieldType.Text;
                    break;
                case 's':
                    problem = "its sscanf format reads %s, which stops only at white space";
                    continue;
                default:
                    problem = "its sscanf format uses %" + format[c] + ", which the reader does not map";
                    continue;
            }

            if (suppressed)
            {
                problem = "its sscanf format skips a field (%*)";
                continue;
            }

            separators.Add(literal.ToString());
            literal.Clear();
            types.Add(type);
        }

        if (problem is null && (literal.Length > 0 || separators.Count == 0 || separators[0].Length > 0))
        {
            problem = "its sscanf format has text before the first or after the last field";
        }

        for (var s = 2; s < separators.Count && problem is null; s++)
        {
            if (separators[s] != separators[1])
            {
                problem = "its sscanf format separates fields with different text";
            }
        }

        if (problem is not null)
        {
            _evidence.Unsure ??= problem;
            return;
        }

        if (types.Count == 1)
        {
            // sscanf(arg, "%d", &x): the whole argument is one number.
            _evidence.Integer |= types[0] == ArgumentFieldType.Integer;
            _evidence.Number |= types[0] == ArgumentFieldType.Number;
            _evidence.Unsure ??= types[0] == ArgumentFieldType.Text ? "its sscanf format reads one text field" : null;
            _evidence.Lines.Add(line);
            return;
        }

        var names = ScanTargets(afterFormat);
        var fields = new List<ArgumentField>(types.Count);
        for (var f = 0; f < types.Count; f++)
        {
            var name = f < names.Count && names.Count == types.Count ? names[f] : "field" + (f + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields.Add(new ArgumentField(name, types[f]));
        }

        _evidence.ScanFields ??= fields;
        _evidence.ScanSeparator ??= separators.Count > 1 ? separators[1] : string.Empty;
        _evidence.Lines.Add(line);
    }

    /// <summary>The variable names after a <c>sscanf</c> format: <c>, &amp;r, &amp;g, &amp;b)</c> → r, g, b.</summary>
    private List<string> ScanTargets(int i)
    {
        var b = _body;
        var names = new List<string>();
        string? current = null;
        for (; i < b.End; i++)
        {
            if (b.Punct(i, ",") || b.Punct(i, ")"))
            {
                if (current is not null)
                {
                    names.Add(current);
                }

                current = null;
                if (b.Punct(i, ")"))
                {
                    break;
                }
            }
            else if (b[i].Kind == FirmwareTokenKind.Identifier)
            {
                current = b.Get(i);
            }
            else if (!b.Punct(i, "&") && !b.Punct(i, "."))
            {
                break;
            }
        }

        return names;
    }

    /// <summary>A read of a parsed JSON value: <c>json.get("k").toInt()</c>, <c>json["k"]</c>, <c>it.name() == "k"</c>.</summary>
    private void JsonRead(int i)
    {
        var b = _body;
        string? key = null;
        var after = -1;
        if (b.Punct(i + 1, ".") && (b.Word(i + 2, "get") || b.Word(i + 2, "at")) && b.Punct(i + 3, "(") && b.Punct(i + 5, ")"))
        {
            key = StringAt(i + 4);
            after = i + 6;
        }
        else if (b.Punct(i + 1, "[") && b.Punct(i + 3, "]"))
        {
            key = StringAt(i + 2);
            after = i + 4;
        }

        if (key is not null)
        {
            ArgumentEvidence.AddField(_evidence.JsonFields, key, ReadType(after) ?? ArgumentFieldType.Text);
            _evidence.Lines.Add(b[i].Line);
        }
    }

    /// <summary>
    /// An object iterator: <c>it.name() == "k"</c> followed by <c>it.value().toInt()</c> (within a few tokens).
    /// Called for every <c>name</c> member call once the argument has been parsed as JSON.
    /// </summary>
    private void IteratorKey(int i)
    {
        var b = _body;
        if (!_evidence.Json || !b.Punct(i + 1, "(") || !b.Punct(i + 2, ")") || !b.Punct(i + 3, "==") || StringAt(i + 4) is not { } key)
        {
            return;
        }

        var type = ArgumentFieldType.Text;
        for (var k = i + 5; k < b.End && k < i + 40; k++)
        {
            if (b.Word(k, "value") && b.Punct(k - 1, ".") && b.Punct(k + 1, "(") && b.Punct(k + 2, ")"))
            {
                type = ReadType(k + 3) ?? type;
                break;
            }
        }

        ArgumentEvidence.AddField(_evidence.JsonFields, key, type);
        _evidence.Lines.Add(b[i].Line);
    }
}
