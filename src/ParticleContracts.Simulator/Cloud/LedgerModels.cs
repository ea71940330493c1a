using System.Text.Json.Nodes;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Where ledger definitions live: the caller's sandbox, or an organization the caller belongs to.</summary>
/// <param name="Username">The calling account (sandbox owner, or the member acting in the organization).</param>
/// <param name="Organization">The organization, or null for the sandbox.</param>
internal readonly record struct LedgerNamespace(string Username, Organization? Organization)
{
    public string Key => Organization is null ? "user:" + Username : "org:" + Organization.Slug.ToLowerInvariant();
}

/// <summary>A ledger definition (immutable; a change stores a new record).</summary>
internal sealed record LedgerDefinition(
    string Name,
    string? Description,
    string Scope,
    string Direction,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ArchivedAt)
{
    public const string Upstream = "Upstream";
    public const string Downstream = "Downstream";

    public static readonly string[] Scopes = ["Owner", "Product", "Device"];
    public static readonly string[] Directions = [Upstream, Downstream];
}

/// <summary>A scope value checked against the caller: the canonical value and a display name.</summary>
internal sealed record LedgerScopeValue(string Type, string Value, string? Name);

/// <summary>A copy of an instance (current or historical) handed out of the store's lock.</summary>
internal sealed record LedgerInstanceView(
    string Name,
    LedgerScopeValue Scope,
    JsonObject Data,
    int SizeBytes,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ReplacedAt);

/// <summary>The mutable state of one instance, guarded by the store's lock.</summary>
internal sealed class LedgerInstanceState(LedgerScopeValue scope, DateTimeOffset createdAt)
{
    public LedgerScopeValue Scope { get; set; } = scope;

    public JsonObject Data { get; set; } = [];

    public int SizeBytes { get; set; } = 2;

    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset UpdatedAt { get; set; } = createdAt;

    /// <summary>Earlier versions, oldest first.</summary>
    public List<LedgerInstanceView> History { get; } = [];
}
