namespace ParticleContracts;

/// <summary>One event from a Server-Sent Events stream.</summary>
public sealed class ParticleEvent
{
    /// <summary>The event name, from the SSE <c>event:</c> line.</summary>
    public required string Name { get; init; }

    /// <summary>The event payload (<c>data</c>), or null when the event had none.</summary>
    public string? Data { get; init; }

    /// <summary>When the event was published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The publishing device ID (<c>coreid</c>), <c>particle-internal</c> for cloud events or <c>api</c> for API publishes.</summary>
    public string? DeviceId { get; init; }

    /// <summary>Time to live in seconds.</summary>
    public int? Ttl { get; init; }

    /// <summary>Whether the event was public, when the stream says.</summary>
    public bool? Public { get; init; }

    /// <summary>The product ID, when the stream says.</summary>
    public int? ProductId { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Data} (from {DeviceId ?? "?"} at {PublishedAt:O})";
}
