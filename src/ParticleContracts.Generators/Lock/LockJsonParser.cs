using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ParticleContracts.Generators.Lock;

/// <summary>What a JSON value is.</summary>
internal enum LockJsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value with its place in the text (the lock reader reports removed members at their lock entry).
/// </summary>
internal sealed class LockJsonValue
{
    public LockJsonValue(LockJsonKind kind, int start, int line, int column)
    {
        Kind = kind;
        Start = start;
        Line = line;
        Column = column;
    }

    public LockJsonKind Kind { get; }

    public int Start { get; }

    public int Line { get; }

    public int Column { get; }

    public int Length { get; set; }

    /// <summary>The string value, or the number's text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Object members in text order (the last of duplicate keys wins in <see cref="Property"/>).</summary>
    public List<KeyValuePair<string, LockJsonValue>> Members { get; } = new();

    public List<LockJsonValue> Items { get; } = new();

    public LockJsonValue? Property(string name)
    {
        LockJsonValue? found = null;
        foreach (var member in Members)
        {
            if (member.Key == name)
            {
                found = member.Value;
            }
        }

        return found;
    }
}

/// <summary>Thrown inside <see cref="LockJsonParser"/> only; turned into a read error with a line and column.</summary>
internal sealed class LockJsonException : Exception
{
    public LockJsonException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>
/// A small strict JSON parser (RFC 8259) that keeps line and column of every value. It is Roslyn-free and has no
/// package dependency, so the generator and the CLI read locks with the same code. Nesting is bounded.
/// </summary>
internal sealed class LockJsonParser
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    private LockJsonParser(string text) => _text = text;

    /// <summary>Parses one JSON document; throws <see cref="LockJsonException"/> with the position of the first error.</summary>
    public static LockJsonValue Parse(string text)
    {
        var parser = new LockJsonParser(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            parser._position = 1;
        }

        var value = parser.ParseValue(0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
        {
            throw parser.Error("unexpected text after the JSON value");
        }

        return value;
    }

    private LockJsonValue ParseValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }

        SkipWhitespace();
        if (_position >= _text.Length)
        {
            throw Error("unexpected end of the text");
        }

        var value = _text[_position] switch
        {
            '{' => ParseObject(depth),
            '[' => ParseArray(depth),
            '"' => ParseString(),
            't' => ParseLiteral("true", LockJsonKind.True),
            'f' => ParseLiteral("false", LockJsonKind.False),
            'n' => ParseLiteral("null", LockJsonKind.Null),
            _ => ParseNumber(),
        };
        return value;
    }

    private LockJsonValue ParseObject(int depth)
    {
        var value = Start(LockJsonKind.Object);
        _position++;
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return Finish(value);
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Error("expected a property name in quotes");
            }

            var key = ParseString().Text;
            SkipWhitespace();
            Expect(':');
            value.Members.Add(new KeyValuePair<string, LockJsonValue>(key, ParseValue(depth + 1)));
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return Finish(value);
            }

            Expect(',');
        }
    }

    private LockJsonValue ParseArray(int depth)
    {
        var value = Start(LockJsonKind.Array);
        _position++;
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return Finish(value);
        }

        while (true)
        {
            value.Items.Add(ParseValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return Finish(value);
            }

            Expect(',');
        }
    }

    private LockJsonValue ParseString()
    {
        var value = Start(LockJsonKind.String);
        _position++;
        var text = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                value.Text = text.ToString();
                return Finish(value);
            }

            if (c < ' ')
            {
                throw Error("control character in a string");
            }

            text.Append(c == '\\' ? ParseEscape() : c);
        }
    }

    private char ParseEscape()
    {
        if (_position >= _text.Length)
        {
            throw Error("unterminated string");
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                return ParseHexEscape();
            default:
                throw Error("invalid escape \\" + c);
        }
    }

    private char ParseHexEscape()
    {
        var code = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = _position < _text.Length ? HexValue(_text[_position]) : -1;
            if (digit < 0)
            {
                throw Error("invalid \\u escape");
            }

            code = (code * 16) + digit;
            _position++;
        }

        return (char)code;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private LockJsonValue ParseNumber()
    {
        var value = Start(LockJsonKind.Number);
        var begin = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            // A leading zero stands alone (RFC 8259).
        }
        else if (SkipDigits() == 0)
        {
            _position = begin;
            throw Error("expected a JSON value");
        }

        if (TryConsume('.') && SkipDigits() == 0)
        {
            throw Error("expected a digit after '.'");
        }

        if (TryConsume('e') || TryConsume('E'))
        {
            _ = TryConsume('+') || TryConsume('-');
            if (SkipDigits() == 0)
            {
                throw Error("expected a digit in the exponent");
            }
        }

        value.Text = _text.Substring(begin, _position - begin);
        return Finish(value);
    }

    private int SkipDigits()
    {
        var count = 0;
        while (_position < _text.Length && _text[_position] is >= '0' and <= '9')
        {
            _position++;
            count++;
        }

        return count;
    }

    private LockJsonValue ParseLiteral(string literal, LockJsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("expected a JSON value");
        }

        var value = Start(kind);
        _position += literal.Length;
        return Finish(value);
    }

    private LockJsonValue Start(LockJsonKind kind) => new(kind, _position, _line, _position - _lineStart + 1);

    private LockJsonValue Finish(LockJsonValue value)
    {
        value.Length = _position - value.Start;
        return value;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                return;
            }

            _position++;
        }
    }

    private bool TryConsume(char c)
    {
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c))
        {
            throw Error("expected '" + c + "'");
        }
    }

    private LockJsonException Error(string message) => new(message, _line, _position - _lineStart + 1);
}
