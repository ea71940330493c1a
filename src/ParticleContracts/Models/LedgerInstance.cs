using System.Text.Json.Nodes;

namespace ParticleContracts;

/// <summary>
/// One instance of a ledger (the data for one owner, product or device), or one earlier version of it.
/// </summary>
/// <typeparam name="TData">
/// The data: <see cref="JsonObject"/> from the untyped calls, or the type given by a
/// <see cref="System.Text.Json.Serialization.Metadata.JsonTypeInfo{T}"/> in the typed overloads.
/// </typeparam>
public sealed class ParticleLedgerInstance<TData>
{
    /// <summary>The ledger name.</summary>
    public required string Name { get; init; }

    /// <summary>Whose instance this is.</summary>
    public required ParticleLedgerScopeValue Scope { get; init; }

    /// <summary>The ledger data (a ledger is one JSON object; no schema is enforced by the cloud).</summary>
    public required TData Data { get; init; }

    /// <summary>The size of the data in bytes as the cloud reports it, or null when it did not.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>When the instance was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the instance data last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>For an entry of the version history: when a newer version replaced it; null for the current data.</summary>
    public DateTimeOffset? ReplacedAt { get; init; }

    /// <summary>
    /// The version identifier, when the reply carries a <c>version</c> field (pass it to
    /// <see cref="ParticleCloudClient.GetLedgerInstanceVersionAsync(string, string, string, string?, CancellationToken)"/>).
    /// How the cloud names versions is not documented; this is null when the reply has no such field.
    /// </summary>
    public string? Version { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"Ledger {Name} instance {Scope}";
}

/// <summary>The scope of a ledger instance: its kind and the value that addresses it (device ID, product ID, owner ID).</summary>
/// <param name="Type">The scope kind.</param>
/// <param name="Value">The scope value used in <c>/instances/:scopeValue</c>.</param>
/// <param name="Name">A display name (e.g. the device name), when the cloud sends one.</param>
public sealed record ParticleLedgerScopeValue(ParticleLedgerScope Type, string Value, string? Name = null)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Type}:{Value}";
}

/// <summary>One page of <c>GET /v1/ledgers/:name/instances</c>.</summary>
/// <typeparam name="TData">The data type of the instances.</typeparam>
/// <param name="Instances">The instances on this page.</param>
/// <param name="Page">The 1-based page number requested.</param>
/// <param name="TotalPages"><c>meta.total_pages</c>, when the cloud sent it.</param>
public sealed record ParticleLedgerInstancePage<TData>(IReadOnlyList<ParticleLedgerInstance<TData>> Instances, int Page, int? TotalPages);

/// <summary>Earlier versions of a ledger instance, newest first as the cloud returns them.</summary>
/// <typeparam name="TData">The data type of the versions.</typeparam>
/// <param name="Versions">The versions, each with <see cref="ParticleLedgerInstance{TData}.ReplacedAt"/>.</param>
/// <param name="HasMore"><c>meta.has_more</c>: more versions exist beyond this list (narrow with <c>replacedBefore</c>).</param>
public sealed record ParticleLedgerVersionList<TData>(IReadOnlyList<ParticleLedgerInstance<TData>> Versions, bool HasMore);
