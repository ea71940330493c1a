using System.Globalization;
using System.Text.Json.Nodes;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>--format asyncapi</c>: AsyncAPI 3.0 of a contract's event streams: receiving the device's events (the
/// server-sent event stream of <c>/v1/devices/{deviceId}/events</c>) and publishing events to it
/// (<c>POST /v1/devices/events</c>), plus a channel per event the firmware publishes and per prefix it subscribes to
/// (<see cref="AsyncApiEventChannels"/>).
/// </summary>
internal static class AsyncApiExporter
{
    public static IReadOnlyList<ExportedFile> Export(ExportInput input)
    {
        var files = new List<ExportedFile>();
        foreach (var contract in input.Exports)
        {
            var document = Document(contract);
            AsyncApiEventChannels.Add(document, contract);
            files.Add(new ExportedFile(contract.Name + ".asyncapi.json", ParticleRest.Serialize(document)));
        }

        return files;
    }

    private static JsonObject Document(ExportContract contract) => new()
    {
        ["asyncapi"] = "3.0.0",
        ["info"] = new JsonObject
        {
            ["title"] = contract.Name + " events",
            ["version"] = contract.ProductVersion?.ToString(CultureInfo.InvariantCulture) ?? "0",
            ["description"] = "The event streams of the " + contract.Name + " firmware through the Particle Cloud.",
        },
        ["defaultContentType"] = "application/json",
        ["servers"] = new JsonObject
        {
            ["particle"] = new JsonObject
            {
                ["host"] = "api.particle.io",
                ["pathname"] = "/v1",
                ["protocol"] = "https",
                ["description"] = "The Particle Cloud API; events stream as text/event-stream.",
                ["security"] = new JsonArray(new JsonObject { ["$ref"] = "#/components/securitySchemes/bearer" }),
            },
        },
        ["channels"] = new JsonObject
        {
            ["deviceEvents"] = new JsonObject
            {
                ["address"] = "/devices/{deviceId}/events",
                ["description"] = "Every event the device publishes (server-sent events; the event name is the SSE event: line).",
                ["parameters"] = new JsonObject { ["deviceId"] = new JsonObject { ["description"] = "The device ID or name." } },
                ["messages"] = new JsonObject { ["event"] = new JsonObject { ["$ref"] = "#/components/messages/streamedEvent" } },
            },
            ["publishedEvents"] = new JsonObject
            {
                ["address"] = "/devices/events",
                ["description"] = "Events published by the API to the owner's devices (a device receives those it subscribes to by prefix).",
                ["messages"] = new JsonObject { ["event"] = new JsonObject { ["$ref"] = "#/components/messages/publishedEvent" } },
            },
        },
        ["operations"] = new JsonObject
        {
            ["receiveDeviceEvents"] = new JsonObject
            {
                ["action"] = "receive",
                ["channel"] = new JsonObject { ["$ref"] = "#/channels/deviceEvents" },
                ["messages"] = new JsonArray(new JsonObject { ["$ref"] = "#/channels/deviceEvents/messages/event" }),
            },
            ["publishEvent"] = new JsonObject
            {
                ["action"] = "send",
                ["channel"] = new JsonObject { ["$ref"] = "#/channels/publishedEvents" },
                ["messages"] = new JsonArray(new JsonObject { ["$ref"] = "#/channels/publishedEvents/messages/event" }),
            },
        },
        ["components"] = Components(),
    };

    private static JsonObject Components() => new()
    {
        ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" } },
        ["messages"] = new JsonObject
        {
            ["streamedEvent"] = new JsonObject
            {
                ["name"] = "streamedEvent",
                ["title"] = "An event as the stream delivers it",
                ["payload"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["data"] = new JsonObject { ["type"] = "string" },
                        ["ttl"] = new JsonObject { ["type"] = "integer" },
                        ["published_at"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                        ["coreid"] = new JsonObject { ["type"] = "string" },
                    },
                    ["required"] = new JsonArray("data", "published_at", "coreid"),
                },
            },
            ["publishedEvent"] = new JsonObject
            {
                ["name"] = "publishedEvent",
                ["title"] = "An event published through the API",
                ["payload"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["name"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z0-9_/-]{1,64}$" },
                        ["data"] = new JsonObject { ["type"] = "string" },
                        ["private"] = new JsonObject { ["type"] = "boolean" },
                        ["ttl"] = new JsonObject { ["type"] = "integer" },
                    },
                    ["required"] = new JsonArray("name"),
                },
            },
        },
    };
}
