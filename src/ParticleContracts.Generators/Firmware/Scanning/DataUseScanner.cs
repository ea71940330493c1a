using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>
/// The one place ledger and environment-variable calls are recognised: <c>Particle.ledger(name)</c>,
/// <c>Particle.useLedgers(...)</c>, what the firmware does with a ledger (<c>get().get("k").toInt()</c>,
/// <c>has("k")</c>, <c>set(LedgerData{...}, Ledger::MERGE)</c>, <c>data.set("k", v)</c> then <c>ledger.set(data)</c>,
/// <c>onSync</c>) and <c>System.getEnv</c>/<c>hasEnv</c>. Recognition is by call shape plus the types of the
/// variables declared in the same file; a <c>Ledger</c> variable bound in another file is resolved when the contract is
/// assembled (<c>Ledgers/LedgerResolver</c>). Linear in the statement: every call is read once, at most
/// <see cref="ReaderLimits.MaxDataUsesPerStatement"/> per statement, nested maps to <see cref="ReaderLimits.MaxDataKeyDepth"/>.
/// </summary>
internal sealed partial class DataUseScanner
{
    private readonly string _path;
    private readonly List<DataUse> _uses;

    /// <summary>Declared variable types: <c>scope|name</c> → normalized C++ type (scope empty at file scope).</summary>
    private readonly Dictionary<string, string> _types = new(System.StringComparer.Ordinal);

    /// <summary><c>LedgerData</c> variables: <c>scope|name</c> → where their data comes from and what was set on them.</summary>
    private readonly Dictionary<string, DataVariable> _dataVariables = new(System.StringComparer.Ordinal);

    private TokenRange _statement;
    private string? _scope;
    private int _usesInStatement;
    private bool _isFunctionHead;

    public DataUseScanner(string path, List<DataUse> uses)
    {
        _path = path;
        _uses = uses;
    }

    /// <summary>
    /// False when <paramref name="text"/> cannot use a ledger or an environment variable (no <c>Ledger</c>, <c>ledger</c>
    /// or <c>Env(</c> anywhere), so files without them cost nothing here.
    /// </summary>
    public static bool MayUseData(string text) =>
        text.Contains("edger") || text.Contains("Env(");

    /// <summary>
    /// Adds the ledger and environment uses in <paramref name="statement"/> (in function <paramref name="enclosingFunction"/>;
    /// for a function head, <paramref name="isFunctionHead"/> and the function's own key, so its parameters are its locals).
    /// </summary>
    public void Scan(TokenRange statement, string? enclosingFunction, bool isFunctionHead = false)
    {
        _statement = statement;
        _scope = enclosingFunction;
        _isFunctionHead = isFunctionHead;
        _usesInStatement = 0;
        for (var i = statement.Start; i < statement.End; i++)
        {
            if (_usesInStatement >= ReaderLimits.MaxDataUsesPerStatement)
            {
                return;
            }

            if (!statement.IsKind(i, FirmwareTokenKind.Identifier) || IsMemberAccess(i))
            {
                continue;
            }

            if (IsDeclarationStart(i))
            {
                TryDeclaration(i);
            }

            i = ScanAt(i);
        }
    }

    /// <summary>Recognises a use starting at token <paramref name="i"/>; returns the last token it consumed.</summary>
    private int ScanAt(int i)
    {
        var s = _statement;
        if (MemberCall(i, "Particle") is { } particleMember)
        {
            return particleMember switch
            {
                "ledger" => ScanLedgerCall(i),
                "useLedgers" => ScanUseLedgers(i),
                _ => i,
            };
        }

        if (MemberCall(i, "System") is { } systemMember && systemMember is "getEnv" or "hasEnv")
        {
            return ScanEnvironment(i, systemMember == "getEnv");
        }

        if (!s.Punct(i + 1, ".") && !s.Punct(i + 1, "->"))
        {
            return i;
        }

        var name = s.Get(i);
        if (LedgerVariable(name) is { } ledger)
        {
            return ScanLedgerChain(ledger, i, i + 1);
        }

        if (FindDataVariable(name) is { } data)
        {
            return ScanDataChain(data, i + 1);
        }

        return i;
    }

    /// <summary><c>Particle.ledger(name)</c>, with what it is stored in and what is done with it.</summary>
    private int ScanLedgerCall(int i)
    {
        var s = _statement;
        var close = s.FindClosing(i + 3);
        if (close < 0)
        {
            return i + 3;
        }

        var reference = LedgerName(s.Sub(i + 4, close));
        var subject = AssignedVariable(i);
        Add(DataUseKind.Ledger, reference, subject is null ? _scope : ScopeOf(subject), default, DataValueType.Unknown, subject, null, NameLocation(i + 4, close));
        if (subject is not null)
        {
            _types[Key(ScopeOf(subject), subject)] = "Ledger";
        }

        return ScanLedgerChain(reference, i, close + 1);
    }

    private int ScanUseLedgers(int i)
    {
        var s = _statement;
        var close = s.FindClosing(i + 3);
        if (close < 0)
        {
            return i + 3;
        }

        foreach (var argument in s.Sub(i + 4, close).SplitTopLevel())
        {
            var reference = LedgerName(argument);
            if (reference.Kind == LedgerReferenceKind.Name)
            {
                Add(DataUseKind.UseLedger, reference, _scope, default, DataValueType.Unknown, null, null, Location(argument));
            }
        }

        return close;
    }

    /// <summary>
    /// What follows a ledger expression at <paramref name="dot"/>: <c>.get()</c> (then a data chain, or a whole read),
    /// <c>.set(data[, mode])</c>, <c>.onSync(handler)</c>. Returns the last token consumed.
    /// </summary>
    private int ScanLedgerChain(LedgerReference ledger, int expressionStart, int dot)
    {
        var s = _statement;
        if (!(s.Punct(dot, ".") || s.Punct(dot, "->")) || !s.IsKind(dot + 1, FirmwareTokenKind.Identifier) || !s.Punct(dot + 2, "("))
        {
            return dot - 1;
        }

        var member = s.Get(dot + 1);
        var close = s.FindClosing(dot + 2);
        if (close < 0)
        {
            return dot + 2;
        }

        switch (member)
        {
            case "get":
                return ScanLedgerGet(ledger, expressionStart, dot, close);
            case "set":
                ScanLedgerSet(ledger, s.Sub(dot + 3, close), dot + 1);
                return close;
            case "onSync":
                ScanSync(ledger, s.Sub(dot + 3, close), dot + 1);

                // A lambda handler's body is part of this statement: scan on inside it.
                return dot + 2;
            default:
                return close;
        }
    }

    private int ScanLedgerGet(LedgerReference ledger, int expressionStart, int dot, int close)
    {
        var s = _statement;
        var next = close + 1;
        if (s.Punct(next, ".") && s.IsKind(next + 1, FirmwareTokenKind.Identifier) && s.Punct(next + 2, "("))
        {
            return ScanDataChain(new DataVariable(ledger), next);
        }

        if (AssignedVariable(expressionStart) is { } variable)
        {
            _dataVariables[Key(ScopeOf(variable), variable)] = new DataVariable(ledger);
        }

        Add(DataUseKind.ReadAll, ledger, _scope, default, DataValueType.Unknown, null, null, TokenLocation.Of(_path, s[dot + 1]));
        return close;
    }

    private void ScanLedgerSet(LedgerReference ledger, TokenRange arguments, int memberToken)
    {
        var s = _statement;
        var parts = arguments.IsEmpty ? new List<TokenRange>() : arguments.SplitTopLevel();
        string? mode = null;
        if (parts.Count > 1)
        {
            for (var t = parts[1].Start; t < parts[1].End; t++)
            {
                if (s.Word(t, "MERGE") || s.Word(t, "REPLACE"))
                {
                    mode = s.Get(t);
                }
            }
        }

        var location = TokenLocation.Of(_path, s[memberToken]);
        Add(DataUseKind.SetCall, ledger, _scope, default, DataValueType.Unknown, null, mode, location);
        if (parts.Count == 0)
        {
            return;
        }

        var data = parts[0];
        if (data.Length == 1 && s.IsKind(data.Start, FirmwareTokenKind.Identifier) && FindDataVariable(s.Get(data.Start)) is { } variable)
        {
            foreach (var write in variable.Writes)
            {
                Add(DataUseKind.Write, ledger, _scope, write.KeyPath, write.Type, null, null, write.Location);
            }

            AddConstantWrite(ledger, variable.ConstantEntries, location);
            return;
        }

        AddConstantWrite(ledger, ConstantEntries(data, 0), location);
        var writes = new List<DataWrite>();
        CollectInitializer(data, EquatableArray<string>.Empty, writes, 0);
        foreach (var write in writes)
        {
            Add(DataUseKind.Write, ledger, _scope, write.KeyPath, write.Type, null, null, write.Location);
        }
    }

    /// <summary>A <c>set(...)</c> whose data is all constants: its encoded size, for the size limit (PCT1066).</summary>
    private void AddConstantWrite(LedgerReference ledger, Dictionary<string, int>? entries, FirmwareLocation location)
    {
        if (entries is { Count: > 0 })
        {
            Add(DataUseKind.ConstantWrite, ledger, _scope, default, DataValueType.Unknown, null, MapSize(entries).ToString(System.Globalization.CultureInfo.InvariantCulture), location);
        }
    }

    private void ScanSync(LedgerReference ledger, TokenRange arguments, int memberToken)
    {
        var s = _statement;
        string? handler = null;
        if (!arguments.IsEmpty)
        {
            var first = arguments.SplitTopLevel()[0];
            var start = first.Start < first.End && s.Punct(first.Start, "&") ? first.Start + 1 : first.Start;
            if (first.End - start == 1 && s.IsKind(start, FirmwareTokenKind.Identifier))
            {
                handler = s.Get(start);
            }
            else if (first.End - start >= 4 && s.Punct(start, "["))
            {
                BindLambdaLedgerParameter(ledger, first.Sub(start, first.End));
            }
        }

        Add(DataUseKind.Sync, ledger, _scope, default, DataValueType.Unknown, null, handler, TokenLocation.Of(_path, s[memberToken]));
    }

    /// <summary><c>[...](Ledger l) {...}</c>: <c>l</c> is the ledger <c>onSync</c> was called on.</summary>
    private void BindLambdaLedgerParameter(LedgerReference ledger, TokenRange lambda)
    {
        var s = _statement;
        var captureClose = s.FindClosing(lambda.Start);
        if (captureClose < 0 || !s.Punct(captureClose + 1, "("))
        {
            return;
        }

        var parametersClose = s.FindClosing(captureClose + 1);
        for (var t = captureClose + 2; parametersClose > 0 && t + 1 < parametersClose; t++)
        {
            if (s.Word(t, "Ledger") && s.IsKind(t + 1, FirmwareTokenKind.Identifier))
            {
                var parameter = s.Get(t + 1);
                _types[Key(_scope, parameter)] = "Ledger";
                Add(DataUseKind.Bind, ledger, _scope, default, DataValueType.Unknown, parameter, _scope, TokenLocation.Of(_path, s[t + 1]));
                return;
            }
        }
    }

    private static LedgerReference LedgerName(TokenRange argument)
    {
        if (StringLiteralDecoder.TryDecodeConcatenation(argument, out var name))
        {
            return new LedgerReference(LedgerReferenceKind.Name, name, null);
        }

        return new LedgerReference(LedgerReferenceKind.RunTimeName, argument.IsEmpty ? string.Empty : argument.Join(), null);
    }

    /// <summary>The <c>Ledger</c> variable <paramref name="name"/> as a reference, or null when it is not one.</summary>
    private LedgerReference? LedgerVariable(string name)
    {
        if (_scope is not null && _types.TryGetValue(Key(_scope, name), out var local))
        {
            return local == "Ledger" ? new LedgerReference(LedgerReferenceKind.Variable, name, _scope) : null;
        }

        return _types.TryGetValue(Key(null, name), out var global) && global == "Ledger"
            ? new LedgerReference(LedgerReferenceKind.Variable, name, null)
            : null;
    }

    private DataVariable? FindDataVariable(string name)
    {
        if (_scope is not null && _dataVariables.TryGetValue(Key(_scope, name), out var local))
        {
            return local;
        }

        return _dataVariables.TryGetValue(Key(null, name), out var global) ? global : null;
    }

    /// <summary>The scope a variable named <paramref name="name"/> belongs to: the function when declared there, else file scope.</summary>
    private string? ScopeOf(string name) =>
        _scope is not null && (_types.ContainsKey(Key(_scope, name)) || _dataVariables.ContainsKey(Key(_scope, name))) ? _scope : null;

    private static string Key(string? scope, string name) => (scope ?? string.Empty) + "|" + name;

    private void Add(DataUseKind kind, LedgerReference ledger, string? scope, EquatableArray<string> keyPath, DataValueType type, string? subject, string? detail, FirmwareLocation location)
    {
        _usesInStatement++;
        var referenceScope = ledger.Kind == LedgerReferenceKind.Variable ? ledger.Scope : scope;
        _uses.Add(new DataUse(kind, ledger.Kind, ledger.Text, referenceScope, keyPath.Count == 0 ? EquatableArray<string>.Empty : keyPath, type, subject, detail, location));
    }

    /// <summary>How a use names its ledger while scanning.</summary>
    private readonly record struct LedgerReference(LedgerReferenceKind Kind, string Text, string? Scope);

    /// <summary>A key written into a <c>LedgerData</c> before it is stored.</summary>
    private readonly record struct DataWrite(EquatableArray<string> KeyPath, DataValueType Type, FirmwareLocation Location);

    /// <summary>A <c>LedgerData</c> variable: the ledger it was read from (if any) and the keys set on it so far.</summary>
    private sealed class DataVariable(LedgerReference? source)
    {
        public LedgerReference? Source { get; } = source;

        public List<DataWrite> Writes { get; } = new();

        /// <summary>Each key set so far with its encoded size, while every value is a constant (and the data did not come from a ledger); else null.</summary>
        public Dictionary<string, int>? ConstantEntries { get; set; } = source is null ? new Dictionary<string, int>(System.StringComparer.Ordinal) : null;
    }
}
