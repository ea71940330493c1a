using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>What a token did to the statement being collected.</summary>
internal enum StatementBreak
{
    /// <summary>The token was added to the statement.</summary>
    None,

    /// <summary>A top-level <c>;</c> ended the statement (the token is not part of it).</summary>
    End,

    /// <summary>A block's <c>{</c> ended the statement as its head (the token is not part of it).</summary>
    OpenBlock,

    /// <summary>A block's <c>}</c> (the token is not part of the statement).</summary>
    CloseBlock,
}

/// <summary>
/// Splits the active tokens into statements. Statements end at <c>;</c> (outside parentheses and expression braces),
/// at a block's <c>{</c> and at <c>}</c>; only the current statement is buffered.
/// </summary>
internal sealed class StatementScanner
{
    [System.ThreadStatic]
    private static List<FirmwareToken>? _cachedTokens;

    private readonly string _text;
    private readonly List<FirmwareToken> _tokens = TakeCachedTokens();
    private readonly List<int> _tokenConditions = new();
    private int _parenDepth;
    private int _expressionBraceDepth;
    private bool _topLevelEquals;
    private bool _topLevelArrow;

    public StatementScanner(string text) => _text = text;

    /// <summary>The statement collected so far.</summary>
    public TokenRange Statement => new(_text, _tokens, 0, _tokens.Count);

    /// <summary>The number of tokens collected so far.</summary>
    public int Count => _tokens.Count;

    /// <summary>The conditional-snapshot index that was current when token <paramref name="index"/> was read.</summary>
    public int ConditionAt(int index) => _tokenConditions[index];

    private static List<FirmwareToken> TakeCachedTokens()
    {
        var tokens = _cachedTokens ?? new List<FirmwareToken>(256);
        _cachedTokens = null;
        tokens.Clear();
        return tokens;
    }

    /// <summary>Adds an active token read under <paramref name="conditionSnapshot"/>; says whether it broke the statement.</summary>
    public StatementBreak Add(FirmwareToken token, int conditionSnapshot)
    {
        if (token.Kind == FirmwareTokenKind.Punctuator && token.Length == 1)
        {
            switch (_text[token.Start])
            {
                case '(':
                case '[':
                    _parenDepth++;
                    break;
                case ')':
                case ']':
                    if (_parenDepth > 0)
                    {
                        _parenDepth--;
                    }

                    break;
                case '{':
                    if (_parenDepth > 0 || _expressionBraceDepth > 0 || IsExpressionBrace())
                    {
                        _expressionBraceDepth++;
                        break;
                    }

                    return StatementBreak.OpenBlock;
                case '}':
                    if (_expressionBraceDepth > 0)
                    {
                        _expressionBraceDepth--;
                        break;
                    }

                    return StatementBreak.CloseBlock;
                case ';':
                    if (_parenDepth == 0 && _expressionBraceDepth == 0)
                    {
                        return StatementBreak.End;
                    }

                    break;
                case '=':
                    if (_parenDepth == 0 && _expressionBraceDepth == 0)
                    {
                        _topLevelEquals = true;
                    }

                    break;
            }
        }
        else if (token.Kind == FirmwareTokenKind.Punctuator && _parenDepth == 0 && _expressionBraceDepth == 0 && TokenText.Is(_text, token, "->"))
        {
            _topLevelArrow = true;
        }

        _tokens.Add(token);
        _tokenConditions.Add(conditionSnapshot);
        return StatementBreak.None;
    }

    /// <summary>Starts the next statement.</summary>
    public void Clear()
    {
        _tokens.Clear();
        _tokenConditions.Clear();
        _parenDepth = 0;
        _expressionBraceDepth = 0;
        _topLevelEquals = false;
        _topLevelArrow = false;
    }

    /// <summary>Hands the statement buffer to the next file parsed on this thread (large statements grow it once).</summary>
    public void Release()
    {
        _tokens.Clear();
        if (_tokens.Capacity <= 1 << 16)
        {
            _cachedTokens = _tokens;
        }
    }

    private bool Word(int i, string value) => i < _tokens.Count && TokenText.IsWord(_text, _tokens[i], value);

    /// <summary>A <c>{</c> that starts an initializer or a lambda body rather than a block.</summary>
    private bool IsExpressionBrace()
    {
        var count = _tokens.Count;
        if (count == 0)
        {
            return false;
        }

        if (_topLevelEquals || Word(0, "return"))
        {
            return true;
        }

        var last = _tokens[count - 1];
        var lastIsName = last.Kind == FirmwareTokenKind.Identifier;
        if (!lastIsName && !TokenText.IsPunct(_text, last, ">"))
        {
            return false;
        }

        if (lastIsName && IsBlockKeyword(count - 1))
        {
            return false;
        }

        if (_topLevelArrow)
        {
            return false;
        }

        var first = StatementPrefix.Skip(Statement, out _);
        if (first >= count)
        {
            return false;
        }

        return !(Word(first, "class") || Word(first, "struct") || Word(first, "union") || Word(first, "enum")
            || Word(first, "namespace") || Word(first, "extern") || Word(first, "typedef"));
    }

    private bool IsBlockKeyword(int i)
        => Word(i, "else") || Word(i, "do") || Word(i, "try") || Word(i, "const") || Word(i, "override") || Word(i, "final")
        || Word(i, "noexcept") || Word(i, "mutable") || Word(i, "volatile") || Word(i, "namespace");
}
