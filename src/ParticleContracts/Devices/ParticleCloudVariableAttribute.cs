namespace ParticleContracts;

/// <summary>
/// Declares a cloud variable of a generated device contract. The generator puts it on the typed member that reads the
/// variable, or on the contract interface when the variable has no typed member (its cloud type is unknown); the
/// analyzers read these attributes instead of the firmware, so they check exactly the contract the generator emitted.
/// </summary>
/// <param name="name">The cloud variable name, exactly as the firmware registers it.</param>
/// <param name="cloudType">The cloud type (<c>int32</c>, <c>double</c>, <c>bool</c> or <c>string</c>), or null when unknown.</param>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticleCloudVariableAttribute(string name, string? cloudType) : Attribute
{
    /// <summary>The cloud variable name (case-sensitive).</summary>
    public string Name { get; } = name;

    /// <summary>The cloud type as the Particle Cloud reports it, or null when the firmware's type has none.</summary>
    public string? CloudType { get; } = cloudType;
}
