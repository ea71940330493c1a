using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>Ledger reply bodies (definition and instance shapes) and the parsing of nested JSON request fields.</summary>
internal static class LedgerJson
{
    public static JsonObject Definition(LedgerDefinition definition) => new()
    {
        ["name"] = definition.Name,
        ["description"] = definition.Description,
        ["scope"] = definition.Scope,
        ["direction"] = definition.Direction,
        ["created_at"] = DeviceJson.Timestamp(definition.CreatedAt),
        ["updated_at"] = DeviceJson.Timestamp(definition.UpdatedAt),
        ["archived_at"] = definition.ArchivedAt is { } archived ? DeviceJson.Timestamp(archived) : null,
    };

    public static JsonObject Instance(LedgerInstanceView instance)
    {
        var scope = new JsonObject { ["type"] = instance.Scope.Type, ["value"] = instance.Scope.Value };
        if (instance.Scope.Name is { } name)
        {
            scope["name"] = name;
        }

        var json = new JsonObject
        {
            ["name"] = instance.Name,
            ["scope"] = scope,
            ["size_bytes"] = instance.SizeBytes,
            ["data"] = instance.Data.DeepClone(),
            ["version"] = instance.Version.ToString(CultureInfo.InvariantCulture),
            ["created_at"] = DeviceJson.Timestamp(instance.CreatedAt),
            ["updated_at"] = DeviceJson.Timestamp(instance.UpdatedAt),
        };
        if (instance.ReplacedAt is { } replaced)
        {
            json["replaced_at"] = DeviceJson.Timestamp(replaced);
        }

        return json;
    }

    /// <summary>A body field that must hold a JSON object (the request fields keep nested values as raw JSON text).</summary>
    public static JsonObject Object(string? raw, string field)
    {
        if (raw is null)
        {
            throw CloudRejection.BadRequest($"The request body needs a \"{field}\" object.");
        }

        try
        {
            return JsonNode.Parse(raw) as JsonObject ?? throw CloudRejection.BadRequest($"\"{field}\" must be a JSON object.");
        }
        catch (JsonException)
        {
            throw CloudRejection.BadRequest($"\"{field}\" must be a JSON object.");
        }
    }
}
