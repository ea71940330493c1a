namespace ParticleContracts.Generators.Firmware.Lexing;

/// <summary>
/// A single-pass, allocation-free C++ tokenizer for firmware text. It skips whitespace, comments and line
/// continuations, understands string/char literals (with encoding prefixes), raw strings and preprocessor lines,
/// and never throws: malformed text (an unterminated literal or comment) ends at the line or file end.
/// </summary>
internal struct FirmwareLexer
{
    private readonly string _text;
    private readonly int _end;
    private int _position;
    private int _line;
    private int _lineStart;
    private bool _atLineStart;

    public FirmwareLexer(string text)
        : this(text, 0, text.Length, 1, 0)
    {
    }

    /// <summary>Lexes <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public FirmwareLexer(string text, int start, int end, int line, int lineStart)
    {
        _text = text;
        _end = end < text.Length ? end : text.Length;
        _position = start;
        _line = line;
        _lineStart = lineStart;
        _atLineStart = true;
        HasUnterminatedComment = false;
    }

    /// <summary>True when a <c>/*</c> comment ran to the end of the text.</summary>
    public bool HasUnterminatedComment { get; private set; }

    /// <summary>Reads the next token; <see cref="FirmwareTokenKind.EndOfFile"/> at the end (repeatedly).</summary>
    public FirmwareToken Next()
    {
        SkipTrivia();
        if (_position >= _end)
        {
            return new FirmwareToken(FirmwareTokenKind.EndOfFile, _end, 0, _line, (_end - _lineStart) + 1);
        }

        var start = _position;
        var line = _line;
        var column = (start - _lineStart) + 1;
        var c = _text[_position];

        if (c == '#' && _atLineStart)
        {
            _atLineStart = false;
            SkipDirective();
            return new FirmwareToken(FirmwareTokenKind.Directive, start, _position - start, line, column);
        }

        _atLineStart = false;
        if (IsIdentifierStart(c))
        {
            _position++;
            while (_position < _end && IsIdentifierPart(_text[_position]))
            {
                _position++;
            }

            // Encoding prefixes (u8, L, u, U) and raw strings (R, u8R, LR, ...).
            if (_position < _end && (_text[_position] == '"' || _text[_position] == '\'') && IsLiteralPrefix(start, _position - start))
            {
                var prefixEnd = _position;
                if (_text[prefixEnd - 1] == 'R' && _text[_position] == '"')
                {
                    SkipRawString();
                    return new FirmwareToken(FirmwareTokenKind.RawString, start, _position - start, line, column);
                }

                var quote = _text[_position];
                SkipQuoted(quote);
                return new FirmwareToken(quote == '"' ? FirmwareTokenKind.String : FirmwareTokenKind.Char, start, _position - start, line, column);
            }

            return new FirmwareToken(FirmwareTokenKind.Identifier, start, _position - start, line, column);
        }

        if (IsDigit(c) || (c == '.' && _position + 1 < _end && IsDigit(_text[_position + 1])))
        {
            SkipNumber();
            return new FirmwareToken(FirmwareTokenKind.Number, start, _position - start, line, column);
        }

        if (c == '"' || c == '\'')
        {
            SkipQuoted(c);
            return new FirmwareToken(c == '"' ? FirmwareTokenKind.String : FirmwareTokenKind.Char, start, _position - start, line, column);
        }

        _position++;
        if (_position < _end)
        {
            var n = _text[_position];
            if ((c == ':' && n == ':') || (c == '-' && n == '>') || (c == '&' && n == '&') || (c == '|' && n == '|')
                || (n == '=' && (c == '=' || c == '!' || c == '<' || c == '>'))
                || (c == '+' && n == '+') || (c == '-' && n == '-'))
            {
                _position++;
            }
        }

        return new FirmwareToken(FirmwareTokenKind.Punctuator, start, _position - start, line, column);
    }

    public static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c > 0x7F && char.IsLetter(c);

    public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    private bool IsLiteralPrefix(int start, int length)
    {
        switch (length)
        {
            case 1:
                {
                    var c = _text[start];
                    return c == 'L' || c == 'u' || c == 'U' || c == 'R';
                }

            case 2:
                {
                    var a = _text[start];
                    var b = _text[start + 1];
                    return (a == 'u' && b == '8') || (b == 'R' && (a == 'L' || a == 'u' || a == 'U'));
                }

            case 3:
                return _text[start] == 'u' && _text[start + 1] == '8' && _text[start + 2] == 'R';
            default:
                return false;
        }
    }

    private void NewLine(int newlineIndex)
    {
        _line++;
        _lineStart = newlineIndex + 1;
    }

    private void SkipTrivia()
    {
        while (_position < _end)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                NewLine(_position);
                _position++;
                _atLineStart = true;
            }
            else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            {
                _position++;
            }
            else if (c == '\\' && IsLineContinuation(_position))
            {
                SkipLineContinuation();
            }
            else if (c == '/' && _position + 1 < _end && _text[_position + 1] == '/')
            {
                SkipLineComment();
            }
            else if (c == '/' && _position + 1 < _end && _text[_position + 1] == '*')
            {
                SkipBlockComment();
            }
            else
            {
                return;
            }
        }
    }

    private bool IsLineContinuation(int backslash)
    {
        var i = backslash + 1;
        while (i < _end && (_text[i] == ' ' || _text[i] == '\t' || _text[i] == '\r'))
        {
            i++;
        }

        return i < _end && _text[i] == '\n';
    }

    private void SkipLineContinuation()
    {
        while (_position < _end && _text[_position] != '\n')
        {
            _position++;
        }

        if (_position < _end)
        {
            NewLine(_position);
            _position++;
        }
    }

    private void SkipLineComment()
    {
        // A backslash at the end of a // comment continues the comment onto the next line.
        while (_position < _end)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                return;
            }

            if (c == '\\' && IsLineContinuation(_position))
            {
                SkipLineContinuation();
                continue;
            }

            _position++;
        }
    }

    private void SkipBlockComment()
    {
        _position += 2;
        while (_position < _end)
        {
            var c = _text[_position];
            if (c == '*' && _position + 1 < _end && _text[_position + 1] == '/')
            {
                _position += 2;
                return;
            }

            if (c == '\n')
            {
                NewLine(_position);
            }

            _position++;
        }

        HasUnterminatedComment = true;
    }

    private void SkipQuoted(char quote)
    {
        _position++;
        while (_position < _end)
        {
            var c = _text[_position];
            if (c == quote)
            {
                _position++;
                return;
            }

            if (c == '\n')
            {
                // Unterminated literal: it ends at the line end (as a compiler would report it).
                return;
            }

            if (c == '\\' && _position + 1 < _end)
            {
                if (IsLineContinuation(_position))
                {
                    SkipLineContinuation();
                    continue;
                }

                _position += 2;
                continue;
            }

            _position++;
        }
    }

    private void SkipRawString()
    {
        // R"delim( ... )delim" — the delimiter is at most 16 characters and cannot hold parentheses or spaces.
        var open = _position;
        var i = open + 1;
        while (i < _end && i - open <= 17 && _text[i] != '(' && _text[i] != '"' && _text[i] != '\n' && _text[i] != ' ')
        {
            i++;
        }

        if (i >= _end || _text[i] != '(')
        {
            // Not a well-formed raw string: treat it as an ordinary literal.
            SkipQuoted('"');
            return;
        }

        var delimiterStart = open + 1;
        var delimiterLength = i - delimiterStart;
        i++;
        while (i < _end)
        {
            var c = _text[i];
            if (c == '\n')
            {
                NewLine(i);
            }
            else if (c == ')' && i + delimiterLength + 1 < _end + 1 && MatchesDelimiter(i + 1, delimiterStart, delimiterLength))
            {
                _position = i + 1 + delimiterLength + 1;
                return;
            }

            i++;
        }

        _position = _end;
    }

    private bool MatchesDelimiter(int at, int delimiterStart, int delimiterLength)
    {
        if (at + delimiterLength >= _end)
        {
            return false;
        }

        for (var k = 0; k < delimiterLength; k++)
        {
            if (_text[at + k] != _text[delimiterStart + k])
            {
                return false;
            }
        }

        return _text[at + delimiterLength] == '"';
    }

    private void SkipNumber()
    {
        // pp-number: digits, letters, '.', digit separators and exponent signs.
        _position++;
        while (_position < _end)
        {
            var c = _text[_position];
            if (IsIdentifierPart(c) || c == '.')
            {
                _position++;
            }
            else if (c == '\'' && _position + 1 < _end && IsIdentifierPart(_text[_position + 1]))
            {
                _position++;
            }
            else if ((c == '+' || c == '-') && IsExponent(_text[_position - 1]))
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsExponent(char c) => c == 'e' || c == 'E' || c == 'p' || c == 'P';

    private void SkipDirective()
    {
        // The directive runs to the end of the line, across line continuations and block comments.
        while (_position < _end)
        {
            var c = _text[_position];
            if (c == '\n')
            {
                return;
            }

            if (c == '\\' && IsLineContinuation(_position))
            {
                SkipLineContinuation();
                continue;
            }

            if (c == '/' && _position + 1 < _end && _text[_position + 1] == '*')
            {
                SkipBlockComment();
                continue;
            }

            if (c == '/' && _position + 1 < _end && _text[_position + 1] == '/')
            {
                SkipLineComment();
                return;
            }

            if (c == '"' || c == '\'')
            {
                SkipQuoted(c);
                continue;
            }

            _position++;
        }
    }
}
