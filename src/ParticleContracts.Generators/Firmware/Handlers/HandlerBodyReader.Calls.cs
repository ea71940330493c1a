using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>The argument handed to C library calls, helpers, JSON parsers and tokenizers.</summary>
internal sealed partial class HandlerBodyReader
{
    private static readonly HashSet<string> NotHelpers = new(System.StringComparer.Ordinal)
    {
        "if", "while", "for", "switch", "return", "sizeof", "String", "strlen", "strnlen", "strcpy", "strncpy", "strlcpy",
        "memcpy", "snprintf", "sprintf", "printf", "static_cast", "reinterpret_cast", "const_cast", "move", "forward",
        "strchr", "strrchr", "strstr", "isdigit", "isalpha", "isspace",
    };

    /// <summary><c>f(arg, ...)</c>: the argument is the first argument of <paramref name="function"/>.</summary>
    private void FirstArgument(int i, int end, string function, int line)
    {
        var b = _body;
        switch (function)
        {
            case "atoi":
            case "atol":
            case "atoll":
            case "strtol":
            case "strtoul":
            case "strtoll":
                _evidence.Integer = true;
                _evidence.Lines.Add(line);
                ParseCall(i - 2, line);
                return;
            case "atof":
            case "strtod":
            case "strtof":
                _evidence.Number = true;
                _evidence.Lines.Add(line);
                ParseCall(i - 2, line);
                return;
            case "strcmp":
            case "strcasecmp":
            case "stricmp":
                if (b.Punct(end, ",") && StringAt(end + 1) is { } word)
                {
                    _evidence.AddWord(word, function != "strcmp", line, InElseIf(i - 2));
                }

                return;
            case "strncmp":
            case "strncasecmp":
                _evidence.Unsure ??= "it compares a prefix of the argument (" + function + "), which accepts an open set of strings";
                return;
            case "sscanf":
                if (b.Punct(end, ",") && StringAt(end + 1) is { } format)
                {
                    ScanFormat(format, end + 2, line);
                }

                return;
            case "strtok":
                if (b.Punct(end, ",") && SeparatorAt(end + 1) is { } separator)
                {
                    _evidence.TokenSeparator ??= separator;
                    TokenField(i - 2, line);
                }

                return;
        }

        if ((function is "parseCopy" or "fromJSON" or "parse") && i - 4 >= b.Start && b.Punct(i - 3, "::")
            && (b.Word(i - 4, "JSONValue") || b.Word(i - 4, "Variant")))
        {
            _evidence.Json = true;
            _evidence.Lines.Add(line);
            if (i - 6 >= b.Start && b.Punct(i - 5, "=") && b.IsKind(i - 6, FirmwareTokenKind.Identifier) && _jsonVariables.Count < 8)
            {
                _jsonVariables.Add(b.Get(i - 6));
            }

            return;
        }

        if (TextConversion(i, end, function, line))
        {
            return;
        }

        if (!NotHelpers.Contains(function) && !(i - 3 >= b.Start && b.Punct(i - 3, "::")))
        {
            _evidence.Helper ??= function;
        }
    }

    /// <summary><c>atoi(arg...)</c> at <paramref name="call"/>: the parse runs to its closing parenthesis.</summary>
    private void ParseCall(int call, int line)
    {
        var close = _body.FindClosing(call + 1);
        if (close > 0)
        {
            Parse(call, close + 1, line);
        }
    }

    /// <summary><c>f(x, arg)</c>: the argument is the second argument of <paramref name="function"/>.</summary>
    private void SecondArgument(int i, string function, int line)
    {
        var b = _body;
        switch (function)
        {
            case "strcmp":
            case "strcasecmp":
            case "stricmp":
                if (StringAt(i - 2) is { } word)
                {
                    _evidence.AddWord(word, function != "strcmp", line);
                }

                break;
            case "strcpy":
            case "strncpy":
            case "strlcpy":
                if (b.IsKind(i - 2, FirmwareTokenKind.Identifier))
                {
                    AddAlias(b.Get(i - 2));
                }

                break;
        }
    }

    /// <summary><c>arg.charAt(0)</c> / <c>arg[0]</c> (ending at <paramref name="last"/>), or a variable holding it.</summary>
    private void FirstCharUse(int i, int last)
    {
        var b = _body;
        var line = b[i].Line;
        if (i - 2 >= b.Start && b.Punct(i - 1, "(") && b.Word(i - 2, "switch") && b.Punct(last + 1, ")") && TakeScan())
        {
            var open = last + 2;
            var close = b.Punct(open, "{") ? b.FindClosing(open) : -1;
            for (var k = open + 1; k > 0 && k < close; k++)
            {
                if (b.Word(k, "case") && CharAt(k + 1) is { } label && b.Punct(k + 2, ":"))
                {
                    _evidence.AddWord(label, false, b[k].Line);
                }
            }

            return;
        }

        if ((b.Punct(last + 1, "==") || b.Punct(last + 1, "!=")) && CharAt(last + 2) is { } right)
        {
            _evidence.AddWord(right, false, line);
            return;
        }

        if (i - 2 >= b.Start && b.Punct(i - 1, "=") && b.IsKind(i - 2, FirmwareTokenKind.Identifier) && b.Punct(last + 1, ";") && _charAliases.Count < 8)
        {
            _charAliases.Add(b.Get(i - 2));
            return;
        }

        if (i == last)
        {
            return;
        }

        _evidence.Unsure ??= "it reads the argument's first character in a way the reader does not follow";
    }

    /// <summary><c>strtok(NULL, ",")</c>: the next field of a tokenized argument.</summary>
    private void TokenCall(int i)
    {
        var b = _body;
        if (_evidence.TokenSeparator is null || !b.Punct(i + 1, "(") || !(b.Word(i + 2, "NULL") || b.Word(i + 2, "nullptr") || (b.IsKind(i + 2, FirmwareTokenKind.Number) && b.Get(i + 2) == "0")))
        {
            return;
        }

        MarkLoop(i, "it reads the argument's fields in a loop, so their number is not fixed");
        TokenField(i, b[i].Line);
    }

    /// <summary>One <c>strtok(...)</c> call at <paramref name="call"/>: a field named and typed by where its result goes.</summary>
    private void TokenField(int call, int line)
    {
        var fields = _evidence.TokenFields;
        var (name, type, variable) = FieldTarget(call);
        name ??= "field" + (fields.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (variable is not null)
        {
            // char* t = strtok(...); ... t = strtok(NULL, ...): the variable now holds the next field.
            _tokenVariables[variable] = fields.Count;
        }

        fields.Add(new ArgumentField(name, type));
        _evidence.Lines.Add(line);
    }

    /// <summary><c>arg.substring(...)</c> at <paramref name="i"/>: one positional field.</summary>
    private void SubstringField(int i, int line)
    {
        var b = _body;
        var close = b.FindClosing(i + 3);
        if (close < 0)
        {
            return;
        }

        MarkLoop(i, "it splits the argument in a loop, so the number of fields is not fixed");
        var fields = _evidence.SubstringFields;
        var (name, type, variable) = FieldTarget(i);
        type = ReadType(close + 1) ?? type;
        name ??= "field" + (fields.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (variable is not null && type == ArgumentFieldType.Text && !_substringVariables.TryGetValue(variable, out _))
        {
            _substringVariables[variable] = fields.Count;
        }

        fields.Add(new ArgumentField(name, type));
        _evidence.Lines.Add(line);
    }

    /// <summary>A variable holding a field's text, read later (<c>r = atoi(t)</c>, <c>part.toInt()</c>): the field takes that name and type.</summary>
    private void RetypeField(List<ArgumentField> fields, int index, int i)
    {
        var b = _body;
        ArgumentFieldType? type = null;
        if (b.Punct(i + 1, ".") && b.Punct(i + 3, "("))
        {
            type = ReadType(i + 1);
        }
        else if (b.Punct(i - 1, "(") && b.IsKind(i - 2, FirmwareTokenKind.Identifier))
        {
            type = b.Get(i - 2) switch
            {
                "atoi" or "atol" or "strtol" or "strtoul" => ArgumentFieldType.Integer,
                "atof" or "strtod" or "strtof" => ArgumentFieldType.Number,
                _ => null,
            };
        }

        if (type is { } known && index < fields.Count && fields[index].Type == ArgumentFieldType.Text)
        {
            var (name, _, _) = FieldTarget(i);
            fields[index] = new ArgumentField(name ?? fields[index].Name, known);
        }
    }

    /// <summary>
    /// Where the expression at <paramref name="i"/> goes: <c>int r = atoi(...)</c> gives the name <c>r</c>, an integer,
    /// and (for a text target such as <c>char* t = ...</c> or <c>String s = ...</c>) the variable to follow.
    /// </summary>
    private (string? Name, ArgumentFieldType Type, string? Variable) FieldTarget(int i)
    {
        var b = _body;
        var type = ArgumentFieldType.Text;
        var k = i - 1;
        if (k - 1 >= b.Start && b.Punct(k, "(") && b.IsKind(k - 1, FirmwareTokenKind.Identifier))
        {
            type = b.Get(k - 1) switch
            {
                "atoi" or "atol" or "strtol" or "strtoul" => ArgumentFieldType.Integer,
                "atof" or "strtod" or "strtof" => ArgumentFieldType.Number,
                _ => type,
            };
            k -= 2;
        }

        if (k - 1 < b.Start || !b.Punct(k, "=") || !b.IsKind(k - 1, FirmwareTokenKind.Identifier))
        {
            return (null, type, null);
        }

        var name = b.Get(k - 1);
        if (type == ArgumentFieldType.Text && k - 2 >= b.Start && b.IsKind(k - 2, FirmwareTokenKind.Identifier))
        {
            type = b.Get(k - 2) switch
            {
                "int" or "long" or "int32_t" or "uint8_t" or "uint16_t" or "uint32_t" or "short" => ArgumentFieldType.Integer,
                "float" or "double" => ArgumentFieldType.Number,
                "bool" => ArgumentFieldType.Boolean,
                _ => type,
            };
        }

        return (name, type, type == ArgumentFieldType.Text ? name : null);
    }

    /// <summary>The type a reader call at <paramref name="dot"/> (<c>.toInt()</c>, <c>.toDouble()</c>, ...) gives, or null.</summary>
    private ArgumentFieldType? ReadType(int dot)
    {
        var b = _body;
        if (!b.Punct(dot, ".") || !b.IsKind(dot + 1, FirmwareTokenKind.Identifier))
        {
            return null;
        }

        return b.Get(dot + 1) switch
        {
            "toInt" or "asInt" or "toUInt" or "toInt64" or "asUInt" => ArgumentFieldType.Integer,
            "toFloat" or "toDouble" or "asDouble" => ArgumentFieldType.Number,
            "toBool" or "asBool" => ArgumentFieldType.Boolean,
            "toString" or "asString" => ArgumentFieldType.Text,
            _ => null,
        };
    }
}
