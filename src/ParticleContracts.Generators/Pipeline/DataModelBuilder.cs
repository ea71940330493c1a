using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>
/// Turns a contract's <see cref="DeviceDataContract"/> into the <see cref="DataProxyModel"/> the ledger emitter
/// writes: record and property names (PascalCase, unique in their record, never the record's own name or one of its
/// generated members). Null when the contract uses no ledger and no environment variable. No line numbers go into the
/// model, so moving a ledger call does not re-emit the file.
/// </summary>
internal static class DataModelBuilder
{
    private static readonly string[] ReservedPropertyNames = { "FromJson", "ToJson", "FromValues", "Encode", "Defaults", "EqualityContract" };

    public static DataProxyModel? Build(ContractInput input)
    {
        var data = input.Contract.Data;
        if (data is null || data.IsEmpty)
        {
            return null;
        }

        var ledgers = new List<LedgerProxy>(data.Ledgers.Count);
        var memberBases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ledger in data.Ledgers)
        {
            var memberBase = Unique(ContractNaming.ToIdentifier(ledger.Name), memberBases);
            var records = new List<DataRecord>();
            AddRecord(memberBase + "Ledger", ledger.Keys, records, 0);
            ledgers.Add(new LedgerProxy(ledger.Name, memberBase, ledger.Direction, records.ToEquatableArray()));
        }

        var environment = new List<EnvironmentProperty>(data.Environment.Count);
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Environment" };
        taken.UnionWith(ReservedPropertyNames);
        foreach (var variable in data.Environment)
        {
            environment.Add(new EnvironmentProperty(variable.Name, Unique(ContractNaming.ToIdentifier(variable.Name), taken), variable.Type, variable.DefaultValue));
        }

        return new DataProxyModel(input.Namespace, input.TypeName, ProxyModelBuilder.DisplayRoot(input.Contract.Root), ledgers.ToEquatableArray(), environment.ToEquatableArray(), data.HasRunTimeLedgerNames);
    }

    private static void AddRecord(string name, EquatableArray<LedgerKey> keys, List<DataRecord> records, int depth)
    {
        var index = records.Count;
        records.Add(new DataRecord(name, EquatableArray<DataProperty>.Empty));
        var taken = new HashSet<string>(StringComparer.Ordinal) { name };
        taken.UnionWith(ReservedPropertyNames);
        var properties = new List<DataProperty>(keys.Count);
        foreach (var key in keys)
        {
            var propertyName = Unique(ContractNaming.ToIdentifier(key.Name), taken);
            string? nested = null;
            if (key.Type == DataValueType.Map && !key.Keys.IsEmpty && depth + 1 < Firmware.ReaderLimits.MaxDataKeyDepth)
            {
                nested = name + propertyName;
                AddRecord(nested, key.Keys, records, depth + 1);
            }

            properties.Add(new DataProperty(key.Name, propertyName, key.Type, nested));
        }

        records[index] = new DataRecord(name, properties.ToEquatableArray());
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var suffix = 2; !taken.Add(candidate); suffix++)
        {
            candidate = name + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
