namespace ParticleContracts;

/// <summary>
/// Contract metadata on a generated interface (read by the analyzers): the firmware publishes the event
/// <see cref="Name"/>. On a typed stream member, or on the interface for an event without one.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticlePublishedEventAttribute(string name) : Attribute
{
    /// <summary>The event name (for a name with a run-time part: its constant prefix, or empty).</summary>
    public string Name { get; } = name;

    /// <summary>True when the name has a run-time part and <see cref="Name"/> is only its constant prefix.</summary>
    public bool IsPrefix { get; init; }
}

/// <summary>
/// Contract metadata on a generated interface (read by the analyzers): the firmware subscribes to events whose names
/// start with <see cref="Prefix"/>. On a typed publisher member, or on the interface for a subscription without one.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticleSubscribedEventAttribute(string prefix) : Attribute
{
    /// <summary>The subscription prefix (for a prefix with a run-time part: its constant start, or empty).</summary>
    public string Prefix { get; } = prefix;

    /// <summary>True when the prefix has a run-time part and <see cref="Prefix"/> is only its constant start.</summary>
    public bool IsPartial { get; init; }
}
