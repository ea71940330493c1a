using System.Collections.Generic;
using System.Text;

namespace ParticleContracts.Generators.Firmware.Lexing;

/// <summary>
/// The tokens [<see cref="Start"/>, <see cref="End"/>) of a token list, with the text they index into: the one value
/// every reader stage passes around instead of a (text, tokens, start, end) clump. Indexes stay absolute (into
/// <see cref="Tokens"/>), so a sub-range is another view of the same list, never a copy.
/// </summary>
internal readonly struct TokenRange
{
    public TokenRange(string text, IReadOnlyList<FirmwareToken> tokens, int start, int end)
    {
        Text = text;
        Tokens = tokens;
        Start = start;
        End = end;
    }

    /// <summary>The text the tokens index into.</summary>
    public string Text { get; }

    /// <summary>The whole token list (indexes are absolute).</summary>
    public IReadOnlyList<FirmwareToken> Tokens { get; }

    /// <summary>The first token of the range.</summary>
    public int Start { get; }

    /// <summary>One past the last token of the range.</summary>
    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public FirmwareToken this[int index] => Tokens[index];

    /// <summary>Lexes a whole (short) text: arguments, initializers, macro values.</summary>
    public static TokenRange Lex(string text)
    {
        var tokens = TokenText.Lex(text);
        return new TokenRange(text, tokens, 0, tokens.Count);
    }

    /// <summary>The same list and text, tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public TokenRange Sub(int start, int end) => new(Text, Tokens, start, end);

    /// <summary>Tokens [<paramref name="start"/>, <see cref="End"/>).</summary>
    public TokenRange From(int start) => new(Text, Tokens, start, End);

    /// <summary>True when token <paramref name="index"/> exists and is the identifier <paramref name="value"/>.</summary>
    public bool Word(int index, string value) => index >= 0 && index < Tokens.Count && TokenText.IsWord(Text, Tokens[index], value);

    /// <summary>True when token <paramref name="index"/> exists and is the punctuator <paramref name="value"/>.</summary>
    public bool Punct(int index, string value) => index >= 0 && index < Tokens.Count && TokenText.IsPunct(Text, Tokens[index], value);

    /// <summary>True when token <paramref name="index"/> exists and has kind <paramref name="kind"/>.</summary>
    public bool IsKind(int index, FirmwareTokenKind kind) => index >= 0 && index < Tokens.Count && Tokens[index].Kind == kind;

    /// <summary>The text of token <paramref name="index"/>.</summary>
    public string Get(int index) => TokenText.Get(Text, Tokens[index]);

    /// <summary>The source text of the range (comments inside are kept).</summary>
    public string Slice() => TokenText.Slice(this);

    /// <summary>The range as normalized C++ text (see <see cref="TokenText.Join"/>).</summary>
    public string Join() => TokenText.Join(this);

    /// <summary>Appends the range as normalized C++ text.</summary>
    public void AppendJoinedTo(StringBuilder builder) => TokenText.AppendJoined(builder, this);

    /// <summary>The index of the token closing the bracket at <paramref name="open"/> within the range, or -1.</summary>
    public int FindClosing(int open) => TokenText.FindClosing(From(open));

    /// <summary>The index of the <c>&gt;</c> closing the template argument list at <paramref name="open"/>, or -1.</summary>
    public int FindTemplateClosing(int open) => TokenText.FindTemplateClosing(From(open));

    /// <summary>The range split at top-level commas.</summary>
    public List<TokenRange> SplitTopLevel() => TokenText.SplitTopLevel(this);
}
