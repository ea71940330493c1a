namespace ParticleContracts;

/// <summary>
/// Declares a cloud function of a generated device contract, on the typed member that calls it. The analyzers read
/// these attributes instead of the firmware, so they check exactly the contract the generator emitted.
/// </summary>
/// <param name="name">The cloud function name, exactly as the firmware registers it.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticleCloudFunctionAttribute(string name) : Attribute
{
    /// <summary>The cloud function name (case-sensitive).</summary>
    public string Name { get; } = name;
}
