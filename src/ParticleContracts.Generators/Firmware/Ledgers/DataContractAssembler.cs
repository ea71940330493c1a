using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Scanning;

namespace ParticleContracts.Generators.Firmware.Ledgers;

/// <summary>
/// The ledger stage of one contract: resolves the <c>Ledger</c> variables the scanning stage saw in each file across
/// the contract's files (<see cref="LedgerBindings"/>), gathers each ledger's keys and their types
/// (<see cref="LedgerKeyTree"/>), decides its direction, gathers the environment variables with their types and
/// their <c>env.json</c> defaults, and checks the rules (<see cref="DataRules"/>). Deterministic: files in path order,
/// uses in source order.
/// </summary>
internal static class DataContractAssembler
{
    /// <summary>Assembles the data contract of <paramref name="sources"/>; null when they use no ledger and no environment variable.</summary>
    public static DeviceDataContract? Assemble(IReadOnlyList<FirmwareFileModel> sources, EnvironmentDefaults? defaults, List<FirmwareDiagnostic> diagnostics)
    {
        var uses = new List<DataUse>();
        foreach (var file in sources)
        {
            uses.AddRange(file.DataUses);
        }

        if (uses.Count == 0 && (defaults is null || defaults.Values.IsEmpty))
        {
            return null;
        }

        var bindings = new LedgerBindings(uses);
        var ledgers = new SortedDictionary<string, LedgerBuilder>(StringComparer.Ordinal);
        var runTimeNames = false;
        var environmentRunTimeNames = false;
        var environment = new SortedDictionary<string, EnvironmentBuilder>(StringComparer.Ordinal);
        foreach (var use in uses)
        {
            if (use.Kind is DataUseKind.EnvironmentGet or DataUseKind.EnvironmentHas)
            {
                environmentRunTimeNames |= use.ReferenceKind == LedgerReferenceKind.RunTimeName;
                AddEnvironment(use, sources, environment, diagnostics);
                continue;
            }

            if (bindings.Resolve(use) is not { } name)
            {
                runTimeNames |= use.Kind == DataUseKind.Ledger && use.ReferenceKind == LedgerReferenceKind.RunTimeName;
                DataRules.CheckUnresolved(use, diagnostics);
                continue;
            }

            if (!ledgers.TryGetValue(name, out var ledger))
            {
                ledger = new LedgerBuilder(name, use.Location);
                ledgers.Add(name, ledger);
            }

            ledger.Add(use);
            if (use.Kind == DataUseKind.ConstantWrite)
            {
                DataRules.CheckConstantWrite(use, name, diagnostics);
            }
        }

        var ledgerContracts = new List<LedgerContract>(ledgers.Count);
        foreach (var ledger in ledgers.Values)
        {
            var contract = ledger.Build();
            DataRules.CheckLedger(contract, ledger.SyncLocation, ledger.Keys.Conflicts, diagnostics);
            ledgerContracts.Add(contract);
        }

        var environmentContracts = new List<EnvironmentVariableContract>(environment.Count);
        foreach (var variable in environment.Values)
        {
            environmentContracts.Add(new EnvironmentVariableContract(variable.Name, variable.Type == DataValueType.Unknown ? DataValueType.String : variable.Type, null, variable.Location));
        }

        DataRules.CheckEnvironment(environmentContracts, defaults, environmentRunTimeNames, diagnostics, out var withDefaults);
        return new DeviceDataContract(ledgerContracts.ToEquatableArray(), withDefaults.ToEquatableArray()) { HasRunTimeLedgerNames = runTimeNames };
    }

    private static void AddEnvironment(DataUse use, IReadOnlyList<FirmwareFileModel> sources, SortedDictionary<string, EnvironmentBuilder> environment, List<FirmwareDiagnostic> diagnostics)
    {
        if (use.ReferenceKind == LedgerReferenceKind.RunTimeName)
        {
            DataRules.CheckUnresolved(use, diagnostics);
            return;
        }

        var type = use.Type;
        if (type == DataValueType.Unknown && use.Subject is { } variable)
        {
            type = GlobalVariableType(sources, variable);
        }

        if (use.Kind == DataUseKind.EnvironmentGet && use.Subject is not null || type is not (DataValueType.Unknown or DataValueType.Int or DataValueType.Bool or DataValueType.String))
        {
            DataRules.CheckEnvironmentOutput(use, type, diagnostics);
        }

        if (!environment.TryGetValue(use.Ledger, out var builder))
        {
            builder = new EnvironmentBuilder(use.Ledger, use.Location);
            environment.Add(use.Ledger, builder);
        }

        var decoded = type is DataValueType.Int or DataValueType.Bool or DataValueType.String ? type : DataValueType.Unknown;
        if (decoded == DataValueType.Unknown)
        {
            return;
        }

        if (builder.Type == DataValueType.Unknown)
        {
            builder.Type = decoded;
        }
        else if (builder.Type != decoded)
        {
            DataRules.ReportEnvironmentTypeConflict(use, builder.Type, decoded, builder.Location, diagnostics);
        }
    }

    /// <summary>The value type of a file-scope variable declared in any of the contract's files.</summary>
    private static DataValueType GlobalVariableType(IReadOnlyList<FirmwareFileModel> sources, string name)
    {
        foreach (var file in sources)
        {
            foreach (var declaration in file.Declarations)
            {
                if (declaration.Kind == CppDeclarationKind.Variable && declaration.Scope is null && string.Equals(declaration.Name, name, StringComparison.Ordinal))
                {
                    return DataUseScanner.CppValueType(declaration.Type.Replace("const ", string.Empty));
                }
            }
        }

        return DataValueType.Unknown;
    }

    private sealed class EnvironmentBuilder(string name, FirmwareLocation location)
    {
        public string Name { get; } = name;

        public FirmwareLocation Location { get; } = location;

        public DataValueType Type { get; set; }
    }

    /// <summary>One ledger's uses gathered: flags, the first place it is named, its keys.</summary>
    private sealed class LedgerBuilder(string name, FirmwareLocation location)
    {
        private FirmwareLocation _location = location;
        private bool _named;
        private bool _reads;
        private bool _writes;
        private bool _replace;

        public LedgerKeyTree Keys { get; } = new();

        public FirmwareLocation? SyncLocation { get; private set; }

        public void Add(DataUse use)
        {
            switch (use.Kind)
            {
                case DataUseKind.Ledger or DataUseKind.UseLedger:
                    if (!_named)
                    {
                        _named = true;
                        _location = use.Location;
                    }

                    break;
                case DataUseKind.Read or DataUseKind.Has or DataUseKind.ReadAll:
                    _reads = true;
                    break;
                case DataUseKind.Sync:
                    _reads = true;
                    SyncLocation ??= use.Location;
                    break;
                case DataUseKind.SetCall:
                    _writes = true;
                    _replace |= use.Detail is null or "REPLACE";
                    break;
                case DataUseKind.Write:
                    _writes = true;
                    break;
            }

            if (use.Kind is DataUseKind.Read or DataUseKind.Has or DataUseKind.Write && !use.KeyPath.IsEmpty)
            {
                Keys.Add(use.KeyPath, use.Type, use.Location);
            }
        }

        public LedgerContract Build()
        {
            // A device can only write a device-to-cloud ledger (isWritable()); reading one back is allowed, so any write decides.
            var direction = _writes ? LedgerDirection.DeviceToCloud : _reads ? LedgerDirection.CloudToDevice : LedgerDirection.Unknown;
            return new LedgerContract(name, direction, Keys.Build(), _location, _reads, _writes, _replace);
        }
    }
}
