using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>What <see cref="LedgerEmitter"/> needs for one contract: its ledgers and environment variables, named for C#.</summary>
/// <param name="Namespace">The C# namespace of the generated types.</param>
/// <param name="TypeName">The proxy class name (the interface is <c>I</c> + this).</param>
/// <param name="Root">The firmware project folder's own name, for documentation.</param>
/// <param name="Ledgers">Every ledger, ordinal by name.</param>
/// <param name="Environment">Every environment variable, ordinal by name (empty: no environment record).</param>
/// <param name="HasRunTimeLedgerNames">True when the firmware also uses a ledger whose name is known only at run time.</param>
internal sealed record DataProxyModel(
    string Namespace,
    string TypeName,
    string Root,
    EquatableArray<LedgerProxy> Ledgers,
    EquatableArray<EnvironmentProperty> Environment,
    bool HasRunTimeLedgerNames = false)
{
    /// <summary>The stable hint name, <c>{Namespace}.{Type}.Ledgers.g.cs</c>.</summary>
    public string HintName => Namespace + "." + TypeName + ".Ledgers.g.cs";
}

/// <summary>One ledger: its members' base name, its direction and its records (the first is the ledger's own).</summary>
internal sealed record LedgerProxy(string Name, string MemberBase, LedgerDirection Direction, EquatableArray<DataRecord> Records);

/// <summary>A generated record of ledger keys.</summary>
internal sealed record DataRecord(string Name, EquatableArray<DataProperty> Properties);

/// <summary>One key as a record property; <paramref name="RecordName"/> names the nested record of a map with known keys.</summary>
internal sealed record DataProperty(string Key, string PropertyName, DataValueType Type, string? RecordName);

/// <summary>One environment variable as a property of the environment record.</summary>
internal sealed record EnvironmentProperty(string Name, string PropertyName, DataValueType Type, string? DefaultValue);
