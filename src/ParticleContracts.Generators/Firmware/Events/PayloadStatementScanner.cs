using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Preprocessor;
using ParticleContracts.Generators.Firmware.Scanning;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// Records the statements that build event payloads (<see cref="PayloadStatement"/>): <c>snprintf</c>/<c>sprintf</c>
/// into a buffer, <c>x = String::format(...)</c>, member-call chains on a named object
/// (<c>writer.beginObject().name("t").value(t)</c>, <c>data.set("t", t)</c>, <c>ev.name("x")</c>, <c>map["k"] = v</c>),
/// declarations of <c>Variant</c>/<c>EventData</c>/<c>JSONBufferWriter</c>/<c>CloudEvent</c> objects, and one rate
/// guard per function (<c>millis()</c>, <c>delay()</c>, ...). Each record carries its branch (the conditional blocks and
/// unbraced <c>if</c>/<c>else</c>/loop statements around it, kept as a stack of paths that mirrors the scope stack) and its
/// undecided <c>#if</c> conditions; a publish under a branch or condition gets a <see cref="PayloadStatementKind.Publish"/>
/// record, so the events stage can tell which fields are written only on some paths. Recognition is by shape only; the events stage decides
/// which records belong to which publish. One pass per statement, linear in its length: brackets are matched once per
/// statement (only when a candidate needs it), and a token that starts nothing allocates nothing.
/// </summary>
internal sealed class PayloadStatementScanner
{
    private static readonly string[] PayloadTypes = { "Variant", "VariantMap", "VariantArray", "EventData", "JSONBufferWriter", "JSONStringWriter", "CloudEvent" };
    private static readonly string[] ChainMembers = { "set", "append", "name", "value", "data", "contentType", "beginObject", "endObject", "beginArray", "endArray" };
    private static readonly string[] GuardCalls = { "millis", "delay", "waitFor", "waitUntil", "now", "sleep", "millis64" };
    private static readonly string[] BranchWords = { "if", "else", "switch", "while", "for" };

    private readonly string _path;
    private readonly List<PayloadStatement> _statements;
    private readonly StatementScanner _tokens;
    private readonly ConditionalStack _conditions;
    private readonly List<string> _branches = new() { string.Empty };
    private int _branchCount;
    private string? _statementBranch;
    private readonly List<int> _open = new();
    private int[] _closes = new int[64];
    private bool _closesReady;
    private string? _guardedFunction;

    public PayloadStatementScanner(string path, List<PayloadStatement> statements, StatementScanner tokens, ConditionalStack conditions)
    {
        _path = path;
        _statements = statements;
        _tokens = tokens;
        _conditions = conditions;
    }

    /// <summary>A block opens after <paramref name="head"/>: an <c>if</c>/<c>else</c>/<c>switch</c>/loop body is a new branch.</summary>
    public void Enter(TokenRange head)
    {
        var parent = _branches[_branches.Count - 1];
        _branches.Add(!head.IsEmpty && IsAny(head, head.Start, BranchWords) ? NewBranch(parent, "/b") : parent);
    }

    /// <summary>The innermost block closed.</summary>
    public void Leave()
    {
        if (_branches.Count > 1)
        {
            _branches.RemoveAt(_branches.Count - 1);
        }
    }

    /// <summary>Adds the payload statements of <paramref name="statement"/>, in source order.</summary>
    public void Scan(TokenRange statement, string? function, string? className)
    {
        _closesReady = false;
        _statementBranch = null;
        for (var i = statement.Start; i < statement.End; i++)
        {
            if (statement[i].Kind != FirmwareTokenKind.Identifier)
            {
                continue;
            }

            if (function is not null && function != _guardedFunction && statement.Punct(i + 1, "(") && IsAny(statement, i, GuardCalls))
            {
                _guardedFunction = function;
                Add(PayloadStatementKind.RateGuard, string.Empty, statement.Get(i), EquatableArray<SiteArgument>.Empty, function, className, statement, i, i);
            }

            if (IsMemberAccess(statement, i))
            {
                continue;
            }

            if ((statement.Word(i, "Particle") || statement.Word(i, "Spark")) && statement.Punct(i + 1, ".") && statement.Word(i + 2, "publish") && statement.Punct(i + 3, "("))
            {
                AddPublish(statement, i, function, className);
                continue;
            }

            var next = TryFormat(statement, i, function, className)
                ?? TryDeclaration(statement, i, function, className)
                ?? TryChain(statement, i, function, className);
            if (next is { } resume)
            {
                i = resume;
            }
        }
    }

    /// <summary><c>snprintf(buf, size, fmt, ...)</c>, <c>sprintf(buf, fmt, ...)</c>, <c>x = String::format(fmt, ...)</c>.</summary>
    private int? TryFormat(TokenRange statement, int i, string? function, string? className)
    {
        var isSnprintf = statement.Word(i, "snprintf");
        if ((isSnprintf || statement.Word(i, "sprintf")) && statement.Punct(i + 1, "(") && i + 1 < statement.End)
        {
            var close = Close(statement, i + 1);
            if (close < 0 || close >= statement.End)
            {
                return null;
            }

            var parts = statement.Sub(i + 2, close).SplitTopLevel();
            var skip = isSnprintf ? 2 : 1;
            if (parts.Count <= skip || parts[0].IsEmpty)
            {
                return close;
            }

            Add(PayloadStatementKind.Format, parts[0].Join(), statement.Get(i), Arguments(parts, skip), function, className, statement, i, close);
            return close;
        }

        if (statement.Word(i, "String") && statement.Punct(i + 1, "::") && statement.Word(i + 2, "format") && statement.Punct(i + 3, "(")
            && i >= statement.Start + 2 && statement.Punct(i - 1, "=") && statement.IsKind(i - 2, FirmwareTokenKind.Identifier) && i + 3 < statement.End)
        {
            var close = Close(statement, i + 3);
            if (close < 0 || close >= statement.End)
            {
                return null;
            }

            var parts = statement.Sub(i + 4, close).SplitTopLevel();
            Add(PayloadStatementKind.Format, statement.Get(i - 2), "String::format", Arguments(parts, 0), function, className, statement, i - 2, close);
            return close;
        }

        return null;
    }

    /// <summary><c>Type name(args)</c>, <c>Type name{items}</c>, <c>Type name = {items}</c>, <c>Type name = value</c>, <c>Type name;</c>.</summary>
    private int? TryDeclaration(TokenRange statement, int i, string? function, string? className)
    {
        if (!statement.IsKind(i + 1, FirmwareTokenKind.Identifier) || i + 1 >= statement.End || !IsAny(statement, i, PayloadTypes))
        {
            return null;
        }

        var type = statement.Get(i);
        var name = statement.Get(i + 1);
        var open = i + 2;
        if (open >= statement.End || statement.Punct(open, ";") || statement.Punct(open, ","))
        {
            Add(PayloadStatementKind.Declaration, name, type, EquatableArray<SiteArgument>.Empty, function, className, statement, i, i + 1);
            return i + 1;
        }

        if (statement.Punct(open, "=") && !statement.Punct(open + 1, "{"))
        {
            var value = statement.Sub(open + 1, statement.End);
            var items = value.IsEmpty ? new List<TokenRange>() : new List<TokenRange> { value };
            Add(PayloadStatementKind.Declaration, name, type, Arguments(items, 0), function, className, statement, i, statement.End - 1);
            return statement.End - 1;
        }

        if (statement.Punct(open, "="))
        {
            open++;
        }

        if (!(statement.Punct(open, "(") || statement.Punct(open, "{")) || open >= statement.End)
        {
            return null;
        }

        var close = Close(statement, open);
        if (close < 0 || close >= statement.End)
        {
            return null;
        }

        var parts = close > open + 1 ? statement.Sub(open + 1, close).SplitTopLevel() : new List<TokenRange>();
        Add(PayloadStatementKind.Declaration, name, type, Arguments(parts, 0), function, className, statement, i, close);
        return close;
    }

    /// <summary><c>target.member(args).member(args)...</c> (the members in <see cref="ChainMembers"/>) and <c>target["k"] = v</c>.</summary>
    private int? TryChain(TokenRange statement, int i, string? function, string? className)
    {
        if (!statement.Punct(i + 1, "[") && !statement.Punct(i + 1, "."))
        {
            return null;
        }

        string? target = null;
        if (statement.Punct(i + 1, "[") && statement.IsKind(i + 2, FirmwareTokenKind.String) && statement.Punct(i + 3, "]") && statement.Punct(i + 4, "=") && i + 5 < statement.End)
        {
            var key = statement.Sub(i + 2, i + 3);
            var value = statement.Sub(i + 5, statement.End);
            Add(PayloadStatementKind.MemberCall, statement.Get(i), "set", Arguments(new List<TokenRange> { key, value }, 0), function, className, statement, i, statement.End - 1);
            return statement.End - 1;
        }

        var j = i + 1;
        var recorded = false;
        while (j + 2 < statement.End && statement.Punct(j, ".") && statement.IsKind(j + 1, FirmwareTokenKind.Identifier) && statement.Punct(j + 2, "("))
        {
            var close = Close(statement, j + 2);
            if (close < 0 || close >= statement.End)
            {
                break;
            }

            if (IsAny(statement, j + 1, ChainMembers))
            {
                var member = statement.Get(j + 1);
                var parts = close > j + 3 ? statement.Sub(j + 3, close).SplitTopLevel() : new List<TokenRange>();
                target ??= statement.Get(i);
                Add(PayloadStatementKind.MemberCall, target, member, Arguments(parts, 0), function, className, statement, i, close);
                recorded = true;
            }

            j = close + 1;
        }

        return recorded ? j - 1 : null;
    }

    private EquatableArray<SiteArgument> Arguments(List<TokenRange> parts, int skip)
    {
        var arguments = new List<SiteArgument>(parts.Count);
        for (var k = skip; k < parts.Count; k++)
        {
            var part = parts[k];
            if (part.IsEmpty)
            {
                continue;
            }

            arguments.Add(new SiteArgument(part.Slice(), TokenLocation.Span(_path, part[part.Start], part[part.End - 1])));
        }

        return arguments.ToEquatableArray();
    }

    private void Add(PayloadStatementKind kind, string target, string member, EquatableArray<SiteArgument> arguments, string? function, string? className, TokenRange statement, int first, int last) =>
        _statements.Add(new PayloadStatement(kind, target, member, arguments, function, className, TokenLocation.Span(_path, statement[first], statement[last]), Branch(statement), _conditions.Snapshot(_tokens.ConditionAt(first))));

    /// <summary>A publish under a branch or an undecided condition; one at the top of its function needs no record.</summary>
    private void AddPublish(TokenRange statement, int i, string? function, string? className)
    {
        var conditions = _conditions.Snapshot(_tokens.ConditionAt(i));
        var branch = Branch(statement);
        if (branch.Length > 0 || !conditions.IsEmpty)
        {
            _statements.Add(new PayloadStatement(PayloadStatementKind.Publish, statement.Get(i), "publish", EquatableArray<SiteArgument>.Empty, function, className, TokenLocation.Span(_path, statement[i], statement[i]), branch, conditions));
        }
    }

    /// <summary>The branch of the current statement: the block's, plus a statement branch for an unbraced <c>if</c>/<c>else</c>/loop.</summary>
    private string Branch(TokenRange statement)
    {
        if (_statementBranch is null)
        {
            var block = _branches[_branches.Count - 1];
            _statementBranch = !statement.IsEmpty && IsAny(statement, statement.Start, BranchWords) ? NewBranch(block, "/s") : block;
        }

        return _statementBranch;
    }

    private string NewBranch(string parent, string kind) => parent + kind + (++_branchCount).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The index of the bracket closing the one at <paramref name="open"/>, or -1: one stack pass per statement.</summary>
    private int Close(TokenRange statement, int open)
    {
        if (!_closesReady)
        {
            MatchBrackets(statement);
        }

        return open >= statement.Start && open < statement.End ? _closes[open - statement.Start] : -1;
    }

    private void MatchBrackets(TokenRange statement)
    {
        _closesReady = true;
        if (_closes.Length < statement.Length)
        {
            _closes = new int[System.Math.Max(statement.Length, _closes.Length * 2)];
        }

        _open.Clear();
        for (var k = statement.Start; k < statement.End; k++)
        {
            _closes[k - statement.Start] = -1;
            var delta = TokenText.BracketDelta(statement.Text, statement[k]);
            if (delta > 0)
            {
                _open.Add(k);
            }
            else if (delta < 0 && _open.Count > 0)
            {
                _closes[_open[_open.Count - 1] - statement.Start] = k;
                _open.RemoveAt(_open.Count - 1);
            }
        }
    }

    private static bool IsAny(TokenRange statement, int i, string[] words)
    {
        foreach (var word in words)
        {
            if (statement.Word(i, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMemberAccess(TokenRange statement, int i) =>
        i > statement.Start && (statement.Punct(i - 1, ".") || statement.Punct(i - 1, "->") || statement.Punct(i - 1, "::"));
}
