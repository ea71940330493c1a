namespace ParticleContracts;

/// <summary>
/// Contract metadata on a generated interface (read by the analyzers): the firmware uses the ledger
/// <see cref="Name"/>, in the <see cref="Direction"/> its reads and writes imply.
/// </summary>
/// <param name="name">The ledger name, exactly as the firmware passes it to <c>Particle.ledger</c>.</param>
/// <param name="direction">
/// <see cref="ParticleLedgerDirection.Downstream"/> when the device reads the ledger, <see cref="ParticleLedgerDirection.Upstream"/>
/// when it only writes it, <see cref="ParticleLedgerDirection.Unknown"/> when it does neither.
/// </param>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticleLedgerAttribute(string name, ParticleLedgerDirection direction) : Attribute
{
    /// <summary>The ledger name (case-sensitive).</summary>
    public string Name { get; } = name;

    /// <summary>The direction the firmware implies.</summary>
    public ParticleLedgerDirection Direction { get; } = direction;
}

/// <summary>
/// Contract metadata on a generated interface (read by the analyzers): the firmware reads the environment variable
/// <see cref="Name"/> and decodes it as <see cref="ValueType"/>.
/// </summary>
/// <param name="name">The variable name, exactly as the firmware passes it to <c>System.getEnv</c>.</param>
/// <param name="valueType">How the firmware decodes the value: <c>int</c>, <c>bool</c> or <c>string</c>.</param>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticleEnvironmentVariableAttribute(string name, string valueType) : Attribute
{
    /// <summary>The variable name (case-sensitive).</summary>
    public string Name { get; } = name;

    /// <summary>How the firmware decodes the value: <c>int</c> (32-bit signed decimal), <c>bool</c> (exactly <c>true</c> or <c>false</c>) or <c>string</c>.</summary>
    public string ValueType { get; } = valueType;
}
