using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// The file pass's view of function bodies: while a function with one string parameter (or a subscription handler's
/// head: <see cref="HandlerHead.EventDataParameter"/>) is open, keeps its active
/// tokens (preprocessor-inactive lines are never seen), and reads them with <see cref="HandlerBodyReader"/> when the
/// body closes. Which functions are handlers is decided later, across files.
/// </summary>
internal sealed class HandlerCollector
{
    private const string OptOutMarker = "@particle-arg";

    private readonly string _path;
    private readonly string _text;
    private readonly List<HandlerShape> _shapes = new();
    private readonly List<FirmwareToken> _tokens = new();
    private string? _key;
    private string? _parameter;
    private HandlerParameterKind _kind;
    private int _depth = -1;
    private int _headStart;
    private int _line;

    public HandlerCollector(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>Every body read so far, in source order.</summary>
    public EquatableArray<HandlerShape> Shapes => new(_shapes);

    /// <summary>A function body opens at scope depth <paramref name="depth"/>; <paramref name="head"/> is its head.</summary>
    public void Enter(TokenRange head, string? key, int depth)
    {
        if (_depth >= 0 || key is null || head.IsEmpty)
        {
            return;
        }

        var kind = HandlerParameterKind.FunctionArgument;
        if ((HandlerHead.StringParameter(head) ?? HandlerHead.EventDataParameter(head, out kind)) is not { } parameter)
        {
            return;
        }

        _kind = kind;

        _key = key;
        _parameter = parameter;
        _depth = depth;
        _headStart = head[head.Start].Start;
        _line = head[head.Start].Line;
        _tokens.Clear();
    }

    /// <summary>An active token: kept while a candidate body is open (bounded).</summary>
    public void Take(FirmwareToken token)
    {
        if (_depth >= 0 && _tokens.Count <= ReaderLimits.MaxHandlerTokens)
        {
            _tokens.Add(token);
        }
    }

    /// <summary>A block at <paramref name="depth"/> closed (its <c>}</c> was the last token taken).</summary>
    public void Leave(int depth)
    {
        if (_depth < 0 || depth != _depth)
        {
            return;
        }

        var count = _tokens.Count;
        if (count > 0 && _tokens[count - 1].Kind == FirmwareTokenKind.Punctuator && _text[_tokens[count - 1].Start] == '}')
        {
            count--;
        }

        var end = count > 0 ? _tokens[count - 1].End : _headStart;
        var body = new TokenRange(_text, _tokens, 0, count);
        _shapes.Add(HandlerBodyReader.Read(body, _parameter!, _key!, _path, _line, HasOptOut(_text, _headStart, end), _kind));
        _depth = -1;
        _tokens.Clear();
    }

    /// <summary>
    /// True when a <c>// @particle-arg string</c> comment sits in the body or right before the head (after the previous
    /// declaration's <c>;</c> or <c>}</c>).
    /// </summary>
    internal static bool HasOptOut(string text, int headStart, int bodyEnd)
    {
        var from = headStart;
        var floor = System.Math.Max(0, headStart - 2000);
        while (from > floor && text[from - 1] != ';' && text[from - 1] != '}' && text[from - 1] != '{')
        {
            from--;
        }

        var at = text.IndexOf(OptOutMarker, from, System.Math.Max(0, System.Math.Min(text.Length, bodyEnd) - from), System.StringComparison.Ordinal);
        while (at >= 0)
        {
            var next = at + OptOutMarker.Length;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (string.CompareOrdinal(text, next, "string", 0, 6) == 0)
            {
                return true;
            }

            at = next < bodyEnd ? text.IndexOf(OptOutMarker, next, System.Math.Max(0, bodyEnd - next), System.StringComparison.Ordinal) : -1;
        }

        return false;
    }
}
