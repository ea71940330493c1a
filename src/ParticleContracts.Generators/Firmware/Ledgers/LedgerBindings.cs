using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Scanning;

namespace ParticleContracts.Generators.Firmware.Ledgers;

/// <summary>
/// Which ledger a use means, across the contract's files: a constant name is itself; a <c>Ledger</c> variable is
/// whatever <c>Particle.ledger(...)</c> (or another variable) was stored in it — in its own function first, then at file
/// scope, then anywhere in the contract; an <c>onSync</c> handler's parameter is the ledger whose <c>onSync</c> names the
/// handler. Following stops after <see cref="MaxHops"/> steps, so cyclic assignments end.
/// </summary>
internal sealed class LedgerBindings
{
    private const int MaxHops = 8;

    private readonly Dictionary<string, DataUse> _byScopedName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataUse> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DataUse> _syncByHandler = new(StringComparer.Ordinal);

    public LedgerBindings(List<DataUse> uses)
    {
        foreach (var use in uses)
        {
            if ((use.Kind == DataUseKind.Ledger || use.Kind == DataUseKind.Bind) && use.Subject is { } subject)
            {
                var scope = use.Kind == DataUseKind.Bind ? use.Detail : use.Scope;
                Remember(_byScopedName, Key(scope, subject), use);
                Remember(_byName, subject, use);
            }
            else if (use.Kind == DataUseKind.Sync && use.Detail is { } handler)
            {
                Remember(_syncByHandler, handler, use);
            }
        }
    }

    /// <summary>The ledger name <paramref name="use"/> means, or null when it is only known at run time or not bound.</summary>
    public string? Resolve(DataUse use)
    {
        var kind = use.ReferenceKind;
        var text = use.Ledger;
        var scope = use.Scope;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            DataUse? target;
            switch (kind)
            {
                case LedgerReferenceKind.Name:
                    return text;
                case LedgerReferenceKind.Variable:
                    target = Find(scope, text);
                    break;
                case LedgerReferenceKind.SyncHandler:
                    _syncByHandler.TryGetValue(text, out target);
                    break;
                default:
                    return null;
            }

            if (target is null)
            {
                return null;
            }

            kind = target.ReferenceKind;
            text = target.Ledger;
            scope = target.Scope;
        }

        return null;
    }

    private DataUse? Find(string? scope, string name)
    {
        if (scope is not null && _byScopedName.TryGetValue(Key(scope, name), out var local))
        {
            return local;
        }

        if (_byScopedName.TryGetValue(Key(null, name), out var global))
        {
            return global;
        }

        return _byName.TryGetValue(name, out var any) ? any : null;
    }

    private static void Remember(Dictionary<string, DataUse> map, string key, DataUse use)
    {
        // The first binding in path and source order wins.
        if (!map.TryGetValue(key, out _))
        {
            map[key] = use;
        }
    }

    private static string Key(string? scope, string name) => (scope ?? string.Empty) + "|" + name;
}
