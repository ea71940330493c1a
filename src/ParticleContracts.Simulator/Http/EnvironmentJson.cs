using System.Text.Json;
using System.Text.Json.Nodes;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>Environment variable reply bodies and the parsing of PATCH operations.</summary>
internal static class EnvironmentJson
{
    public static JsonObject Listing(EnvironmentListing listing)
    {
        var latest = Layer(listing.Latest);
        latest["created_at"] = Timestamp(listing.Latest.CreatedAt);
        latest["updated_at"] = Timestamp(listing.Latest.UpdatedAt);
        latest["created_by"] = listing.Latest.CreatedBy;
        latest["updated_by"] = listing.Latest.UpdatedBy;
        var json = new JsonObject { ["latest"] = latest, ["last_snapshot"] = Snapshot(listing.LastSnapshot) };
        if (listing.OnDevice is { } device)
        {
            json["on_device"] = new JsonObject { ["rendered"] = Values(device.Applied), ["last_reported_at"] = Timestamp(device.AppliedAt) };
        }

        return json;
    }

    public static JsonObject Render(IReadOnlyDictionary<string, string> values, DateTimeOffset? lastUpdatedAt, EnvironmentSnapshot? snapshot) => new()
    {
        ["env"] = Values(values),
        ["last_updated_at"] = Timestamp(lastUpdatedAt),
        ["rollout_at"] = Timestamp(snapshot?.RolloutAt),
        ["rollout_by"] = snapshot?.RolloutBy,
    };

    public static JsonObject Rollout(EnvironmentDiff fromSnapshot, EnvironmentDiff? fromDevice)
    {
        var json = new JsonObject { ["from_snapshot"] = Diff(fromSnapshot) };
        if (fromDevice is not null)
        {
            json["from_device"] = Diff(fromDevice);
        }

        return json;
    }

    /// <summary>The <c>ops</c> field of a PATCH: <c>[{"op":"Set","key":..,"value":..},{"op":"Unset","key":..}]</c>.</summary>
    public static IReadOnlyList<EnvironmentOperation> Operations(string? raw)
    {
        JsonArray? array;
        try
        {
            array = raw is null ? null : JsonNode.Parse(raw) as JsonArray;
        }
        catch (JsonException)
        {
            array = null;
        }

        if (array is null)
        {
            throw CloudRejection.BadRequest("The request body needs an \"ops\" array.");
        }

        var operations = new List<EnvironmentOperation>(array.Count);
        foreach (var node in array)
        {
            var op = Text(node, "op");
            var key = Text(node, "key") ?? throw CloudRejection.BadRequest("Every operation needs a string \"key\".");
            if (string.Equals(op, "Set", StringComparison.OrdinalIgnoreCase))
            {
                var value = Text(node, "value") ?? throw CloudRejection.BadRequest($"Set {key} needs a string \"value\".");
                operations.Add(new EnvironmentOperation(true, key, value));
            }
            else if (string.Equals(op, "Unset", StringComparison.OrdinalIgnoreCase))
            {
                operations.Add(new EnvironmentOperation(false, key, null));
            }
            else
            {
                throw CloudRejection.BadRequest($"Operation \"{op}\" is not Set or Unset.");
            }
        }

        return operations;
    }

    private static JsonObject Layer(EnvironmentLayer layer)
    {
        var own = new JsonObject();
        foreach (var (key, value) in layer.Own)
        {
            own[key] = new JsonObject { ["value"] = value };
        }

        var inherited = new JsonObject();
        foreach (var (key, value) in layer.Inherited)
        {
            inherited[key] = new JsonObject { ["from"] = value.From, ["value"] = value.Value };
        }

        return new JsonObject { ["own"] = own, ["inherited"] = inherited };
    }

    private static JsonObject? Snapshot(EnvironmentSnapshot? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        var json = Layer(snapshot.Layer);
        json["rollout_at"] = Timestamp(snapshot.RolloutAt);
        json["rollout_by"] = snapshot.RolloutBy;
        return json;
    }

    private static JsonObject Diff(EnvironmentDiff diff)
    {
        var changes = new JsonArray();
        foreach (var change in diff.Changes)
        {
            var json = new JsonObject { ["op"] = change.Op, ["key"] = change.Key };
            if (change.Before is { } before)
            {
                json["before"] = before;
            }

            if (change.After is { } after)
            {
                json["after"] = after;
            }

            changes.Add(json);
        }

        return new JsonObject { ["changes"] = changes, ["unchanged"] = Values(diff.Unchanged) };
    }

    private static JsonObject Values(IReadOnlyDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            json[key] = value;
        }

        return json;
    }

    private static string? Timestamp(DateTimeOffset? moment) => moment is { } m ? DeviceJson.Timestamp(m) : null;

    private static string? Text(JsonNode? node, string name) =>
        node is JsonObject json && json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
