using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>One assembled contract with everything needed to build its proxy.</summary>
/// <param name="Contract">The contract the reader assembled from the group's files.</param>
/// <param name="TypeName">The unique proxy type name in <paramref name="Namespace"/>.</param>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="FunctionArgumentLimit">The largest function argument in UTF-8 bytes.</param>
/// <param name="Diagnostics">Problems found while grouping (invalid namespace, duplicate name), at the contract's first file.</param>
internal sealed record ContractInput(
    DeviceContract Contract,
    string TypeName,
    string Namespace,
    int FunctionArgumentLimit,
    EquatableArray<FirmwareDiagnostic> Diagnostics);
