using System.Text.Json.Nodes;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// The OpenAPI paths of a contract's ledgers and environment: per ledger, its instance route
/// (<c>GET /v1/ledgers/{name}/instances/{scopeValue}</c>, and <c>PUT</c> for a ledger the device reads) with the ledger's
/// record as <c>instance.data</c>; per environment variable, the device-scope <c>PUT /v1/env/{deviceId}/{key}</c> with
/// the text the firmware's decoder accepts, and the device's rendered environment.
/// </summary>
internal static class OpenApiDataPaths
{
    public static void Add(JsonObject paths, ExportContract contract)
    {
        foreach (var ledger in contract.Ledgers)
        {
            var item = new JsonObject { ["parameters"] = new JsonArray(ScopeValueParameter()) };
            var record = ExportSchemas.LedgerRecord(ledger);
            item["get"] = new JsonObject
            {
                ["operationId"] = "getLedger_" + ledger.Name,
                ["summary"] = "Read the '" + ledger.Name + "' ledger instance (" + ExportSchemas.LedgerDirectionText(ledger.Direction) + ").",
                ["responses"] = LedgerResponses(record),
            };
            if (ledger.Direction == LedgerDirection.CloudToDevice)
            {
                item["put"] = new JsonObject
                {
                    ["operationId"] = "setLedger_" + ledger.Name,
                    ["summary"] = "Write the '" + ledger.Name + "' ledger instance the device reads.",
                    ["parameters"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "set_mode",
                        ["in"] = "query",
                        ["description"] = "Replace the data, or merge the new top-level keys into it.",
                        ["schema"] = new JsonObject { ["enum"] = new JsonArray("Replace", "Merge") },
                    }),
                    ["requestBody"] = new JsonObject
                    {
                        ["required"] = true,
                        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Instance(record.DeepClone().AsObject(), requiredData: true) } },
                    },
                    ["responses"] = LedgerResponses(record.DeepClone().AsObject()),
                };
            }

            paths[ParticleRest.LedgerInstances(ledger.Name) + "/{scopeValue}"] = item;
        }

        if (contract.Environment.IsEmpty)
        {
            return;
        }

        foreach (var variable in contract.Environment)
        {
            paths["/v1/env/{deviceId}/" + ParticleRest.Segment(variable.Name)] = new JsonObject
            {
                ["parameters"] = new JsonArray(OpenApiExporter.DeviceIdParameter()),
                ["put"] = new JsonObject
                {
                    ["operationId"] = "setEnv_" + variable.Name,
                    ["summary"] = "Set the environment variable '" + variable.Name + "' for the device; it reaches the device by a rollout and applies after a reboot.",
                    ["requestBody"] = new JsonObject
                    {
                        ["required"] = true,
                        ["content"] = new JsonObject
                        {
                            ["application/json"] = new JsonObject
                            {
                                ["schema"] = new JsonObject
                                {
                                    ["type"] = "object",
                                    ["properties"] = new JsonObject { ["value"] = ExportSchemas.EnvironmentText(variable.Type) },
                                    ["required"] = new JsonArray("value"),
                                },
                            },
                        },
                    },
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "The scope's variables after the change." } },
                },
            };
        }

        var rendered = new JsonObject();
        foreach (var variable in contract.Environment)
        {
            rendered[variable.Name] = ExportSchemas.EnvironmentText(variable.Type);
        }

        paths["/v1/env/{deviceId}/render"] = new JsonObject
        {
            ["parameters"] = new JsonArray(OpenApiExporter.DeviceIdParameter()),
            ["get"] = new JsonObject
            {
                ["operationId"] = "renderEnv",
                ["summary"] = "The device's environment after precedence (device over product over organization): the values it gets after the next rollout and reboot.",
                ["responses"] = new JsonObject
                {
                    ["200"] = OpenApiExporter.Json("The merged variables (other variables may be present).", new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { ["env"] = new JsonObject { ["type"] = "object", ["properties"] = rendered } },
                    }),
                },
            },
        };
    }

    private static JsonObject LedgerResponses(JsonObject record) => new()
    {
        ["200"] = OpenApiExporter.Json("The instance.", Instance(record, requiredData: false)),
        ["404"] = OpenApiExporter.Json("The ledger or the instance does not exist.", new JsonObject { ["$ref"] = "#/components/schemas/CloudError" }),
    };

    private static JsonObject Instance(JsonObject record, bool requiredData)
    {
        var properties = new JsonObject { ["data"] = record };
        if (!requiredData)
        {
            properties["name"] = new JsonObject { ["type"] = "string" };
            properties["size_bytes"] = new JsonObject { ["type"] = "integer" };
            properties["updated_at"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }

        var instance = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (requiredData)
        {
            instance["required"] = new JsonArray("data");
        }

        return new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["instance"] = instance }, ["required"] = new JsonArray("instance") };
    }

    private static JsonObject ScopeValueParameter() => new()
    {
        ["name"] = "scopeValue",
        ["in"] = "path",
        ["required"] = true,
        ["description"] = "The device ID for a device ledger, the product ID for a product ledger, the owner for an owner ledger.",
        ["schema"] = new JsonObject { ["type"] = "string" },
    };
}
