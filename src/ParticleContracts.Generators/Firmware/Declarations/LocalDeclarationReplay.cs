using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>A statement's text range, kept to be re-lexed only if its declarations turn out to matter.</summary>
internal readonly struct PendingStatement
{
    public PendingStatement(int start, int end, int line, int lineStart, string? scopeName)
    {
        Start = start;
        End = end;
        Line = line;
        LineStart = lineStart;
        ScopeName = scopeName;
    }

    public int Start { get; }

    public int End { get; }

    public int Line { get; }

    public int LineStart { get; }

    /// <summary>The enclosing function key (body statements) or the head's scope name (function heads).</summary>
    public string? ScopeName { get; }

    /// <summary>The text range of <paramref name="statement"/> (which has at least one token).</summary>
    public static PendingStatement Of(TokenRange statement, string? scopeName)
    {
        var first = statement[statement.Start];
        return new PendingStatement(first.Start, statement[statement.End - 1].End, first.Line, first.Start - (first.Column - 1), scopeName);
    }
}

/// <summary>
/// Locals matter only in functions that register something: a function's local statements are kept as text ranges
/// and recognized as declarations (with the function's parameters) only when the function turns out to register.
/// </summary>
internal sealed class LocalDeclarationReplay
{
    private readonly string _text;
    private readonly DeclarationRecognizer _recognizer;
    private readonly List<PendingStatement> _pending = new();
    private readonly List<FirmwareToken> _replayTokens = new();

    public LocalDeclarationReplay(string text, DeclarationRecognizer recognizer)
    {
        _text = text;
        _recognizer = recognizer;
    }

    /// <summary>The number of statements kept so far.</summary>
    public int Count => _pending.Count;

    /// <summary>Keeps a local statement of the function <paramref name="functionKey"/>.</summary>
    public void Defer(TokenRange statement, string? functionKey) => _pending.Add(PendingStatement.Of(statement, functionKey));

    /// <summary>Leaves a function body: replays it when it registered something, then forgets its statements.</summary>
    public void LeaveFunction(ScopeFrame frame, int siteCount)
    {
        if (siteCount > frame.SitesAtEntry)
        {
            var parentName = frame.HeadScope == StatementScope.File ? null : frame.Head.ScopeName;
            if (Replay(frame.Head))
            {
                _recognizer.ParametersOnly = true;
                _recognizer.Recognize(ReplayedStatement, frame.HeadScope, parentName, opensBlock: true);
                _recognizer.ParametersOnly = false;
            }

            for (var i = frame.PendingAtEntry; i < _pending.Count; i++)
            {
                if (Replay(_pending[i]))
                {
                    _recognizer.Recognize(ReplayedStatement, StatementScope.Function, _pending[i].ScopeName, opensBlock: false);
                }
            }
        }

        if (frame.PendingAtEntry < _pending.Count)
        {
            _pending.RemoveRange(frame.PendingAtEntry, _pending.Count - frame.PendingAtEntry);
        }
    }

    private TokenRange ReplayedStatement => new(_text, _replayTokens, 0, _replayTokens.Count);

    private bool Replay(PendingStatement statement)
    {
        _replayTokens.Clear();
        var lexer = new FirmwareLexer(_text, statement.Start, statement.End, statement.Line, statement.LineStart);
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == FirmwareTokenKind.EndOfFile)
            {
                return _replayTokens.Count > 0;
            }

            if (token.Kind != FirmwareTokenKind.Directive)
            {
                _replayTokens.Add(token);
            }
        }
    }
}
