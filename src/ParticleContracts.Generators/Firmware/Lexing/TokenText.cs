using System.Collections.Generic;
using System.Text;

namespace ParticleContracts.Generators.Firmware.Lexing;

/// <summary>Small, allocation-conscious queries over tokens that index into a text.</summary>
internal static class TokenText
{
    public static bool Is(string text, FirmwareToken token, string value)
        => token.Length == value.Length && string.CompareOrdinal(text, token.Start, value, 0, value.Length) == 0;

    public static bool IsPunct(string text, FirmwareToken token, string value)
        => token.Kind == FirmwareTokenKind.Punctuator && Is(text, token, value);

    public static bool IsWord(string text, FirmwareToken token, string value)
        => token.Kind == FirmwareTokenKind.Identifier && Is(text, token, value);

    public static string Get(string text, FirmwareToken token) => text.Substring(token.Start, token.Length);

    /// <summary>The source text from the first to the last token of a range (comments inside are kept).</summary>
    public static string Slice(TokenRange range)
    {
        if (range.IsEmpty)
        {
            return string.Empty;
        }

        var first = range[range.Start];
        var last = range[range.End - 1];
        return range.Text.Substring(first.Start, last.End - first.Start);
    }

    private static bool IsWordLike(FirmwareTokenKind kind) => kind is FirmwareTokenKind.Identifier or FirmwareTokenKind.Number;

    /// <summary>
    /// Joins tokens into normalized C++ text: one space between words (<c>unsigned int</c>, <c>const char</c>)
    /// and after pointer/reference marks before a word (<c>char* const</c>), none elsewhere (<c>const char*</c>,
    /// <c>std::function&lt;int(String)&gt;</c>).
    /// </summary>
    public static string Join(TokenRange range)
    {
        if (range.IsEmpty)
        {
            return string.Empty;
        }

        if (range.Length == 1)
        {
            var only = range[range.Start];
            return StringBuilderPool.Substring(range.Text, only.Start, only.Length);
        }

        var builder = StringBuilderPool.Rent();
        AppendJoined(builder, range);
        return StringBuilderPool.ToStringAndReturn(builder);
    }

    public static void AppendJoined(StringBuilder builder, TokenRange range)
    {
        var text = range.Text;
        var tokens = range.Tokens;
        var start = range.Start;
        var end = range.End;
        FirmwareToken previous = default;
        var hasPrevious = builder.Length > 0;
        var previousIsWord = hasPrevious && FirmwareLexer.IsIdentifierPart(builder[builder.Length - 1]);
        var previousIsPointer = hasPrevious && (builder[builder.Length - 1] == '*' || builder[builder.Length - 1] == '&');
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == FirmwareTokenKind.Directive)
            {
                continue;
            }

            var isWord = IsWordLike(token.Kind);
            var isQualifier = isWord && (Is(text, token, "const") || Is(text, token, "volatile"));
            if (hasPrevious && isWord && (previousIsWord || (previousIsPointer && isQualifier)))
            {
                builder.Append(' ');
            }

            builder.Append(text, token.Start, token.Length);
            previous = token;
            hasPrevious = true;
            previousIsWord = isWord;
            previousIsPointer = token.Kind == FirmwareTokenKind.Punctuator && (IsPointerMark(text, token));
        }
    }

    private static bool IsPointerMark(string text, FirmwareToken token)
    {
        var c = text[token.Start];
        return c == '*' || c == '&';
    }

    /// <summary>Lexes a whole text into a list (used on short texts: arguments, initializers, macro values).</summary>
    public static List<FirmwareToken> Lex(string text)
    {
        var tokens = new List<FirmwareToken>();
        var lexer = new FirmwareLexer(text);
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == FirmwareTokenKind.EndOfFile)
            {
                return tokens;
            }

            if (token.Kind != FirmwareTokenKind.Directive)
            {
                tokens.Add(token);
            }
        }
    }

    /// <summary>+1 for an opening <c>( [ {</c>, -1 for a closing <c>) ] }</c>, 0 for any other token.</summary>
    public static int BracketDelta(string text, FirmwareToken token)
    {
        if (token.Kind != FirmwareTokenKind.Punctuator || token.Length != 1)
        {
            return 0;
        }

        return text[token.Start] switch
        {
            '(' or '[' or '{' => 1,
            ')' or ']' or '}' => -1,
            _ => 0,
        };
    }

    /// <summary>True for a <c>,</c> punctuator.</summary>
    public static bool IsComma(string text, FirmwareToken token) =>
        token.Kind == FirmwareTokenKind.Punctuator && token.Length == 1 && text[token.Start] == ',';

    /// <summary>The index of the token closing the bracket at the range's first token, or -1.</summary>
    public static int FindClosing(TokenRange range)
    {
        var text = range.Text;
        var tokens = range.Tokens;
        var open = range.Start;
        var end = range.End;
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            var delta = BracketDelta(text, tokens[i]);
            depth += delta;
            if (delta < 0 && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the <c>&gt;</c> closing a template argument list opened at the range's first token, or -1.</summary>
    public static int FindTemplateClosing(TokenRange range)
    {
        var text = range.Text;
        var tokens = range.Tokens;
        var open = range.Start;
        var end = range.End;
        var angle = 0;
        var paren = 0;
        for (var i = open; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != FirmwareTokenKind.Punctuator)
            {
                continue;
            }

            if (token.Length != 1)
            {
                if (Is(text, token, ">=") && paren == 0 && angle == 1)
                {
                    return -1;
                }

                continue;
            }

            switch (text[token.Start])
            {
                case '<':
                    if (paren == 0)
                    {
                        angle++;
                    }

                    break;
                case '>':
                    if (paren == 0 && --angle == 0)
                    {
                        return i;
                    }

                    break;
                case '(':
                case '[':
                    paren++;
                    break;
                case ')':
                case ']':
                    if (--paren < 0)
                    {
                        return -1;
                    }

                    break;
                case ';':
                case '{':
                case '}':
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>Splits a range at top-level commas.</summary>
    public static List<TokenRange> SplitTopLevel(TokenRange range)
    {
        var text = range.Text;
        var tokens = range.Tokens;
        var start = range.Start;
        var end = range.End;
        var parts = new List<TokenRange>();
        var depth = 0;
        var partStart = start;
        for (var i = start; i < end; i++)
        {
            var delta = BracketDelta(text, tokens[i]);
            depth += delta;
            if (delta == 0 && depth == 0 && IsComma(text, tokens[i]))
            {
                parts.Add(range.Sub(partStart, i));
                partStart = i + 1;
            }
        }

        if (partStart < end || parts.Count > 0)
        {
            parts.Add(range.Sub(partStart, end));
        }

        return parts;
    }
}
