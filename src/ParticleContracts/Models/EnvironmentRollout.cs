using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// What a rollout would change (<see cref="ParticleCloudClient.GetEnvironmentRolloutAsync"/>). Particle's reference
/// does not document this reply; the client reads <c>from_snapshot</c> and <c>from_device</c> diffs of
/// <c>{"changes":[{"op","key","before","after"}],"unchanged":{...}}</c>, treats every part as optional, and keeps the
/// whole reply in <see cref="Raw"/>.
/// </summary>
public sealed class ParticleEnvironmentRollout
{
    /// <summary>The change against the last rolled-out snapshot (empty when the reply has none).</summary>
    public required ParticleEnvironmentDiff FromSnapshot { get; init; }

    /// <summary>The change against what the device reported (device scope), or null.</summary>
    public ParticleEnvironmentDiff? FromDevice { get; init; }

    /// <summary>The whole reply, for fields this client does not map.</summary>
    public JsonElement Raw { get; init; }

    /// <summary>True when the snapshot diff has no changes.</summary>
    public bool IsEmpty => FromSnapshot.Changes.Count == 0;
}

/// <summary>A set of changes between two versions of the flattened variables.</summary>
/// <param name="Changes">Added, changed and removed variables.</param>
/// <param name="Unchanged">Variables that stay the same, name → value.</param>
public sealed record ParticleEnvironmentDiff(IReadOnlyList<ParticleEnvironmentChange> Changes, IReadOnlyDictionary<string, string> Unchanged);

/// <summary>One changed variable.</summary>
/// <param name="Kind">Added, changed, removed, or unknown when the cloud sent another <c>op</c>.</param>
/// <param name="Operation">The cloud's <c>op</c> text as sent.</param>
/// <param name="Key">The variable name.</param>
/// <param name="Before">The old value; null when added.</param>
/// <param name="After">The new value; null when removed.</param>
public sealed record ParticleEnvironmentChange(ParticleEnvironmentChangeKind Kind, string Operation, string Key, string? Before, string? After);

/// <summary>Kinds of rollout changes.</summary>
public enum ParticleEnvironmentChangeKind
{
    /// <summary>The cloud sent an <c>op</c> this client does not know (see <see cref="ParticleEnvironmentChange.Operation"/>).</summary>
    Unknown = 0,

    /// <summary>A new variable (<c>Added</c>).</summary>
    Added = 1,

    /// <summary>A new value (<c>Changed</c>).</summary>
    Changed = 2,

    /// <summary>A variable that goes away (<c>Removed</c>).</summary>
    Removed = 3,
}
