using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParticleContracts.Serialization;

// Wire shapes of the Particle Cloud API replies. They stay internal and tolerant (nullable everywhere) so that a missing
// field becomes a clear ParticleProtocolException in the mapping code instead of a deserializer crash.

internal sealed class DeviceWire
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("last_app")] public string? LastApp { get; set; }
    [JsonPropertyName("last_heard")] public DateTimeOffset? LastHeard { get; set; }
    [JsonPropertyName("last_handshake_at")] public DateTimeOffset? LastHandshakeAt { get; set; }
    [JsonPropertyName("last_ip_address")] public string? LastIpAddress { get; set; }
    [JsonPropertyName("online")] public bool? Online { get; set; }
    [JsonPropertyName("connected")] public bool? Connected { get; set; }
    [JsonPropertyName("platform_id")] public int? PlatformId { get; set; }
    [JsonPropertyName("product_id")] public int? ProductId { get; set; }
    [JsonPropertyName("cellular")] public bool? Cellular { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("serial_number")] public string? SerialNumber { get; set; }
    [JsonPropertyName("notes")] public string? Notes { get; set; }
    [JsonPropertyName("system_firmware_version")] public string? SystemFirmwareVersion { get; set; }
    [JsonPropertyName("variables")] public Dictionary<string, string>? Variables { get; set; }
    [JsonPropertyName("functions")] public List<string>? Functions { get; set; }
}

internal sealed class ProductDevicesWire
{
    [JsonPropertyName("devices")] public List<DeviceWire>? Devices { get; set; }
    [JsonPropertyName("meta")] public ProductDevicesMetaWire? Meta { get; set; }
}

internal sealed class ProductDevicesMetaWire
{
    [JsonPropertyName("total_pages")] public int? TotalPages { get; set; }
    [JsonPropertyName("total_records")] public int? TotalRecords { get; set; }
}

internal sealed class VariableWire
{
    [JsonPropertyName("cmd")] public string? Cmd { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("result")] public JsonElement Result { get; set; }
    [JsonPropertyName("coreInfo")] public CoreInfoWire? CoreInfo { get; set; }
}

internal sealed class CoreInfoWire
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("deviceID")] public string? DeviceId { get; set; }
    [JsonPropertyName("connected")] public bool? Connected { get; set; }
    [JsonPropertyName("last_app")] public string? LastApp { get; set; }
    [JsonPropertyName("last_heard")] public DateTimeOffset? LastHeard { get; set; }
    [JsonPropertyName("last_handshake_at")] public DateTimeOffset? LastHandshakeAt { get; set; }
    [JsonPropertyName("product_id")] public int? ProductId { get; set; }
}

internal sealed class FunctionCallWire
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("connected")] public bool? Connected { get; set; }
    [JsonPropertyName("return_value")] public long? ReturnValue { get; set; }
}

internal sealed class PublishEventWire
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("data")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Data { get; set; }
    [JsonPropertyName("private")] public bool Private { get; set; }
    [JsonPropertyName("ttl")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public int? Ttl { get; set; }
}

internal sealed class OkWire
{
    [JsonPropertyName("ok")] public bool? Ok { get; set; }
    [JsonPropertyName("error")] public string? Error { get; set; }
}

internal sealed class EventDataWire
{
    [JsonPropertyName("data")] public string? Data { get; set; }
    [JsonPropertyName("ttl")] [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] public int? Ttl { get; set; }
    [JsonPropertyName("published_at")] public DateTimeOffset? PublishedAt { get; set; }
    [JsonPropertyName("coreid")] public string? CoreId { get; set; }
    [JsonPropertyName("userid")] public string? UserId { get; set; }
    [JsonPropertyName("version")] public int? Version { get; set; }
    [JsonPropertyName("public")] public bool? Public { get; set; }
    [JsonPropertyName("productID")] public int? ProductId { get; set; }
}

internal sealed class TokenWire
{
    [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
    [JsonPropertyName("token_type")] public string? TokenType { get; set; }
    [JsonPropertyName("expires_in")] public long? ExpiresIn { get; set; }
    [JsonPropertyName("refresh_token")] public string? RefreshToken { get; set; }
}

internal sealed class TokenInfoWire
{
    [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
    [JsonPropertyName("client")] public string? Client { get; set; }
    [JsonPropertyName("scopes")] public List<string>? Scopes { get; set; }
}

internal sealed class ErrorWire
{
    [JsonPropertyName("ok")] public bool? Ok { get; set; }
    [JsonPropertyName("error")] public JsonElement Error { get; set; }
    [JsonPropertyName("error_description")] public string? ErrorDescription { get; set; }
    [JsonPropertyName("info")] public string? Info { get; set; }
    [JsonPropertyName("mfa_token")] public string? MfaToken { get; set; }
}
