namespace ParticleContracts;

/// <summary>
/// Marks a generated device proxy (class or interface) with the firmware contract it was generated from.
/// The analyzers use it to check names passed to the proxy's escape hatches.
/// </summary>
/// <param name="contractName">The contract name, e.g. <c>WeatherStation</c>.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
public sealed class ParticleDeviceContractAttribute(string contractName) : Attribute
{
    /// <summary>The contract name, e.g. <c>WeatherStation</c>.</summary>
    public string ContractName { get; } = contractName;
}
