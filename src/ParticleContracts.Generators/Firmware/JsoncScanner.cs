using System;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware;

/// <summary>A top-level member value read by <see cref="JsoncScanner"/>.</summary>
/// <param name="Value">The decoded string, or the literal's text (<c>true</c>, <c>5</c>) when <paramref name="IsString"/> is false.</param>
/// <param name="Location">Where the value is.</param>
/// <param name="IsString">True for a JSON string.</param>
internal sealed record JsoncString(string Value, FirmwareLocation Location, bool IsString = true);

/// <summary>
/// A forward-only scanner over JSON with comments that yields top-level <c>"key": "string"</c> pairs (and, when asked,
/// <c>"key": scalar</c> pairs). Linear in the text; never throws.
/// </summary>
internal sealed class JsoncScanner(string path, string text)
{
    private int _position;
    private int _depth;
    private int _line = 1;
    private int _lineStart;

    /// <summary>The next top-level member with a string value (or any scalar when <paramref name="includeScalars"/>); false at the end.</summary>
    public bool NextTopLevelStringMember(out string key, out JsoncString? value, bool includeScalars = false)
    {
        key = string.Empty;
        value = null;
        while (SkipTrivia())
        {
            var c = text[_position];
            if (c == '"')
            {
                var atTopLevel = _depth == 1;
                var start = _position;
                var startLine = _line;
                var startColumn = _position - _lineStart + 1;
                var literal = ReadString();
                if (!atTopLevel || !SkipTrivia() || text[_position] != ':')
                {
                    continue;
                }

                _position++;
                key = literal;
                if (SkipTrivia() && text[_position] == '"')
                {
                    start = _position;
                    startLine = _line;
                    startColumn = _position - _lineStart + 1;
                    var decoded = ReadString();
                    var location = new FirmwareLocation(path, startLine, startColumn, start, _position - start, _line, _position - _lineStart + 1);
                    value = new JsoncString(decoded, location);
                    return true;
                }

                if (includeScalars && _position < text.Length && IsScalarChar(text[_position]))
                {
                    start = _position;
                    startColumn = _position - _lineStart + 1;
                    while (_position < text.Length && IsScalarChar(text[_position]))
                    {
                        _position++;
                    }

                    var location = new FirmwareLocation(path, _line, startColumn, start, _position - start, _line, _position - _lineStart + 1);
                    value = new JsoncString(text.Substring(start, _position - start), location, IsString: false);
                    return true;
                }

                continue;
            }

            _depth += c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
            _position++;
        }

        return false;
    }

    /// <summary>Skips whitespace and comments; false at the end of the text.</summary>
    private bool SkipTrivia()
    {
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c == '\n')
            {
                _position++;
                _line++;
                _lineStart = _position;
            }
            else if (c is ' ' or '\t' or '\r' or '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < text.Length && text[_position + 1] == '/')
            {
                while (_position < text.Length && text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < text.Length && text[_position + 1] == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private void SkipBlockComment()
    {
        _position += 2;
        while (_position < text.Length && !(text[_position] == '*' && _position + 1 < text.Length && text[_position + 1] == '/'))
        {
            if (text[_position] == '\n')
            {
                _line++;
                _lineStart = _position + 1;
            }

            _position++;
        }

        _position = Math.Min(text.Length, _position + 2);
    }

    /// <summary>Reads a string literal starting at the opening quote; an unterminated one ends at the line's end.</summary>
    private string ReadString()
    {
        var builder = new StringBuilder();
        _position++;
        while (_position < text.Length && text[_position] != '"' && text[_position] != '\n')
        {
            var c = text[_position++];
            if (c != '\\' || _position >= text.Length)
            {
                builder.Append(c);
                continue;
            }

            var escaped = text[_position++];
            builder.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                'u' => ReadUnicodeEscape(),
                _ => escaped,
            });
        }

        if (_position < text.Length && text[_position] == '"')
        {
            _position++;
        }

        return builder.ToString();
    }

    private char ReadUnicodeEscape()
    {
        var code = 0;
        for (var index = 0; index < 4; index++)
        {
            var digit = _position + index < text.Length ? HexValue(text[_position + index]) : -1;
            if (digit < 0)
            {
                return 'u';
            }

            code = (code * 16) + digit;
        }

        _position += 4;
        return (char)code;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsScalarChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '+';
}
