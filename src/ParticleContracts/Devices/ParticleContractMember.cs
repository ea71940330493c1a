namespace ParticleContracts;

/// <summary>One registration of a device contract, as found in the firmware sources.</summary>
/// <param name="Name">The cloud name (case-sensitive), e.g. <c>temp</c>.</param>
/// <param name="Kind">Variable or function.</param>
/// <param name="CloudType">The type the cloud reports for a variable (<c>int32</c>, <c>double</c>, <c>bool</c>, <c>string</c>); null for functions or when the firmware type could not be resolved.</param>
/// <param name="CppType">The C++ type of the variable or handler, e.g. <c>double</c> or <c>int(String)</c>; null when unresolved.</param>
/// <param name="File">The firmware file that registers the member, relative to the firmware project.</param>
/// <param name="Line">The 1-based line of the registration in <paramref name="File"/>.</param>
public sealed record ParticleContractMember(string Name, ParticleMemberKind Kind, string? CloudType, string? CppType, string File, int Line);
