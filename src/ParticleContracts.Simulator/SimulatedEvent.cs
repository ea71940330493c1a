namespace ParticleContracts.Simulator;

/// <summary>An event that went through the simulated cloud (published by a device, through the API, or by the cloud itself).</summary>
/// <param name="Name">The event name, e.g. <c>temperature</c> or <c>spark/status</c>.</param>
/// <param name="Data">The payload, or null when none was sent.</param>
/// <param name="Ttl">Time to live in seconds (the cloud always reports 60 for new events).</param>
/// <param name="PublishedAt">When the cloud received it.</param>
/// <param name="CoreId">The publishing device's ID, <c>api</c> for API publishes, or <c>particle-internal</c>.</param>
/// <param name="IsPublic">Whether the event is public.</param>
/// <param name="ProductId">The product the event belongs to, if any.</param>
public sealed record SimulatedEvent(
    string Name,
    string? Data,
    int Ttl,
    DateTimeOffset PublishedAt,
    string CoreId,
    bool IsPublic,
    int? ProductId)
{
    /// <summary>The account the event belongs to (the device owner or the API caller); null for product-wide API publishes.</summary>
    internal string? Owner { get; init; }
}

/// <summary>One call of a simulated function, recorded in order.</summary>
/// <param name="Function">The function name.</param>
/// <param name="Argument">The argument the caller sent.</param>
/// <param name="ReturnValue">What the handler returned.</param>
public sealed record SimulatedFunctionCall(string Function, string Argument, int ReturnValue);
