using System.Text.Json.Nodes;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>--format wot</c>: a W3C WoT Thing Model (TD 1.1) per contract. Variables become read-only properties, functions
/// actions; each form points at the Particle REST route, with the device ID left as the <c>{{DEVICE_ID}}</c>
/// placeholder a Thing Description fills in.
/// </summary>
internal static class ThingModelExporter
{
    public static IReadOnlyList<ExportedFile> Export(ExportInput input)
    {
        var files = new List<ExportedFile>();
        foreach (var contract in input.Wire.Contracts)
        {
            files.Add(new ExportedFile(contract.Name + ".tm.jsonld", ParticleRest.Serialize(ThingModel(contract))));
        }

        return files;
    }

    private static JsonObject ThingModel(LockedContract contract)
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
        return model;
    }

    private static JsonObject Properties(LockedContract contract)
    {
        var properties = new JsonObject();
        foreach (var variable in ParticleRest.Variables(contract))
        {
            var reply = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["name"] = new JsonObject { ["type"] = "string", ["const"] = variable.Name },
                    ["result"] = ParticleRest.ValueSchema(variable.Fact(LockSections.TypeProperty)),
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

    private static JsonObject Actions(LockedContract contract)
    {
        var actions = new JsonObject();
        foreach (var function in ParticleRest.Functions(contract))
        {
            actions[function.Name] = new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["arg"] = ParticleRest.ArgumentSchema() },
                },
                ["output"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["return_value"] = ParticleRest.ReturnValueSchema() },
                    ["required"] = new JsonArray("return_value"),
                },
                ["safe"] = false,
                ["idempotent"] = false,
                ["forms"] = new JsonArray(Form(function.Name, "invokeaction", "POST")),
            };
        }

        return actions;
    }

    private static JsonObject Form(string name, string operation, string method) => new()
    {
        ["href"] = Uri.EscapeDataString(name),
        ["op"] = operation,
        ["htv:methodName"] = method,
        ["contentType"] = "application/json",
    };
}
