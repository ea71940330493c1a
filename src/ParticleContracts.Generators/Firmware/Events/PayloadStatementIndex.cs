using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// The <see cref="PayloadStatement"/>s of one contract by target, with the lookups the events stage needs. A statement
/// of the publish's own function wins over one elsewhere, and within it the last one before the publish.
/// </summary>
internal sealed class PayloadStatementIndex
{
    private static readonly List<PayloadStatement> None = new();
    private static readonly string[] WriterTypes = { "JSONBufferWriter", "JSONStringWriter" };

    private readonly Dictionary<string, List<PayloadStatement>> _byTarget = new(StringComparer.Ordinal);
    private readonly List<PayloadStatement> _writers = new();
    private readonly HashSet<(string File, string Function)> _guarded = new();
    private readonly Dictionary<(string File, int Offset), PayloadStatement> _branched = new();

    public PayloadStatementIndex(IEnumerable<PayloadStatement> statements)
    {
        foreach (var statement in statements)
        {
            if (statement.Kind == PayloadStatementKind.RateGuard)
            {
                _guarded.Add((statement.Location.File, statement.EnclosingFunction ?? string.Empty));
                continue;
            }

            if (statement.Branch.Length > 0 || !statement.Conditions.IsEmpty)
            {
                _branched[(statement.Location.File, statement.Location.Start)] = statement;
            }

            if (statement.Kind == PayloadStatementKind.Publish)
            {
                continue;
            }

            if (!_byTarget.TryGetValue(statement.Target, out var list))
            {
                list = new List<PayloadStatement>();
                _byTarget.Add(statement.Target, list);
            }

            list.Add(statement);
            if (statement.Kind == PayloadStatementKind.Declaration && Contains(WriterTypes, statement.Member))
            {
                _writers.Add(statement);
            }
        }
    }

    /// <summary>True when the function <paramref name="function"/> of <paramref name="file"/> has a rate guard.</summary>
    public bool IsRateGuarded(string file, string function) => _guarded.Contains((file, function));

    /// <summary>
    /// True when <paramref name="statement"/> may not run when the publish (or <c>ev.data(...)</c>) at
    /// <paramref name="context"/> does (<see cref="PayloadStatement.IsConditionalRelativeTo"/>).
    /// </summary>
    public bool IsConditional(PayloadStatement statement, ExpressionContext context)
    {
        if (statement.Branch.Length == 0 && statement.Conditions.IsEmpty)
        {
            return false;
        }

        return _branched.TryGetValue((context.File, context.Offset), out var anchor)
            ? statement.IsConditionalRelativeTo(anchor.Branch, anchor.Conditions)
            : statement.IsConditionalRelativeTo(string.Empty, EquatableArray<string>.Empty);
    }

    /// <summary>The formatting statement that last filled <paramref name="target"/> before the publish, or null.</summary>
    public PayloadStatement? LastFormat(string target, ExpressionContext context) =>
        Best(Of(target), context, static statement => statement.Kind == PayloadStatementKind.Format);

    /// <summary>The declaration of <paramref name="target"/> as one of <paramref name="types"/>, or null.</summary>
    public PayloadStatement? Declared(string target, ExpressionContext context, string[] types) =>
        Best(Of(target), context, statement => statement.Kind == PayloadStatementKind.Declaration && Contains(types, statement.Member));

    /// <summary>The JSON writer declared over the buffer <paramref name="buffer"/> (<c>JSONBufferWriter w(buffer, size)</c>), or null.</summary>
    public string? WriterOf(string buffer, ExpressionContext context) =>
        Best(_writers, context, statement => statement.Arguments.Count > 0 && statement.Arguments[0].Text.Replace(" ", string.Empty) == buffer)?.Target;

    /// <summary>The member calls on <paramref name="target"/>: those of the publish's function when it has any, else all, in source order.</summary>
    public List<PayloadStatement> Calls(string target, ExpressionContext context)
    {
        var all = new List<PayloadStatement>();
        var local = new List<PayloadStatement>();
        foreach (var statement in Of(target))
        {
            if (statement.Kind != PayloadStatementKind.MemberCall)
            {
                continue;
            }

            all.Add(statement);
            if (statement.EnclosingFunction == context.Function && statement.Location.File == context.File)
            {
                local.Add(statement);
            }
        }

        return local.Count > 0 ? local : all;
    }

    /// <summary>Every member call <c>target.member(...)</c> in the contract, in source order.</summary>
    public List<PayloadStatement> AllCalls(string target, string member)
    {
        var calls = new List<PayloadStatement>();
        foreach (var statement in Of(target))
        {
            if (statement.Kind == PayloadStatementKind.MemberCall && statement.Member == member)
            {
                calls.Add(statement);
            }
        }

        return calls;
    }

    private List<PayloadStatement> Of(string target) => _byTarget.TryGetValue(target, out var list) ? list : None;

    /// <summary>The last match before the publish in its function, else the last in its function, else the last anywhere.</summary>
    private static PayloadStatement? Best(List<PayloadStatement> statements, ExpressionContext context, Func<PayloadStatement, bool> matches)
    {
        PayloadStatement? before = null;
        PayloadStatement? sameFunction = null;
        PayloadStatement? anywhere = null;
        foreach (var statement in statements)
        {
            if (!matches(statement))
            {
                continue;
            }

            anywhere = statement;
            if (statement.EnclosingFunction != context.Function || statement.Location.File != context.File)
            {
                continue;
            }

            sameFunction = statement;
            if (statement.Location.Start < context.Offset)
            {
                before = statement;
            }
        }

        return before ?? sameFunction ?? anywhere;
    }

    private static bool Contains(string[] values, string value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }
}
