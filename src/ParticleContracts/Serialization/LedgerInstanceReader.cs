using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ParticleContracts.Http;

namespace ParticleContracts.Serialization;

/// <summary>Maps ledger instance replies to <see cref="ParticleLedgerInstance{TData}"/>, turning unreadable data into protocol errors.</summary>
internal sealed class LedgerInstanceReader(CloudRequest request, HttpStatusCode status, byte[] body, SecretRedactor redactor, string ledgerName, string scopeValue)
{
    private static readonly JsonElement EmptyObject = CreateEmptyObject();

    /// <summary>The data as a fresh <see cref="JsonObject"/>.</summary>
    public static JsonObject AsObject(JsonElement data) =>
        JsonObject.Create(data) ?? throw new JsonException("The ledger data is JSON null.");

    /// <summary>The data deserialized with source-generated metadata.</summary>
    public static Func<JsonElement, T> As<T>(JsonTypeInfo<T> typeInfo) =>
        data => JsonSerializer.Deserialize(data, typeInfo) ?? throw new JsonException("The ledger data is JSON null.");

    public ParticleLedgerInstance<T> Read<T>(LedgerInstanceWire wire, Func<JsonElement, T> convert)
    {
        var data = wire.Data.ValueKind switch
        {
            JsonValueKind.Object => wire.Data,
            JsonValueKind.Undefined or JsonValueKind.Null => EmptyObject,
            _ => throw CloudErrorTranslator.Malformed(request, status, $"the ledger data is a JSON {wire.Data.ValueKind.ToString().ToLowerInvariant()}, not an object", body, redactor),
        };

        T converted;
        try
        {
            converted = convert(data);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw CloudErrorTranslator.Malformed(request, status, $"the ledger data does not fit {typeof(T).Name}: {exception.Message}", body, redactor, exception);
        }

        return new ParticleLedgerInstance<T>
        {
            Name = wire.Name ?? ledgerName,
            Scope = ReadScope(wire.Scope),
            Data = converted,
            SizeBytes = wire.SizeBytes,
            CreatedAt = wire.CreatedAt,
            UpdatedAt = wire.UpdatedAt,
            ReplacedAt = wire.ReplacedAt,
            Version = Text(wire.Version),
        };
    }

    // The documented shape is {"type","value","name"}; a bare scope name is accepted too.
    private ParticleLedgerScopeValue ReadScope(JsonElement scope)
    {
        if (scope.ValueKind == JsonValueKind.String)
        {
            return new ParticleLedgerScopeValue(LedgerWireMapping.ParseScope(scope.GetString()), scopeValue);
        }

        if (scope.ValueKind != JsonValueKind.Object)
        {
            return new ParticleLedgerScopeValue(ParticleLedgerScope.Unknown, scopeValue);
        }

        var type = scope.TryGetProperty("type", out var typeElement) ? Text(typeElement) : null;
        var value = scope.TryGetProperty("value", out var valueElement) ? Text(valueElement) : null;
        var name = scope.TryGetProperty("name", out var nameElement) ? Text(nameElement) : null;
        return new ParticleLedgerScopeValue(LedgerWireMapping.ParseScope(type), value ?? scopeValue, name);
    }

    private static JsonElement CreateEmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }

    private static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        _ => null,
    };
}
