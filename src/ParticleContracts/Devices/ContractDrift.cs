namespace ParticleContracts;

/// <summary>How a live device differs from its firmware contract.</summary>
public enum ContractDriftKind
{
    /// <summary>The contract declares the registration; the device does not report it.</summary>
    MissingOnDevice,

    /// <summary>The device reports a registration the contract does not declare.</summary>
    ExtraOnDevice,

    /// <summary>Both have the variable, with different cloud types.</summary>
    TypeMismatch,

    /// <summary>The contract uses the ledger; the cloud has no (unarchived) definition of it.</summary>
    MissingInCloud,

    /// <summary>The cloud defines the ledger with the other direction than the firmware implies.</summary>
    DirectionMismatch,
}

/// <summary>One difference between a device contract and what the device reports to the cloud.</summary>
/// <param name="Kind">The kind of difference.</param>
/// <param name="MemberKind">Whether the registration is a variable, a function or a ledger.</param>
/// <param name="Name">The cloud name of the registration or ledger.</param>
/// <param name="ExpectedCloudType">The contract's cloud type (variables present in the contract), or for a ledger the direction the firmware implies (<c>Downstream</c>, <c>Upstream</c>); otherwise null.</param>
/// <param name="ActualCloudType">The device's cloud type (variables present on the device), or for a ledger the direction of the cloud's definition; otherwise null.</param>
public sealed record ContractDrift(
    ContractDriftKind Kind,
    ParticleMemberKind MemberKind,
    string Name,
    string? ExpectedCloudType,
    string? ActualCloudType)
{
    /// <summary>A one-line description, e.g. <c>variable 'temp': type double in the contract, int32 on the device</c>.</summary>
    public override string ToString()
    {
        var what = MemberKind switch
        {
            ParticleMemberKind.Variable => "variable",
            ParticleMemberKind.Function => "function",
            _ => "ledger",
        };
        return Kind switch
        {
            ContractDriftKind.MissingInCloud => $"{what} '{Name}' is in the contract but has no definition in the cloud",
            ContractDriftKind.DirectionMismatch => $"{what} '{Name}': the firmware implies {ExpectedCloudType ?? "unknown"}, the cloud defines {ActualCloudType ?? "unknown"}",
            ContractDriftKind.MissingOnDevice => $"{what} '{Name}' is in the contract but not on the device",
            ContractDriftKind.ExtraOnDevice => $"{what} '{Name}' is on the device but not in the contract",
            _ => $"{what} '{Name}': type {ExpectedCloudType ?? "unknown"} in the contract, {ActualCloudType ?? "unknown"} on the device",
        };
    }
}
