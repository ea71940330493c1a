using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParticleContracts.Serialization;

// Ledger reply shapes. The cloud's replies are read tolerantly: every field is nullable, a single object may arrive
// bare or wrapped ("ledger_definition", "ledger", "instance"), and fields whose type is not pinned down (scope,
// version) stay JsonElement so the mapping code decides.

internal sealed class LedgerDefinitionWire
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("scope")] public string? Scope { get; set; }
    [JsonPropertyName("direction")] public string? Direction { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("archived_at")] public DateTimeOffset? ArchivedAt { get; set; }
    [JsonPropertyName("ledger_definition")] public LedgerDefinitionWire? WrappedDefinition { get; set; }
    [JsonPropertyName("ledger")] public LedgerDefinitionWire? WrappedLedger { get; set; }

    [JsonIgnore] public LedgerDefinitionWire Unwrapped => WrappedDefinition ?? WrappedLedger ?? this;
}

internal sealed class LedgerDefinitionListWire
{
    [JsonPropertyName("ledger_definitions")] public List<LedgerDefinitionWire>? LedgerDefinitions { get; set; }
    [JsonPropertyName("ledgers")] public List<LedgerDefinitionWire>? Ledgers { get; set; }
    [JsonPropertyName("meta")] public PageMetaWire? Meta { get; set; }
}

internal sealed class LedgerDefinitionBodyWire
{
    [JsonPropertyName("ledger")] public LedgerDefinitionWriteWire Ledger { get; set; } = new();
}

internal sealed class LedgerDefinitionWriteWire
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Description { get; set; }
    [JsonPropertyName("scope")] public string Scope { get; set; } = "";
    [JsonPropertyName("direction")] public string Direction { get; set; } = "";
}

internal sealed class LedgerInstanceWire
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("scope")] public JsonElement Scope { get; set; }
    [JsonPropertyName("size_bytes")] public long? SizeBytes { get; set; }
    [JsonPropertyName("data")] public JsonElement Data { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("replaced_at")] public DateTimeOffset? ReplacedAt { get; set; }
    [JsonPropertyName("version")] public JsonElement Version { get; set; }
    [JsonPropertyName("instance")] public LedgerInstanceWire? WrappedInstance { get; set; }

    [JsonIgnore] public LedgerInstanceWire Unwrapped => WrappedInstance ?? this;
}

internal sealed class LedgerInstanceListWire
{
    [JsonPropertyName("instances")] public List<LedgerInstanceWire>? Instances { get; set; }
    [JsonPropertyName("meta")] public PageMetaWire? Meta { get; set; }
}

internal sealed class LedgerVersionListWire
{
    [JsonPropertyName("versions")] public List<LedgerInstanceWire>? Versions { get; set; }
    [JsonPropertyName("meta")] public PageMetaWire? Meta { get; set; }
}

internal sealed class PageMetaWire
{
    [JsonPropertyName("page")] public int? Page { get; set; }
    [JsonPropertyName("per_page")] public int? PerPage { get; set; }
    [JsonPropertyName("total_pages")] public int? TotalPages { get; set; }
    [JsonPropertyName("total")] public int? Total { get; set; }
    [JsonPropertyName("total_records")] public int? TotalRecords { get; set; }
    [JsonPropertyName("has_more")] public bool? HasMore { get; set; }
}
