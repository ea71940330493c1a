using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;
using static ParticleContracts.Cli.Tests.CliRunner;

namespace ParticleContracts.Cli.Tests.Export;

/// <summary>Every export format, written by the real command and checked by a real validator for that format.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("pc-export-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Export(string format, params string[] firmware)
    {
        var folder = Path.Combine(_temp, format);
        var (exitCode, output, error) = Run(RepositoryRoot(), ["export", "--format", format, .. firmware, "-o", folder]);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Wrote ", output, StringComparison.Ordinal);
        return folder;
    }

    private static JsonSchema Schema(string text) =>
        JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static EvaluationResults Evaluate(JsonSchema schema, string instance) =>
        schema.Evaluate(JsonDocument.Parse(instance).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    private static string Describe(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    [Fact]
    public void Json_export_and_inspect_output_validate_against_the_published_schema()
    {
        var schema = Schema(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "schemas", "particle-contracts.schema.json")));
        var folder = Export("json", "firmware");
        var text = File.ReadAllText(Path.Combine(folder, "particle-contracts.json"));
        var results = Evaluate(schema, text);
        Assert.True(results.IsValid, Describe(results));

        var document = JsonNode.Parse(text)!;
        Assert.Equal(1, document["formatVersion"]!.GetValue<int>());
        var station = document["contracts"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "WeatherStation")!;
        Assert.Equal(13, station["registrations"]!.AsArray().Count);
        Assert.Equal("double", station["variables"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "temp")!["type"]!.GetValue<string>());

        var inspect = Run(RepositoryRoot(), "inspect", "firmware", "--json");
        Assert.True(Evaluate(schema, inspect.Output).IsValid);

        // The schema has teeth: a registration of an unknown kind is refused.
        station["registrations"]![0]!["kind"] = "ledger";
        Assert.False(Evaluate(schema, document.ToJsonString()).IsValid);
    }

    [Fact]
    public void Lock_file_validates_against_the_published_lock_schema()
    {
        var schema = Schema(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "schemas", "particle-contracts.lock.schema.json")));
        var lockPath = Path.Combine(_temp, "particle-contracts.lock.json");
        Assert.Equal(0, Run(RepositoryRoot(), "lock", "firmware", "-o", lockPath).ExitCode);
        var results = Evaluate(schema, File.ReadAllText(lockPath));
        Assert.True(results.IsValid, Describe(results));
        Assert.False(Evaluate(schema, """{ "lockVersion": 1, "contracts": [ { "name": "A", "root": "/abs/path" } ] }""").IsValid);

        // The new sections are present and described: a payload kind or ledger direction the format does not have is refused.
        var station = JsonNode.Parse(File.ReadAllText(lockPath))!["contracts"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "WeatherStation")!;
        Assert.Equal(["publishes", "subscriptions", "ledgers", "environment"], new[] { "publishes", "subscriptions", "ledgers", "environment" }.Where(section => station[section]!.AsArray().Count == 1));
        Assert.False(Evaluate(schema, """{ "lockVersion": 1, "contracts": [ { "name": "A", "root": ".", "publishes": [ { "name": "e", "payload": "xml" } ] } ] }""").IsValid);
        Assert.False(Evaluate(schema, """{ "lockVersion": 1, "contracts": [ { "name": "A", "root": ".", "ledgers": [ { "name": "l", "direction": "sideways" } ] } ] }""").IsValid);
        Assert.False(Evaluate(schema, """{ "lockVersion": 1, "contracts": [ { "name": "A", "root": ".", "functions": [ { "name": "f", "returnCodes": [ { "value": "zero" } ] } ] } ] }""").IsValid);
    }

    [Fact]
    public void Record_schemas_are_valid_2020_12_and_describe_the_values()
    {
        var folder = Export("jsonschema", "firmware/weather-station");
        foreach (var file in Directory.GetFiles(folder))
        {
            var meta = MetaSchemas.Draft202012.Evaluate(JsonDocument.Parse(File.ReadAllText(file)).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(meta.IsValid, file + ": " + Describe(meta));
        }

        var variables = Schema(File.ReadAllText(Path.Combine(folder, "WeatherStation.variables.schema.json")));
        Assert.True(Evaluate(variables, """{ "temp": 21.5, "humidity": 64, "raining": false, "location": "roof" }""").IsValid);
        Assert.False(Evaluate(variables, """{ "temp": "hot" }""").IsValid);
        Assert.False(Evaluate(variables, """{ "humidity": 2147483648 }""").IsValid);
        Assert.False(Evaluate(variables, """{ "tmp": 1 }""").IsValid);

        var calls = Schema(File.ReadAllText(Path.Combine(folder, "WeatherStation.function-call.schema.json")));
        Assert.True(Evaluate(calls, """{ "name": "setLocation", "argument": "roof" }""").IsValid);
        Assert.False(Evaluate(calls, """{ "name": "calibrat" }""").IsValid);
        Assert.False(Evaluate(calls, JsonSerializer.Serialize(new { name = "setLocation", argument = new string('x', 1025) })).IsValid);
    }

    [Fact]
    public void OpenApi_document_reads_and_validates_with_Microsoft_OpenApi()
    {
        var folder = Export("openapi", "firmware/weather-station");
        var text = File.ReadAllText(Path.Combine(folder, "WeatherStation.openapi.json"));
        var result = OpenApiDocument.Parse(text, "json");
        Assert.True(result.Diagnostic is null || result.Diagnostic.Errors.Count == 0, string.Join('\n', result.Diagnostic?.Errors.Select(e => e.ToString()) ?? []));
        var document = result.Document!;
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, result.Diagnostic!.SpecificationVersion);
        var errors = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => e.ToString())));

        // 8 variables + 5 functions + the event stream + the station-config ledger + REPORT_INTERVAL + the rendered environment.
        Assert.Equal(17, document.Paths.Count);
        var temp = document.Paths["/v1/devices/{deviceId}/temp"].Operations![HttpMethod.Get];
        var result200 = temp.Responses!["200"].Content!["application/json"].Schema!;
        Assert.Equal(JsonSchemaType.Number, result200.Properties!["result"].Type);
        Assert.NotNull(document.Paths["/v1/devices/{deviceId}/calibrate"].Operations![HttpMethod.Post].RequestBody);
        Assert.Contains("404", temp.Responses.Keys);
    }

    [Fact]
    public async Task Thing_model_validates_against_the_W3C_Thing_Model_schema()
    {
        var folder = Export("wot", "firmware");
        var files = Directory.GetFiles(folder, "*.tm.jsonld").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, files.Count);
        var (exitCode, output) = await NodeValidators.RunScriptAsync("validate-thing-model.cjs", files);
        Assert.True(exitCode == 0, output);
        Assert.Contains("WeatherStation.tm.jsonld properties=8 actions=6 events=1", output, StringComparison.Ordinal);

        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "WeatherStation.tm.jsonld")))!;
        Assert.Equal("tm:ThingModel", model["@type"]!.GetValue<string>());
        var temp = model["properties"]!["temp"]!;
        Assert.True(temp["readOnly"]!.GetValue<bool>());
        Assert.Equal("number", temp["properties"]!["result"]!["type"]!.GetValue<string>());
        Assert.Equal(("temp", "GET"), (temp["forms"]![0]!["href"]!.GetValue<string>(), temp["forms"]![0]!["htv:methodName"]!.GetValue<string>()));
        Assert.Equal("https://api.particle.io/v1/devices/{{DEVICE_ID}}/", model["base"]!.GetValue<string>());
        Assert.Equal("invokeaction", model["actions"]!["calibrate"]!["forms"]![0]!["op"]!.GetValue<string>());
    }

    [Fact]
    public async Task AsyncApi_document_passes_the_official_parser()
    {
        var folder = Export("asyncapi", "firmware/weather-station");
        var (exitCode, output) = await NodeValidators.RunScriptAsync("validate-asyncapi.cjs", [Path.Combine(folder, "WeatherStation.asyncapi.json")]);
        Assert.True(exitCode == 0, output);
        Assert.Contains("asyncapi=3.0.0 channels=4 operations=4", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypeScript_declarations_type_check_against_particle_api_js_and_catch_misspelled_names()
    {
        var folder = Export("typescript", "firmware/weather-station");
        File.WriteAllText(Path.Combine(folder, "tsconfig.json"), """
            { "compilerOptions": { "strict": true, "noEmit": true, "module": "node16", "moduleResolution": "node16", "target": "es2022", "skipLibCheck": false },
              "files": ["usage.ts"] }
            """);
        File.WriteAllText(Path.Combine(folder, "usage.ts"), """
            import Particle = require('particle-api-js');
            import { WeatherStation } from './WeatherStation';

            export async function read(particle: Particle): Promise<number> {
              const station = particle as unknown as WeatherStation.Client;
              const temp: number = (await station.getVariable({ deviceId: 'abc', name: 'temp', auth: 'token' })).body.result;
              const place: string = (await station.getVariable({ deviceId: 'abc', name: 'location' })).body.result;
              const raining: boolean = (await station.getVariable({ deviceId: 'abc', name: 'raining' })).body.result;
              const called = await station.callFunction({ deviceId: 'abc', name: 'calibrate', argument: '2' });
              return temp + place.length + (raining ? 1 : 0) + called.body.return_value;
            }
            """);
        var (exitCode, output) = await NodeValidators.TypeCheckAsync(folder);
        Assert.True(exitCode == 0, output);

        File.WriteAllText(Path.Combine(folder, "usage.ts"), """
            import Particle = require('particle-api-js');
            import { WeatherStation } from './WeatherStation';

            export async function read(particle: Particle): Promise<void> {
              const station = particle as unknown as WeatherStation.Client;
              await station.getVariable({ deviceId: 'abc', name: 'tmp' });
              const wrong: string = (await station.getVariable({ deviceId: 'abc', name: 'temp' })).body.result;
              await station.callFunction({ deviceId: 'abc', name: 'calibrat', argument: '2' });
            }
            """);
        (exitCode, output) = await NodeValidators.TypeCheckAsync(folder);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("usage.ts(6,", output, StringComparison.Ordinal);
        Assert.Contains("'\"tmp\"' is not assignable", output, StringComparison.Ordinal);
        Assert.Contains("usage.ts(7,", output, StringComparison.Ordinal);
        Assert.Contains("'\"calibrat\"' is not assignable", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_a_usage_error_and_no_firmware_exits_2()
    {
        var (exitCode, _, error) = Run(_temp, "export", "--format", "yaml", ".");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("yaml", error, StringComparison.Ordinal);

        (exitCode, _, error) = Run(_temp, "export", "--format", "json", ".");
        Assert.Equal(2, exitCode);
        Assert.Contains("no firmware contracts found", error, StringComparison.Ordinal);
    }
}
