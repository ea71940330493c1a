using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// One contract's files and naming, before assembly: the output of <see cref="ContractGrouping.Group"/>. Compared by
/// value; an unchanged file keeps its <see cref="FirmwareFileModel"/> instance, so the comparison of an unchanged group
/// short-circuits on references and its assembly step stays cached.
/// </summary>
/// <param name="ContractName">The contract's name (the <c>Contract</c> metadata or the project folder's name).</param>
/// <param name="Root">The project folder the contract's files belong to.</param>
/// <param name="Files">The contract's source files, ordinal path order.</param>
/// <param name="TypeName">The unique proxy type name in <paramref name="Namespace"/>.</param>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="FunctionArgumentLimit">The largest function argument in UTF-8 bytes.</param>
/// <param name="Diagnostics">Problems found while grouping (invalid namespace, duplicate name, unreadable target), at the contract's first file.</param>
/// <param name="Target">The Device OS version and platform the contract's firmware is built for.</param>
/// <param name="UntypedFunctions">Functions whose argument stays a string (the items' <c>UntypedFunctions</c> metadata), ordinal order.</param>
internal sealed record ContractGroup(
    string ContractName,
    string Root,
    EquatableArray<FirmwareFileModel> Files,
    string TypeName,
    string Namespace,
    int FunctionArgumentLimit,
    EquatableArray<FirmwareDiagnostic> Diagnostics,
    Targets.ParticleTarget Target,
    EquatableArray<string> UntypedFunctions = default);
