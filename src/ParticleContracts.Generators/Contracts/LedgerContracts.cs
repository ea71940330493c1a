namespace ParticleContracts.Generators.Contracts;

/// <summary>
/// The type of a ledger key or an environment variable, as the firmware uses it. Ledger keys take it from the
/// <c>Variant</c> reader (<c>toInt()</c>, <c>toDouble()</c>, ...) or from the value written; environment variables from
/// the <c>System.getEnv</c> overload (<c>int&amp;</c>, <c>bool&amp;</c>, <c>String&amp;</c>, or the <c>String</c> result).
/// </summary>
internal enum DataValueType
{
    /// <summary>Used, but with no evident type (<c>has("k")</c>, a value of unknown type).</summary>
    Unknown,
    Bool,
    Int,
    UInt,
    Int64,
    UInt64,
    Double,
    String,

    /// <summary>A nested map (<c>toMap()</c>, <c>asMap()</c>, a nested <c>LedgerData{...}</c>); its keys are the key's children.</summary>
    Map,

    /// <summary>An array (<c>toArray()</c>, <c>asArray()</c>).</summary>
    Array,
}

/// <summary>Which way a ledger's data flows, as the firmware implies it.</summary>
internal enum LedgerDirection
{
    /// <summary>The firmware neither reads nor writes the ledger's data.</summary>
    Unknown,

    /// <summary>The device reads it (<c>get()</c>, <c>onSync</c>): the cloud writes it (Particle's "Downstream").</summary>
    CloudToDevice,

    /// <summary>The device writes it (<c>set(...)</c>): the cloud reads it (Particle's "Upstream").</summary>
    DeviceToCloud,
}

/// <summary>One key of a ledger's data.</summary>
/// <param name="Name">The key, exactly as the firmware spells it.</param>
/// <param name="Type">Its type; <see cref="DataValueType.Unknown"/> when no use shows it.</param>
/// <param name="Keys">For a <see cref="DataValueType.Map"/>: the nested keys the firmware uses, sorted ordinally.</param>
/// <param name="Location">The first place the firmware uses the key.</param>
/// <param name="Conflict">True when uses disagree about its type (the first evident type wins).</param>
internal sealed record LedgerKey(
    string Name,
    DataValueType Type,
    EquatableArray<LedgerKey> Keys,
    FirmwareLocation Location,
    bool Conflict = false);

/// <summary>One ledger the firmware uses.</summary>
/// <param name="Name">The ledger name (a compile-time constant).</param>
/// <param name="Direction">The direction the firmware's reads and writes imply.</param>
/// <param name="Keys">Every key the firmware reads or writes, sorted ordinally.</param>
/// <param name="Location">Where the name is in the first <c>Particle.ledger(...)</c> (or <c>useLedgers</c>) call.</param>
/// <param name="Reads">True when the device reads the ledger's data or handles <c>onSync</c>.</param>
/// <param name="Writes">True when the device writes the ledger's data.</param>
/// <param name="ReplaceMode">True when some write passes <c>Ledger::REPLACE</c> (or no mode: replace is the default).</param>
internal sealed record LedgerContract(
    string Name,
    LedgerDirection Direction,
    EquatableArray<LedgerKey> Keys,
    FirmwareLocation Location,
    bool Reads,
    bool Writes,
    bool ReplaceMode);

/// <summary>One environment variable the firmware reads.</summary>
/// <param name="Name">The variable name, exactly as the firmware spells it.</param>
/// <param name="Type">How the firmware decodes it: <see cref="DataValueType.Int"/>, <see cref="DataValueType.Bool"/> or <see cref="DataValueType.String"/>.</param>
/// <param name="DefaultValue">The value bundled in the project's <c>env.json</c>, or null.</param>
/// <param name="Location">The first place the firmware reads it.</param>
internal sealed record EnvironmentVariableContract(
    string Name,
    DataValueType Type,
    string? DefaultValue,
    FirmwareLocation Location);

/// <summary>The ledgers and environment variables of one contract (<see cref="DeviceContract.Data"/>).</summary>
/// <param name="Ledgers">Every ledger with a constant name, sorted ordinally.</param>
/// <param name="Environment">Every environment variable with a constant name, sorted ordinally.</param>
internal sealed record DeviceDataContract(
    EquatableArray<LedgerContract> Ledgers,
    EquatableArray<EnvironmentVariableContract> Environment)
{
    /// <summary>No ledgers, no environment variables.</summary>
    public static DeviceDataContract Empty { get; } = new(EquatableArray<LedgerContract>.Empty, EquatableArray<EnvironmentVariableContract>.Empty);

    public bool IsEmpty => Ledgers.IsEmpty && Environment.IsEmpty;

    /// <summary>True when the firmware also uses a ledger whose name is known only at run time (PCT1062).</summary>
    public bool HasRunTimeLedgerNames { get; init; }
}
