using System.Text;
using System.Text.Json.Nodes;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// The AsyncAPI channels, messages and operations of a contract's own events: per published event a channel at the
/// device's filtered stream (<c>/devices/{deviceId}/events/{name}</c>, device → cloud, received) whose message carries
/// the payload schema and its content type; per subscription a channel at the publish route (cloud → device, sent)
/// whose message is the publish body with a name under the prefix and the data its handler parses.
/// </summary>
internal static class AsyncApiEventChannels
{
    public static void Add(JsonObject document, ExportContract contract)
    {
        var channels = document["channels"]!.AsObject();
        var operations = document["operations"]!.AsObject();
        var messages = document["components"]!["messages"]!.AsObject();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var published in contract.Publishes)
        {
            var id = Unique("event_" + Identifier(published.Name), used);
            messages[id] = new JsonObject
            {
                ["name"] = published.Name,
                ["title"] = "The '" + published.Name + "' event",
                ["contentType"] = ExportSchemas.ContentType(published.Payload.Kind),
                ["payload"] = ExportSchemas.Json.Payload(published.Payload),
            };
            channels[id] = new JsonObject
            {
                ["address"] = "/devices/{deviceId}/events/" + ParticleRest.Segment(published.ConstantPrefix),
                ["title"] = published.Name,
                ["description"] = "Published by the device (device → cloud)"
                    + (published.HasRunTimePart ? "; the name starts with '" + published.ConstantPrefix + "', the rest is known only at run time" : string.Empty)
                    + ". The stream filters by name prefix: each server-sent event's data is the payload.",
                ["parameters"] = new JsonObject { ["deviceId"] = new JsonObject { ["description"] = "The device ID or name." } },
                ["messages"] = new JsonObject { ["event"] = new JsonObject { ["$ref"] = "#/components/messages/" + id } },
            };
            operations["receive_" + id] = Operation("receive", id);
        }

        foreach (var subscription in contract.Subscriptions)
        {
            var id = Unique("subscription_" + Identifier(subscription.Prefix), used);
            messages[id] = new JsonObject
            {
                ["name"] = subscription.Prefix,
                ["title"] = "An event the device receives through its '" + subscription.Prefix + "' subscription",
                ["contentType"] = "application/json",
                ["payload"] = PublishBody(subscription),
            };
            channels[id] = new JsonObject
            {
                ["address"] = "/devices/events",
                ["title"] = subscription.Prefix,
                ["description"] = "Subscribed to by the device (cloud → device): every event whose name starts with '" + subscription.ConstantPrefix + "' reaches its handler.",
                ["messages"] = new JsonObject { ["event"] = new JsonObject { ["$ref"] = "#/components/messages/" + id } },
            };
            operations["send_" + id] = Operation("send", id);
        }
    }

    /// <summary>
    /// The body of <c>POST /v1/devices/events</c> that reaches the device through <paramref name="subscription"/>: a
    /// name under its prefix, the data its handler parses, the private flag and the time to live.
    /// </summary>
    public static JsonObject PublishBody(ExportSubscription subscription) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "^" + ArgumentSchemas.EscapeRegex(subscription.ConstantPrefix) + "[A-Za-z0-9_/-]*$", ["maxLength"] = 64 },
            ["data"] = SubscriptionData(subscription),
            ["private"] = new JsonObject { ["type"] = "boolean" },
            ["ttl"] = new JsonObject { ["type"] = "integer" },
        },
        ["required"] = new JsonArray("name"),
    };

    /// <summary>
    /// The publish body's <c>data</c>: what the device's handler parses (the grammar of the function-argument
    /// machinery: a number, words, fields, a JSON object), else any text. Unlike a function argument, event data is
    /// not held to the 1024-byte argument limit, so no length is stated.
    /// </summary>
    private static JsonObject SubscriptionData(ExportSubscription subscription)
    {
        if (subscription.Payload is not { Kind: not ArgumentKind.Text and not ArgumentKind.None } grammar)
        {
            return new JsonObject { ["type"] = "string", ["description"] = "The data the handler reads (text; the firmware's handler shows no narrower type)." };
        }

        var schema = ArgumentSchemas.Argument(grammar);
        schema.Remove("maxLength");
        var description = (string?)schema["description"] ?? string.Empty;
        schema["description"] = "The data the handler reads: " + (description.Length > 0 ? char.ToLowerInvariant(description[0]) + description[1..] : description);
        return schema;
    }

    private static JsonObject Operation(string action, string id) => new()
    {
        ["action"] = action,
        ["channel"] = new JsonObject { ["$ref"] = "#/channels/" + id },
        ["messages"] = new JsonArray(new JsonObject { ["$ref"] = "#/channels/" + id + "/messages/event" }),
    };

    /// <summary><c>weather/reading</c> → <c>weather_reading</c>: the characters component keys allow.</summary>
    private static string Identifier(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return text.ToString();
    }

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = id + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
