using System.Text.Json.Nodes;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>--format wot</c>: a W3C WoT Thing Model (TD 1.1) per contract. Variables become read-only properties, functions
/// actions (input: the argument grammar; output: the known return codes), published events events (data: the payload
/// schema, served as server-sent events), subscriptions <c>publish:&lt;prefix&gt;</c> actions (input: the publish body
/// with the data the handler parses, at <c>POST /v1/devices/events</c>); each form points at the Particle REST route,
/// with the device ID left as the <c>{{DEVICE_ID}}</c> placeholder a Thing Description fills in.
/// </summary>
internal static class ThingModelExporter
{
    public static IReadOnlyList<ExportedFile> Export(ExportInput input)
    {
        var files = new List<ExportedFile>();
        foreach (var contract in input.Exports)
        {
            files.Add(new ExportedFile(contract.Name + ".tm.jsonld", ParticleRest.Serialize(ThingModel(contract))));
        }

        return files;
    }

    private static JsonObject ThingModel(ExportContract contract)
    {
        var model = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/2022/wot/td/v1.1", new JsonObject { ["htv"] = "http://www.w3.org/2011/http#" }),
            ["@type"] = "tm:ThingModel",
            ["title"] = contract.Name,
            ["description"] = "The cloud contract of the " + contract.Name + " firmware, reached through the Particle Cloud REST API.",
        };
        if (contract.ProductVersion is { } version)
        {
            model["version"] = new JsonObject { ["model"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        model["base"] = ParticleRest.BaseUrl + "/v1/devices/{{DEVICE_ID}}/";
        model["securityDefinitions"] = new JsonObject { ["bearer_sc"] = new JsonObject { ["scheme"] = "bearer", ["in"] = "header", ["name"] = "Authorization" } };
        model["security"] = "bearer_sc";
        model["properties"] = Properties(contract);
        model["actions"] = Actions(contract);
        model["events"] = Events(contract);
        return model;
    }

    private static JsonObject Properties(ExportContract contract)
    {
        var properties = new JsonObject();
        foreach (var variable in contract.Variables)
        {
            var reply = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["name"] = new JsonObject { ["type"] = "string", ["const"] = variable.Name },
                    ["result"] = ExportSchemas.Value(variable.CloudType),
                },
                ["required"] = new JsonArray("result"),
            };
            reply["readOnly"] = true;
            reply["observable"] = false;
            reply["forms"] = new JsonArray(Form(variable.Name, "readproperty", "GET"));
            properties[variable.Name] = reply;
        }

        return properties;
    }

    private static JsonObject Actions(ExportContract contract)
    {
        var actions = new JsonObject();
        foreach (var function in contract.Functions)
        {
            actions[function.Name] = new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["arg"] = ArgumentSchemas.Argument(function.Grammar) },
                },
                ["output"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["return_value"] = ArgumentSchemas.ReturnValue(function.ReturnCodes) },
                    ["required"] = new JsonArray("return_value"),
                },
                ["safe"] = false,
                ["idempotent"] = false,
                ["forms"] = new JsonArray(Form(function.Name, "invokeaction", "POST")),
            };
        }

        foreach (var subscription in contract.Subscriptions)
        {
            var name = "publish:" + subscription.Prefix;
            for (var n = 2; actions.ContainsKey(name); n++)
            {
                name = "publish:" + subscription.Prefix + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            actions[name] = new JsonObject
            {
                ["description"] = "Publish an event that reaches the device through its '" + subscription.Prefix + "' subscription (cloud → device): every event whose name starts with '"
                    + subscription.ConstantPrefix + "' runs its handler. The event goes to every device of the account that subscribes to the prefix.",
                ["input"] = AsyncApiEventChannels.PublishBody(subscription),
                ["output"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["ok"] = new JsonObject { ["type"] = "boolean" } },
                    ["required"] = new JsonArray("ok"),
                },
                ["safe"] = false,
                ["idempotent"] = false,
                ["forms"] = new JsonArray(new JsonObject
                {
                    ["href"] = ParticleRest.BaseUrl + "/v1/devices/events",
                    ["op"] = "invokeaction",
                    ["htv:methodName"] = "POST",
                    ["contentType"] = "application/json",
                }),
            };
        }

        return actions;
    }

    private static JsonObject Events(ExportContract contract)
    {
        var events = new JsonObject();
        foreach (var published in contract.Publishes)
        {
            events[published.Name] = new JsonObject
            {
                ["description"] = (published.HasRunTimePart ? "Events whose names start with '" + published.ConstantPrefix + "' (the rest is known only at run time)" : "The '" + published.Name + "' event")
                    + ", as server-sent events; each message's data is the payload described here (" + ExportSchemas.ContentType(published.Payload.Kind) + ").",
                ["data"] = ExportSchemas.Thing.Payload(published.Payload),
                ["forms"] = new JsonArray(new JsonObject
                {
                    ["href"] = "events/" + ParticleRest.Segment(published.ConstantPrefix),
                    ["op"] = "subscribeevent",
                    ["subprotocol"] = "sse",
                    ["contentType"] = "text/event-stream",
                }),
            };
        }

        return events;
    }

    private static JsonObject Form(string name, string operation, string method) => new()
    {
        ["href"] = ParticleRest.Segment(name),
        ["op"] = operation,
        ["htv:methodName"] = method,
        ["contentType"] = "application/json",
    };
}
