namespace ParticleContracts;

/// <summary>
/// One event of a typed stream: the event's envelope and its payload decoded as <typeparamref name="T"/>. When the
/// data does not match the payload shape the firmware declares, <see cref="PayloadError"/> says why,
/// <see cref="Data"/> is the default and <see cref="RawData"/> keeps the text; the stream goes on.
/// </summary>
/// <typeparam name="T">The payload type generated from the firmware (a record, <c>string</c>, a number or <c>byte[]</c>).</typeparam>
public sealed class ParticleEvent<T>
{
    /// <summary>The event name.</summary>
    public required string Name { get; init; }

    /// <summary>The decoded payload; the default when the event had no data or <see cref="PayloadError"/> is set.</summary>
    public T? Data { get; init; }

    /// <summary>The payload text as the cloud sent it, or null when the event had none.</summary>
    public string? RawData { get; init; }

    /// <summary>Why the payload could not be decoded as <typeparamref name="T"/>, or null when it was.</summary>
    public ParticleEventPayloadException? PayloadError { get; init; }

    /// <summary>True when <see cref="Data"/> holds the decoded payload.</summary>
    public bool HasPayload => PayloadError is null;

    /// <summary>When the event was published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The publishing device ID, <c>particle-internal</c> for cloud events or <c>api</c> for API publishes.</summary>
    public string? DeviceId { get; init; }

    /// <summary>Time to live in seconds.</summary>
    public int? Ttl { get; init; }

    /// <summary>The product ID, when the stream says.</summary>
    public int? ProductId { get; init; }

    /// <inheritdoc/>
    public override string ToString() => PayloadError is null
        ? $"{Name}: {Data} (from {DeviceId ?? "?"} at {PublishedAt:O})"
        : $"{Name}: payload error ({PayloadError.Message}) (from {DeviceId ?? "?"} at {PublishedAt:O})";
}
