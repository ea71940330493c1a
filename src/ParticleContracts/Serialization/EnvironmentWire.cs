using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParticleContracts.Serialization;

// Environment variable reply shapes. Values stay JsonElement: a value may arrive as a string or as {"value": "..."}
// and the mapping code accepts both. Every field is nullable; a missing part maps to an empty one.

internal sealed class EnvironmentWire
{
    [JsonPropertyName("latest")] public EnvironmentLayerWire? Latest { get; set; }
    [JsonPropertyName("last_snapshot")] public EnvironmentLayerWire? LastSnapshot { get; set; }
    [JsonPropertyName("on_device")] public EnvironmentOnDeviceWire? OnDevice { get; set; }
}

internal sealed class EnvironmentLayerWire
{
    [JsonPropertyName("own")] public Dictionary<string, JsonElement>? Own { get; set; }
    [JsonPropertyName("inherited")] public Dictionary<string, JsonElement>? Inherited { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("created_by")] public string? CreatedBy { get; set; }
    [JsonPropertyName("updated_by")] public string? UpdatedBy { get; set; }
    [JsonPropertyName("rollout_at")] public DateTimeOffset? RolloutAt { get; set; }
    [JsonPropertyName("rollout_by")] public string? RolloutBy { get; set; }
}

internal sealed class EnvironmentOnDeviceWire
{
    [JsonPropertyName("rendered")] public Dictionary<string, JsonElement>? Rendered { get; set; }
    [JsonPropertyName("last_reported_at")] public DateTimeOffset? LastReportedAt { get; set; }
    [JsonPropertyName("development_env")] public bool? DevelopmentEnvironment { get; set; }
}

internal sealed class EnvironmentRenderWire
{
    [JsonPropertyName("env")] public Dictionary<string, JsonElement>? Env { get; set; }
    [JsonPropertyName("last_updated_at")] public DateTimeOffset? LastUpdatedAt { get; set; }
    [JsonPropertyName("rollout_at")] public DateTimeOffset? RolloutAt { get; set; }
    [JsonPropertyName("rollout_by")] public string? RolloutBy { get; set; }
}

internal sealed class EnvironmentRolloutWire
{
    [JsonPropertyName("from_snapshot")] public EnvironmentDiffWire? FromSnapshot { get; set; }
    [JsonPropertyName("from_device")] public EnvironmentDiffWire? FromDevice { get; set; }
}

internal sealed class EnvironmentDiffWire
{
    [JsonPropertyName("changes")] public List<EnvironmentChangeWire>? Changes { get; set; }
    [JsonPropertyName("unchanged")] public Dictionary<string, JsonElement>? Unchanged { get; set; }
}

internal sealed class EnvironmentChangeWire
{
    [JsonPropertyName("op")] public string? Op { get; set; }
    [JsonPropertyName("key")] public string? Key { get; set; }
    [JsonPropertyName("before")] public JsonElement Before { get; set; }
    [JsonPropertyName("after")] public JsonElement After { get; set; }
}

internal sealed class EnvironmentRolloutStartWire
{
    [JsonPropertyName("success")] public bool? Success { get; set; }
}

internal sealed class EnvironmentPatchWire
{
    [JsonPropertyName("ops")] public List<EnvironmentOperationWire> Ops { get; set; } = [];
}

internal sealed class EnvironmentOperationWire
{
    [JsonPropertyName("op")] public string Op { get; set; } = "";
    [JsonPropertyName("key")] public string Key { get; set; } = "";
    [JsonPropertyName("value")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Value { get; set; }
}

internal sealed class EnvironmentValueWire
{
    [JsonPropertyName("value")] public string Value { get; set; } = "";
}

internal sealed class EnvironmentRolloutRequestWire
{
    [JsonPropertyName("when")] public string When { get; set; } = "";
}
