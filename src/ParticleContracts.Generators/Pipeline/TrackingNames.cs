using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>
/// Names of the generator's incremental steps (<c>WithTrackingName</c>), so tests can check which steps ran.
/// Every named step outputs only equatable, Roslyn-free values.
/// </summary>
internal static class TrackingNames
{
    /// <summary>One <c>FirmwareFileModel</c> per firmware file: read and parsed on its own.</summary>
    public const string ParsedFiles = nameof(ParsedFiles);

    /// <summary>One <see cref="FirmwareFileOptions"/> per firmware file (its MSBuild item metadata).</summary>
    public const string FileOptions = nameof(FileOptions);

    /// <summary>The project-wide <see cref="GeneratorOptions"/> (MSBuild properties).</summary>
    public const string ProjectOptions = nameof(ProjectOptions);

    /// <summary>The files grouped into contracts and named, not yet assembled: one <see cref="ContractGroup"/> per contract.</summary>
    public const string ContractGroups = nameof(ContractGroups);

    /// <summary>Each contract's group assembled on its own: one <see cref="ContractInput"/> per contract.</summary>
    public const string ContractInputs = nameof(ContractInputs);

    /// <summary>One <see cref="ContractOutput"/> per contract: the proxy model and the diagnostics.</summary>
    public const string Contracts = nameof(Contracts);

    /// <summary>The proxy models handed to the emitter.</summary>
    public const string ProxyModels = nameof(ProxyModels);

    /// <summary>Each contract's ledgers and environment variables for the ledger emitter (null when it has none).</summary>
    public const string DataModels = nameof(DataModels);

    /// <summary>The diagnostics of each contract, reported apart from the source.</summary>
    public const string ContractDiagnostics = nameof(ContractDiagnostics);

    /// <summary>One <see cref="Emit.FunctionArgumentModel"/> per contract: its typed function members.</summary>
    public const string FunctionArgumentModels = nameof(FunctionArgumentModels);

    /// <summary>Per contract: the events model (typed streams, publishers, payload records), or null without events.</summary>
    public const string EventModels = nameof(EventModels);

    /// <summary>One <c>LockFile</c> per contract lock given as an additional file.</summary>
    public const string LockFiles = nameof(LockFiles);

    /// <summary>The <c>LockCheckOptions</c> (<c>ParticleContractLockSeverity</c>).</summary>
    public const string LockOptions = nameof(LockOptions);

    /// <summary>Each contract compared with its lock entry: the PCT1100–PCT1103 diagnostics.</summary>
    public const string LockChecks = nameof(LockChecks);

    /// <summary>Every name above, for tests that walk the tracked steps.</summary>
    public static readonly string[] All =
    [
        ParsedFiles,
        FileOptions,
        ProjectOptions,
        ContractGroups,
        ContractInputs,
        Contracts,
        ProxyModels,
        ContractDiagnostics,
        DataModels,
        FunctionArgumentModels,
        EventModels,
        LockOptions,
        LockChecks,
    ];
}
