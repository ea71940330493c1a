namespace ParticleContracts;

/// <summary>
/// A ledger definition: its name, who an instance belongs to (<see cref="Scope"/>) and which way data flows
/// (<see cref="Direction"/>). Pass one to <see cref="ParticleCloudClient.CreateLedgerAsync"/> or
/// <see cref="ParticleCloudClient.UpdateLedgerAsync"/>; the cloud fills in the timestamps.
/// </summary>
/// <remarks>
/// Device OS names ledgers with lowercase letters, digits and <c>-</c>, at most 32 characters. The client does not
/// check the name: the cloud's own reply to an invalid one surfaces as a <see cref="ParticleCloudException"/>.
/// </remarks>
public sealed class ParticleLedgerDefinition
{
    /// <summary>The ledger name, e.g. <c>test-config</c>; unique across scopes.</summary>
    public required string Name { get; init; }

    /// <summary>A free-text description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>Who one instance of the ledger belongs to: the owner, a product or a device.</summary>
    public ParticleLedgerScope Scope { get; init; }

    /// <summary>Cloud to device (<see cref="ParticleLedgerDirection.Downstream"/>) or device to cloud (<see cref="ParticleLedgerDirection.Upstream"/>).</summary>
    public ParticleLedgerDirection Direction { get; init; }

    /// <summary>When the definition was created (from the cloud's reply).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the definition last changed (from the cloud's reply).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When the definition was archived, or null while it is active.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>True once the definition has been archived (<see cref="ParticleCloudClient.ArchiveLedgerAsync"/>).</summary>
    public bool IsArchived => ArchivedAt is not null;

    /// <inheritdoc/>
    public override string ToString() => $"Ledger {Name} ({Scope}, {Direction})";
}

/// <summary>Who one instance of a ledger belongs to; the instance is addressed by a matching scope value.</summary>
public enum ParticleLedgerScope
{
    /// <summary>The cloud sent a scope this client does not know.</summary>
    Unknown = 0,

    /// <summary>
    /// One instance for the owner (sandbox user or organization). Particle does not document the scope value that
    /// addresses it; the owner's user or organization ID is the likely form.
    /// </summary>
    Owner = 1,

    /// <summary>One instance per product; the scope value is the product ID.</summary>
    Product = 2,

    /// <summary>One instance per device; the scope value is the device ID.</summary>
    Device = 3,
}

/// <summary>Which way a ledger's data flows.</summary>
public enum ParticleLedgerDirection
{
    /// <summary>The cloud sent a direction this client does not know.</summary>
    Unknown = 0,

    /// <summary>Device to cloud: devices write it, the cloud API reads it.</summary>
    Upstream = 1,

    /// <summary>Cloud to device: the cloud API writes it, devices read it.</summary>
    Downstream = 2,
}

/// <summary>How <see cref="ParticleCloudClient.SetLedgerInstanceAsync(string, string, System.Text.Json.Nodes.JsonObject, ParticleLedgerSetMode, string?, CancellationToken)"/> combines new data with the old.</summary>
public enum ParticleLedgerSetMode
{
    /// <summary>The new data replaces the instance's data (<c>set_mode=Replace</c>).</summary>
    Replace = 0,

    /// <summary>The new top-level keys are written over the old ones; other keys stay (<c>set_mode=Merge</c>).</summary>
    Merge = 1,
}

/// <summary>Filters and paging for <see cref="ParticleCloudClient.ListLedgersAsync"/> (query <c>scope</c>, <c>archived</c>, <c>page</c>, <c>per_page</c>).</summary>
public sealed class ParticleLedgerQuery
{
    /// <summary>Only ledgers of this scope; null for all.</summary>
    public ParticleLedgerScope? Scope { get; init; }

    /// <summary>True for archived ledgers only, false for active ones only, null for both.</summary>
    public bool? Archived { get; init; }

    /// <summary>1-based page; null for the cloud's default.</summary>
    public int? Page { get; init; }

    /// <summary>Ledgers per page; null for the cloud's default.</summary>
    public int? PerPage { get; init; }
}
