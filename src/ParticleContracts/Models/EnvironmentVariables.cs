using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// The environment variables of one scope, as listed by <see cref="ParticleCloudClient.GetEnvironmentAsync"/> and
/// returned by every change. Particle's reference does not document this reply; the client reads the shape Particle's
/// JavaScript client declares (<c>latest</c>, <c>last_snapshot</c>, <c>on_device</c>), treats every part as optional,
/// and keeps the whole reply in <see cref="Raw"/> for anything else.
/// </summary>
public sealed class ParticleEnvironment
{
    /// <summary>The current values (<c>latest</c>): set here, and inherited from the scopes above.</summary>
    public required ParticleEnvironmentLayer Latest { get; init; }

    /// <summary>What the last rollout delivered (<c>last_snapshot</c>), or null when nothing was rolled out yet.</summary>
    public ParticleEnvironmentLayer? LastSnapshot { get; init; }

    /// <summary>What a device last reported (<c>on_device.rendered</c>; device scope only), or null.</summary>
    public IReadOnlyDictionary<string, string>? OnDevice { get; init; }

    /// <summary>When the device last reported its values (<c>on_device.last_reported_at</c>), or null.</summary>
    public DateTimeOffset? OnDeviceReportedAt { get; init; }

    /// <summary>The whole reply, for fields this client does not map.</summary>
    public JsonElement Raw { get; init; }
}

/// <summary>Variables of one scope: its own and those inherited from the scopes above it.</summary>
public sealed class ParticleEnvironmentLayer
{
    /// <summary>Variables set in this scope (<c>own</c>), name → value.</summary>
    public required IReadOnlyDictionary<string, string> Own { get; init; }

    /// <summary>Variables inherited from the scopes above (<c>inherited</c>), name → origin and value.</summary>
    public required IReadOnlyDictionary<string, ParticleInheritedEnvironmentValue> Inherited { get; init; }

    /// <summary>When the variables were first set (<c>created_at</c>), or null.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the variables last changed (<c>updated_at</c>), or null.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Who last changed them (<c>updated_by</c>), or null.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>For a snapshot: when it was rolled out (<c>rollout_at</c>), or null.</summary>
    public DateTimeOffset? RolloutAt { get; init; }

    /// <summary>For a snapshot: who rolled it out (<c>rollout_by</c>), or null.</summary>
    public string? RolloutBy { get; init; }
}

/// <summary>An inherited variable: where it comes from and its value.</summary>
/// <param name="From">The origin as the cloud names it, e.g. <c>Owner</c>, <c>Product</c> or <c>Firmware</c>.</param>
/// <param name="Value">The value.</param>
public sealed record ParticleInheritedEnvironmentValue(string From, string Value);

/// <summary>
/// The flattened variables of a scope (<see cref="ParticleCloudClient.RenderEnvironmentAsync"/>): for a device, what it
/// receives after the next rollout and reboot. Read from <c>{"env":{...}}</c>; a reply that is a bare name → value
/// object is accepted too.
/// </summary>
public sealed class ParticleEnvironmentRender
{
    /// <summary>Name → value, after precedence (device over product over owner).</summary>
    public required IReadOnlyDictionary<string, string> Variables { get; init; }

    /// <summary>When any contributing variable last changed (<c>last_updated_at</c>), or null.</summary>
    public DateTimeOffset? LastUpdatedAt { get; init; }

    /// <summary>When the last rollout happened (<c>rollout_at</c>), or null.</summary>
    public DateTimeOffset? RolloutAt { get; init; }

    /// <summary>Who started the last rollout (<c>rollout_by</c>), or null.</summary>
    public string? RolloutBy { get; init; }

    /// <summary>The whole reply, for fields this client does not map.</summary>
    public JsonElement Raw { get; init; }
}
