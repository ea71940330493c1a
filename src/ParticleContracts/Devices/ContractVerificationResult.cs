namespace ParticleContracts;

/// <summary>The outcome of comparing a device contract with a live device (<see cref="ParticleContractVerifier"/>).</summary>
public sealed class ContractVerificationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="contractName">The contract that was checked.</param>
    /// <param name="deviceIdOrName">The device that was checked.</param>
    /// <param name="drifts">Every difference found; empty when the device matches.</param>
    public ContractVerificationResult(string contractName, string deviceIdOrName, IReadOnlyList<ContractDrift> drifts)
    {
        ArgumentNullException.ThrowIfNull(contractName);
        ArgumentNullException.ThrowIfNull(deviceIdOrName);
        ArgumentNullException.ThrowIfNull(drifts);
        ContractName = contractName;
        DeviceIdOrName = deviceIdOrName;
        Drifts = drifts.ToArray();
    }

    /// <summary>The contract that was checked.</summary>
    public string ContractName { get; }

    /// <summary>The device that was checked.</summary>
    public string DeviceIdOrName { get; }

    /// <summary>True when the device differs from the contract.</summary>
    public bool HasDrift => Drifts.Count > 0;

    /// <summary>Every difference, ordered by kind, then variables before functions, then name (ordinal).</summary>
    public IReadOnlyList<ContractDrift> Drifts { get; }

    /// <inheritdoc />
    public override string ToString() => HasDrift
        ? $"{DeviceIdOrName} drifts from {ContractName}: " + string.Join("; ", Drifts)
        : $"{DeviceIdOrName} matches {ContractName}";
}
