using System.Globalization;
using System.Text.Json.Nodes;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>--format openapi</c>: OpenAPI 3.1 of one device's narrowed REST surface per contract: a GET per variable with a
/// typed <c>result</c>, a POST per function, and the device's event stream, so client generators (Kiota, NSwag)
/// can produce typed clients in any language.
/// </summary>
internal static class OpenApiExporter
{
    public static IReadOnlyList<ExportedFile> Export(ExportInput input)
    {
        var files = new List<ExportedFile>();
        foreach (var contract in input.Exports)
        {
            files.Add(new ExportedFile(contract.Name + ".openapi.json", ParticleRest.Serialize(Document(contract))));
        }

        return files;
    }

    private static JsonObject Document(ExportContract contract)
    {
        var paths = new JsonObject();
        foreach (var variable in contract.Variables)
        {
            PathItem(paths, variable.Name)["get"] = VariableOperation(variable);
        }

        foreach (var function in contract.Functions)
        {
            PathItem(paths, function.Name)["post"] = FunctionOperation(function);
        }

        paths["/v1/devices/{deviceId}/events"] = new JsonObject
        {
            ["parameters"] = new JsonArray(DeviceIdParameter()),
            ["get"] = new JsonObject
            {
                ["operationId"] = "streamEvents",
                ["summary"] = "The device's events as server-sent events (event: name, data: JSON with data, ttl, published_at, coreid).",
                ["responses"] = new JsonObject
                {
                    ["200"] = new JsonObject
                    {
                        ["description"] = "An open text/event-stream.",
                        ["content"] = new JsonObject { ["text/event-stream"] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "string" } } },
                    },
                },
            },
        };

        OpenApiDataPaths.Add(paths, contract);
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = contract.Name,
                ["version"] = contract.ProductVersion?.ToString(CultureInfo.InvariantCulture) ?? "0",
                ["description"] = "The cloud variables, functions, ledgers and environment of the " + contract.Name + " firmware, through the Particle Cloud.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = ParticleRest.BaseUrl }),
            ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" } },
                ["schemas"] = new JsonObject
                {
                    ["CloudError"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["ok"] = new JsonObject { ["type"] = "boolean" },
                            ["error"] = new JsonObject { ["type"] = "string" },
                        },
                    },
                },
            },
        };
    }

    private static JsonObject PathItem(JsonObject paths, string name)
    {
        var key = "/v1/devices/{deviceId}/" + name;
        if (paths[key] is JsonObject existing)
        {
            return existing;
        }

        var item = new JsonObject { ["parameters"] = new JsonArray(DeviceIdParameter()) };
        paths[key] = item;
        return item;
    }

    private static JsonObject VariableOperation(ExportVariable variable) => new()
    {
        ["operationId"] = "get_" + variable.Name,
        ["summary"] = "Read the variable '" + variable.Name + "' (" + variable.CloudType + ").",
        ["responses"] = Responses(new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["type"] = "string" },
                ["result"] = ExportSchemas.Value(variable.CloudType),
                ["coreInfo"] = new JsonObject { ["type"] = "object" },
            },
            ["required"] = new JsonArray("result"),
        }, "404 Unknown Variable (the firmware does not register it)"),
    };

    private static JsonObject FunctionOperation(ExportFunction function)
    {
        var body = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["arg"] = ArgumentSchemas.Argument(function.Grammar) } };
        if (function.Grammar.Kind is not (Generators.Contracts.ArgumentKind.Text or Generators.Contracts.ArgumentKind.None))
        {
            body["required"] = new JsonArray("arg");
        }

        return new JsonObject
        {
            ["operationId"] = "call_" + function.Name,
            ["summary"] = "Call the function '" + function.Name + "'.",
            ["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = body } },
            },
            ["responses"] = Responses(new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["id"] = new JsonObject { ["type"] = "string" },
                    ["name"] = new JsonObject { ["type"] = "string" },
                    ["connected"] = new JsonObject { ["type"] = "boolean" },
                    ["return_value"] = ArgumentSchemas.ReturnValue(function.ReturnCodes),
                },
                ["required"] = new JsonArray("return_value"),
            }, "404 Function not found (the firmware does not register it)"),
        };
    }

    public static JsonObject Responses(JsonObject success, string notFound) => new()
    {
        ["200"] = Json("The device answered.", success),
        ["404"] = Json(notFound, new JsonObject { ["$ref"] = "#/components/schemas/CloudError" }),
        ["408"] = Json("The device is offline or did not answer in time.", new JsonObject { ["$ref"] = "#/components/schemas/CloudError" }),
    };

    public static JsonObject Json(string description, JsonObject schema) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = schema } },
    };

    public static JsonObject DeviceIdParameter() => new()
    {
        ["name"] = "deviceId",
        ["in"] = "path",
        ["required"] = true,
        ["description"] = "The device ID or name.",
        ["schema"] = new JsonObject { ["type"] = "string" },
    };
}
