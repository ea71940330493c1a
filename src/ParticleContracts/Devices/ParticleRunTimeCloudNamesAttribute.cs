namespace ParticleContracts;

/// <summary>
/// Marks a generated device contract whose firmware registers variables or functions, or uses ledgers, under names
/// known only at run time, so the analyzers do not report a name the contract does not declare.
/// </summary>
/// <param name="kind">Which kind of registration has run-time names.</param>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticleRunTimeCloudNamesAttribute(ParticleMemberKind kind) : Attribute
{
    /// <summary>Variables, functions or ledgers.</summary>
    public ParticleMemberKind Kind { get; } = kind;
}
