using System.Buffers;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ParticleContracts.Http;

namespace ParticleContracts.Serialization;

/// <summary>Ledger request bodies and the mapping of ledger definition replies to the public model.</summary>
internal static class LedgerWireMapping
{
    public static string ScopeText(ParticleLedgerScope scope) => scope switch
    {
        ParticleLedgerScope.Owner => "Owner",
        ParticleLedgerScope.Product => "Product",
        ParticleLedgerScope.Device => "Device",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Choose Owner, Product or Device."),
    };

    public static string DirectionText(ParticleLedgerDirection direction) => direction switch
    {
        ParticleLedgerDirection.Upstream => "Upstream",
        ParticleLedgerDirection.Downstream => "Downstream",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Choose Upstream or Downstream."),
    };

    public static string SetModeText(ParticleLedgerSetMode mode) => mode switch
    {
        ParticleLedgerSetMode.Replace => "Replace",
        ParticleLedgerSetMode.Merge => "Merge",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Choose Replace or Merge."),
    };

    public static ParticleLedgerScope ParseScope(string? text) => text switch
    {
        _ when string.Equals(text, "Owner", StringComparison.OrdinalIgnoreCase) => ParticleLedgerScope.Owner,
        _ when string.Equals(text, "Product", StringComparison.OrdinalIgnoreCase) => ParticleLedgerScope.Product,
        _ when string.Equals(text, "Device", StringComparison.OrdinalIgnoreCase) => ParticleLedgerScope.Device,
        _ => ParticleLedgerScope.Unknown,
    };

    public static ParticleLedgerDirection ParseDirection(string? text) => text switch
    {
        _ when string.Equals(text, "Upstream", StringComparison.OrdinalIgnoreCase) => ParticleLedgerDirection.Upstream,
        _ when string.Equals(text, "Downstream", StringComparison.OrdinalIgnoreCase) => ParticleLedgerDirection.Downstream,
        _ => ParticleLedgerDirection.Unknown,
    };

    public static byte[] DefinitionBody(ParticleLedgerDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.Name, nameof(definition));
        var body = new LedgerDefinitionBodyWire
        {
            Ledger = new LedgerDefinitionWriteWire
            {
                Name = definition.Name,
                Description = definition.Description,
                Scope = ScopeText(definition.Scope),
                Direction = DirectionText(definition.Direction),
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(body, ParticleJsonContext.Default.LedgerDefinitionBodyWire);
    }

    /// <summary><c>{"instance":{"data":...}}</c> around a JSON object.</summary>
    public static byte[] InstanceBody(JsonObject data) => WriteInstanceBody(writer => data.WriteTo(writer));

    /// <summary><c>{"instance":{"data":...}}</c> around a typed value that must serialize to a JSON object.</summary>
    public static byte[] InstanceBody<T>(T data, JsonTypeInfo<T> typeInfo)
    {
        var element = JsonSerializer.SerializeToElement(data, typeInfo);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Ledger data must be a JSON object; {typeof(T).Name} serialized to a JSON {element.ValueKind.ToString().ToLowerInvariant()}. Nothing was sent.", nameof(data));
        }

        return WriteInstanceBody(writer => element.WriteTo(writer));
    }

    public static ParticleLedgerDefinition ToDefinition(LedgerDefinitionWire wire, string? requestedName, CloudRequest request, HttpStatusCode status, byte[] body, SecretRedactor redactor)
    {
        var name = wire.Name ?? requestedName;
        if (string.IsNullOrEmpty(name))
        {
            throw CloudErrorTranslator.Malformed(request, status, "a ledger definition has no \"name\"", body, redactor);
        }

        return new ParticleLedgerDefinition
        {
            Name = name,
            Description = wire.Description,
            Scope = ParseScope(wire.Scope),
            Direction = ParseDirection(wire.Direction),
            CreatedAt = wire.CreatedAt,
            UpdatedAt = wire.UpdatedAt,
            ArchivedAt = wire.ArchivedAt,
        };
    }

    private static byte[] WriteInstanceBody(Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("instance");
            writer.WritePropertyName("data");
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
