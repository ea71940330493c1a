using System.Text.Json.Nodes;

namespace ParticleContracts.Cli.Export;

/// <summary>
/// <c>--format jsonschema</c>: JSON Schema 2020-12 documents per contract, each a record keyed by cloud name:
/// <c>{Contract}.variables.schema.json</c> (variable values), <c>{Contract}.function-call.schema.json</c> (a call: name
/// and argument, the argument checked against that function's grammar), <c>{Contract}.function-results.schema.json</c>
/// (return values), and when the firmware has them <c>{Contract}.events.schema.json</c> (event data by event name),
/// <c>{Contract}.ledgers.schema.json</c> (ledger data by ledger name) and <c>{Contract}.environment.schema.json</c>.
/// </summary>
internal static class RecordSchemaExporter
{
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    public static IReadOnlyList<ExportedFile> Export(ExportInput input)
    {
        var files = new List<ExportedFile>();
        foreach (var contract in input.Exports)
        {
            Add(files, contract, "variables", VariablesSchema(contract));
            Add(files, contract, "function-call", FunctionCallSchema(contract));
            Add(files, contract, "function-results", FunctionResultsSchema(contract));
            if (!contract.Publishes.IsEmpty)
            {
                Add(files, contract, "events", EventsSchema(contract));
            }

            if (!contract.Ledgers.IsEmpty)
            {
                Add(files, contract, "ledgers", LedgersSchema(contract));
            }

            if (!contract.Environment.IsEmpty)
            {
                Add(files, contract, "environment", EnvironmentSchema(contract));
            }
        }

        return files;
    }

    private static void Add(List<ExportedFile> files, ExportContract contract, string record, JsonObject body)
    {
        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = "urn:particle-contracts:" + contract.Name + ":" + record,
        };
        foreach (var property in body.ToList())
        {
            body.Remove(property.Key);
            schema[property.Key] = property.Value;
        }

        files.Add(new ExportedFile(contract.Name + "." + record + ".schema.json", ParticleRest.Serialize(schema)));
    }

    private static JsonObject VariablesSchema(ExportContract contract)
    {
        var properties = new JsonObject();
        foreach (var variable in contract.Variables)
        {
            properties[variable.Name] = ExportSchemas.Value(variable.CloudType);
        }

        return Record(contract.Name + " variables", "The values of the device's cloud variables, by name (each read with GET /v1/devices/{deviceId}/{name}).", properties);
    }

    private static JsonObject FunctionCallSchema(ExportContract contract)
    {
        var names = new JsonArray();
        var arguments = new JsonObject();
        var checks = new JsonArray();
        foreach (var function in contract.Functions)
        {
            names.Add(function.Name);
            arguments[function.Name] = ArgumentSchemas.Argument(function.Grammar);
            checks.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["name"] = new JsonObject { ["const"] = function.Name } } },
                ["then"] = new JsonObject { ["properties"] = new JsonObject { ["argument"] = new JsonObject { ["$ref"] = "#/$defs/" + Pointer(function.Name) } } },
            });
        }

        var schema = new JsonObject
        {
            ["title"] = contract.Name + " function call",
            ["description"] = "A call of one of the device's cloud functions (POST /v1/devices/{deviceId}/{name} with {\"arg\": argument}); the argument is checked against the grammar the function's handler parses ($defs, by function name).",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["enum"] = names },
                ["argument"] = ArgumentSchemas.Argument(Generators.Contracts.ArgumentGrammar.AnyText("the grammar of the named function applies")),
            },
            ["required"] = new JsonArray("name"),
            ["additionalProperties"] = false,
        };
        if (checks.Count > 0)
        {
            schema["allOf"] = checks;
        }

        schema["$defs"] = arguments;
        return schema;
    }

    private static JsonObject FunctionResultsSchema(ExportContract contract)
    {
        var properties = new JsonObject();
        foreach (var function in contract.Functions)
        {
            properties[function.Name] = ArgumentSchemas.ReturnValue(function.ReturnCodes);
        }

        return Record(contract.Name + " function results", "The return_value of each cloud function, by name: the codes its handler returns when they are known.", properties);
    }

    private static JsonObject EventsSchema(ExportContract contract)
    {
        var properties = new JsonObject();
        var patterns = new JsonObject();
        foreach (var published in contract.Publishes)
        {
            var payload = ExportSchemas.Json.Payload(published.Payload);
            if (published.HasRunTimePart)
            {
                // '/' written as \x2F: the same pattern, and a key JSON Schema validators that address keywords by JSON
                // Pointer (JsonSchema.Net) can look up.
                patterns["^" + ArgumentSchemas.EscapeRegex(published.ConstantPrefix).Replace("/", @"\x2F", StringComparison.Ordinal)] = payload;
            }
            else
            {
                properties[published.Name] = payload;
            }
        }

        var schema = Record(contract.Name + " events", "The data of each event the device publishes, by event name (JSON payloads parsed, other payloads as the text the stream delivers).", properties);
        if (patterns.Count > 0)
        {
            schema["patternProperties"] = patterns;
        }

        return schema;
    }

    private static JsonObject LedgersSchema(ExportContract contract)
    {
        var properties = new JsonObject();
        foreach (var ledger in contract.Ledgers)
        {
            properties[ledger.Name] = ExportSchemas.LedgerRecord(ledger);
        }

        return Record(contract.Name + " ledgers", "The data of each ledger the firmware uses, by ledger name (GET /v1/ledgers/{name}/instances/{scopeValue}, instance.data).", properties);
    }

    private static JsonObject EnvironmentSchema(ExportContract contract)
    {
        var schema = new JsonObject { ["title"] = contract.Name + " environment" };
        foreach (var property in ExportSchemas.EnvironmentRecord(contract.Environment).ToList())
        {
            schema[property.Key] = property.Value?.DeepClone();
        }

        return schema;
    }

    private static JsonObject Record(string title, string description, JsonObject properties) => new()
    {
        ["title"] = title,
        ["description"] = description,
        ["type"] = "object",
        ["properties"] = properties,
        ["additionalProperties"] = false,
    };

    /// <summary>A <c>$defs</c> key as a JSON Pointer token, URI-escaped for <c>$ref</c> (<c>weather/x</c> → <c>weather~1x</c>).</summary>
    private static string Pointer(string key) => Uri.EscapeDataString(key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
