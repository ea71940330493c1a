using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>What a <see cref="DataUse"/> records.</summary>
internal enum DataUseKind
{
    /// <summary><c>Particle.ledger(name)</c>; <see cref="DataUse.Subject"/> is the variable it is stored in, if any.</summary>
    Ledger,

    /// <summary><c>Particle.useLedgers(...)</c> names a ledger.</summary>
    UseLedger,

    /// <summary>A <c>Ledger</c> variable is bound to <see cref="DataUse.Ledger"/> (a variable, or an <c>onSync</c> handler's parameter).</summary>
    Bind,

    /// <summary>The device reads a key (<c>get("k").toInt()</c>).</summary>
    Read,

    /// <summary>The device tests a key (<c>has("k")</c>).</summary>
    Has,

    /// <summary>The device reads the ledger's data as a whole (<c>get()</c> without a key).</summary>
    ReadAll,

    /// <summary>The device writes a key (<c>LedgerData{{"k", v}}</c>, <c>data.set("k", v)</c> then <c>ledger.set(data)</c>).</summary>
    Write,

    /// <summary>The device writes the ledger's data (<c>ledger.set(...)</c>); <see cref="DataUse.Detail"/> is the mode, if given.</summary>
    SetCall,

    /// <summary><c>ledger.onSync(handler)</c>; <see cref="DataUse.Detail"/> is the handler's name, if it is a function.</summary>
    Sync,

    /// <summary><c>System.getEnv(name[, out])</c>; the type is the overload's.</summary>
    EnvironmentGet,

    /// <summary><c>System.hasEnv(name)</c>.</summary>
    EnvironmentHas,

    /// <summary>A <c>ledger.set(...)</c> whose data is written entirely with constants; <see cref="DataUse.Detail"/> is its size in bytes as Device OS stores it.</summary>
    ConstantWrite,
}

/// <summary>How <see cref="DataUse.Ledger"/> names a ledger.</summary>
internal enum LedgerReferenceKind
{
    /// <summary>No ledger (environment uses).</summary>
    None,

    /// <summary>The ledger's name, a compile-time constant.</summary>
    Name,

    /// <summary>A <c>Ledger</c> variable (<see cref="DataUse.Scope"/> + name), bound in this file or another.</summary>
    Variable,

    /// <summary>The ledger whose <c>onSync</c> handler is the named function.</summary>
    SyncHandler,

    /// <summary>A ledger name known only at run time; <see cref="DataUse.Ledger"/> is the expression text.</summary>
    RunTimeName,
}

/// <summary>
/// One ledger or environment-variable use found in one file by <see cref="DataUseScanner"/>, before ledger
/// variables are resolved across the contract's files. Equatable (strings, numbers, equatable arrays).
/// </summary>
/// <param name="Kind">What the use is.</param>
/// <param name="ReferenceKind">How <paramref name="Ledger"/> names the ledger.</param>
/// <param name="Ledger">The ledger name, variable, handler or expression; for environment uses, the variable name (or the expression when not constant).</param>
/// <param name="Scope">The function the use (or, for <see cref="LedgerReferenceKind.Variable"/>, the variable) belongs to; null at file scope.</param>
/// <param name="KeyPath">The key and, for nested maps, the keys below it (empty when the use names no key).</param>
/// <param name="Type">The value type the use shows.</param>
/// <param name="Subject">For <see cref="DataUseKind.Ledger"/> and <see cref="DataUseKind.Bind"/>: the variable being bound; for environment gets: the output variable when its type is declared in another file.</param>
/// <param name="Detail">The set mode (<c>MERGE</c>/<c>REPLACE</c>), a sync handler's name, for <see cref="DataUseKind.Bind"/> the function the bound variable belongs to, or null.</param>
/// <param name="Location">Where the name or key is.</param>
internal sealed record DataUse(
    DataUseKind Kind,
    LedgerReferenceKind ReferenceKind,
    string Ledger,
    string? Scope,
    EquatableArray<string> KeyPath,
    DataValueType Type,
    string? Subject,
    string? Detail,
    FirmwareLocation Location);
