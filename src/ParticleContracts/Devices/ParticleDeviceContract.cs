namespace ParticleContracts;

/// <summary>
/// The cloud variables and functions one device firmware registers. Generated proxies expose theirs as
/// a static <c>Contract</c> property; <see cref="ParticleContractVerifier"/> compares it with a live device.
/// </summary>
public sealed class ParticleDeviceContract
{
    private readonly ParticleContractLedger[] _ledgers = [];

    /// <summary>Creates a contract description.</summary>
    /// <param name="name">The contract name, e.g. <c>WeatherStation</c>.</param>
    /// <param name="members">Every registration of the firmware.</param>
    public ParticleDeviceContract(string name, IReadOnlyList<ParticleContractMember> members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(members);
        Name = name;
        Members = members.ToArray();
        Events = [];
    }

    /// <summary>Creates a contract description with events.</summary>
    /// <param name="name">The contract name, e.g. <c>WeatherStation</c>.</param>
    /// <param name="members">Every registration of the firmware.</param>
    /// <param name="events">Every publish and subscribe of the firmware.</param>
    public ParticleDeviceContract(string name, IReadOnlyList<ParticleContractMember> members, IReadOnlyList<ParticleContractEvent> events)
        : this(name, members)
    {
        ArgumentNullException.ThrowIfNull(events);
        Events = events.ToArray();
    }

    /// <summary>The contract name, e.g. <c>WeatherStation</c>.</summary>
    public string Name { get; }

    /// <summary>Every registration of the firmware, in source order.</summary>
    public IReadOnlyList<ParticleContractMember> Members { get; }

    /// <summary>Every event the firmware publishes or subscribes to, in source order (not part of the device describe, so not verified).</summary>
    public IReadOnlyList<ParticleContractEvent> Events { get; }

    /// <summary>
    /// Every ledger the firmware uses, with the direction its reads and writes imply (ordinal by name in generated
    /// contracts); <see cref="ParticleContractVerifier"/> checks each against the cloud's ledger definition.
    /// </summary>
    public IReadOnlyList<ParticleContractLedger> Ledgers
    {
        get => _ledgers;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            _ledgers = value.ToArray();
        }
    }

    /// <summary>The variables of the contract.</summary>
    public IEnumerable<ParticleContractMember> Variables => Members.Where(static m => m.Kind == ParticleMemberKind.Variable);

    /// <summary>The functions of the contract.</summary>
    public IEnumerable<ParticleContractMember> Functions => Members.Where(static m => m.Kind == ParticleMemberKind.Function);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Variables.Count()} variables, {Functions.Count()} functions)";
}
