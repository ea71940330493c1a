using System.Text.Json.Nodes;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>--format jsonschema</c>: one JSON Schema (2020-12) per record a contract exchanges: <c>{Contract}.variables</c>
/// (every variable's value, by name) and <c>{Contract}.function-call</c> (a function name and its argument). Event
/// payload, ledger and environment records get their own files once the reader recognises them.
/// </summary>
internal static class RecordSchemaExporter
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public static IReadOnlyList<ExportedFile> Export(ExportInput input)
    {
        var files = new List<ExportedFile>();
        foreach (var contract in input.Wire.Contracts)
        {
            files.Add(new ExportedFile(contract.Name + ".variables.schema.json", ParticleRest.Serialize(VariablesSchema(contract))));
            files.Add(new ExportedFile(contract.Name + ".function-call.schema.json", ParticleRest.Serialize(FunctionCallSchema(contract))));
        }

        return files;
    }

    private static JsonObject VariablesSchema(LockedContract contract)
    {
        var properties = new JsonObject();
        foreach (var variable in ParticleRest.Variables(contract))
        {
            properties[variable.Name] = ParticleRest.ValueSchema(variable.Fact(LockSections.TypeProperty));
        }

        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = "urn:particle-contracts:" + contract.Name + ":variables",
            ["title"] = contract.Name + " variables",
            ["description"] = "The values of the device's cloud variables, by name (each read with GET /v1/devices/{deviceId}/{name}).",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject FunctionCallSchema(LockedContract contract)
    {
        var names = new JsonArray();
        foreach (var function in ParticleRest.Functions(contract))
        {
            names.Add(function.Name);
        }

        return new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = "urn:particle-contracts:" + contract.Name + ":function-call",
            ["title"] = contract.Name + " function call",
            ["description"] = "A call of one of the device's cloud functions (POST /v1/devices/{deviceId}/{name} with {\"arg\": argument}).",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["enum"] = names },
                ["argument"] = ParticleRest.ArgumentSchema(),
            },
            ["required"] = new JsonArray("name"),
            ["additionalProperties"] = false,
        };
    }
}
