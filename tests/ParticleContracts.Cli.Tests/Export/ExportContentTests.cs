using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Microsoft.OpenApi;
using ParticleContracts.Cli.Export;
using static ParticleContracts.Cli.Tests.CliRunner;

namespace ParticleContracts.Cli.Tests.Export;

/// <summary>
/// Events, argument grammars, return codes, ledgers and environment variables in every export: exact schema fragments,
/// valid and invalid instances, and the format's own validator, over firmware/weather-station and a firmware with nested,
/// conditional, binary, scalar, empty and run-time-named payloads.
/// </summary>
public sealed class ExportContentTests : IDisposable
{
    internal const string RoverFirmware = """
        #include "Particle.h"
        double lat;
        double lon;
        int battery;
        bool hasGps;
        String name;
        uint8_t image[64];
        long long uptime;

        int door(String command) {
            if (command.equalsIgnoreCase("open")) {
                return 1;
            } else if (command.equalsIgnoreCase("close")) {
                return 2;
            }
            return -1;
        }

        int speed(String value) {
            float v = value.toFloat();
            if (v < 0) {
                return -1;
            }
            return 0;
        }

        int ping(String unused) {
            return 0;
        }

        void setup() {
            Particle.function("door", door);
            Particle.function("speed", speed);
            Particle.function("ping", ping);
            Particle.subscribe(System.deviceID() + "/hook-response/", [](const char* event, const char* data) {});
        }

        void loop() {
            VariantMap pos;
            pos.set("lat", lat);
            pos.set("lon", lon);
            VariantArray history;
            history.append(lat);
            Variant data;
            data.set("pos", pos);
            data.set("history", history);
            data.set("battery", battery);
            data.set("up", uptime);
            if (hasGps) {
                data.set("fix", {{"sats", 7}, {"hdop", 1.5}});
                data.set("label", name);
            }
            Particle.publish("rover/state", data);

            char buf[512];
            JSONBufferWriter w(buf, sizeof(buf));
            w.beginObject();
            w.name("name").value(name);
            w.name("stops").beginArray();
            w.beginObject().name("lat").value(lat).name("lon").value(lon).endObject();
            w.endArray();
            w.endObject();
            Particle.publish("rover/route", buf);
            Particle.publish("rover/photo", image, sizeof(image), ContentType::JPEG);
            Particle.publish("rover/battery", String(battery));
            Particle.publish("rover/boot");
            Particle.publish("alert/" + name, "x");
        }
        """;

    private readonly string _temp = Directory.CreateTempSubdirectory("pc-export-content-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string RoverFolder()
    {
        var folder = Path.Combine(_temp, "firmware", "rover");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "rover.ino"), RoverFirmware);
        return folder;
    }

    private string Export(string format, string firmware, string name = "out")
    {
        var folder = Path.Combine(_temp, name, format);
        var (exitCode, output, error) = Run(RepositoryRoot(), ["export", "--format", format, firmware, "-o", folder]);
        Assert.True(exitCode == 0, output + error);
        return folder;
    }

    private static JsonSchema Schema(string path) =>
        JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static bool Valid(JsonSchema schema, string instance) =>
        schema.Evaluate(JsonDocument.Parse(instance).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;

    private static JsonNode Read(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    private static string Compact(JsonNode? node) => node!.ToJsonString();

    [Fact]
    public void Function_call_schema_checks_each_argument_against_its_grammar()
    {
        var folder = Export("jsonschema", "firmware/weather-station");
        var path = Path.Combine(folder, "WeatherStation.function-call.schema.json");
        var defs = Read(path)["$defs"]!;
        Assert.Equal("""["metric","imperial"]""", Compact(defs["setUnits"]!["enum"]));
        Assert.Equal("^(-?[0-9]+),(-?[0-9]+)$", defs["setAlarm"]!["pattern"]!.GetValue<string>());
        Assert.Equal("^-?[0-9]+$", defs["calibrate"]!["pattern"]!.GetValue<string>());
        Assert.Equal("application/json", defs["configure"]!["contentMediaType"]!.GetValue<string>());
        Assert.Equal("""{"type":"object","properties":{"interval":{"type":"integer"},"label":{"type":"string"}}}""", Compact(defs["configure"]!["contentSchema"]));

        var calls = Schema(path);
        Assert.True(Valid(calls, """{ "name": "setUnits", "argument": "metric" }"""));
        Assert.False(Valid(calls, """{ "name": "setUnits", "argument": "Metric" }"""));
        Assert.True(Valid(calls, """{ "name": "setAlarm", "argument": "-5,30" }"""));
        Assert.False(Valid(calls, """{ "name": "setAlarm", "argument": "-5;30" }"""));
        Assert.False(Valid(calls, """{ "name": "setAlarm", "argument": "low,30" }"""));
        Assert.True(Valid(calls, """{ "name": "calibrate", "argument": "-2" }"""));
        Assert.False(Valid(calls, """{ "name": "calibrate", "argument": "now" }"""));
        Assert.True(Valid(calls, """{ "name": "setLocation", "argument": "now" }"""));
    }

    [Fact]
    public void Record_schemas_describe_return_codes_events_ledgers_and_environment()
    {
        var folder = Export("jsonschema", "firmware/weather-station");
        var results = Path.Combine(folder, "WeatherStation.function-results.schema.json");
        Assert.Equal("""[{"const":-1,"title":"UNITS_UNKNOWN"},{"const":0,"title":"UNITS_OK"}]""", Compact(Read(results)["properties"]!["setUnits"]!["oneOf"]));
        Assert.True(Valid(Schema(results), """{ "setUnits": 0, "setAlarm": 1 }"""));
        Assert.False(Valid(Schema(results), """{ "setUnits": 1 }"""));

        var events = Schema(Path.Combine(folder, "WeatherStation.events.schema.json"));
        Assert.True(Valid(events, """{ "weather/reading": { "temp": 21.5, "humidity": 64, "raining": false } }"""));
        Assert.False(Valid(events, """{ "weather/reading": { "temp": 21.5, "humidity": 64 } }"""));
        Assert.False(Valid(events, """{ "weather/reading": { "temp": "warm", "humidity": 64, "raining": false } }"""));
        Assert.False(Valid(events, """{ "weather/readings": {} }"""));

        var ledgers = Schema(Path.Combine(folder, "WeatherStation.ledgers.schema.json"));
        Assert.True(Valid(ledgers, """{ "station-config": { "alertAbove": 30.5 } }"""));
        Assert.True(Valid(ledgers, """{ "station-config": {} }"""));
        Assert.False(Valid(ledgers, """{ "station-config": { "alertAbove": "hot" } }"""));

        var environmentPath = Path.Combine(folder, "WeatherStation.environment.schema.json");
        Assert.Equal("""{"type":"integer","minimum":-2147483648,"maximum":2147483647,"default":60}""", Compact(Read(environmentPath)["properties"]!["REPORT_INTERVAL"]));
        var environment = Schema(environmentPath);
        Assert.True(Valid(environment, """{ "REPORT_INTERVAL": 30 }"""));
        Assert.False(Valid(environment, """{ "REPORT_INTERVAL": 2147483648 }"""));
        Assert.False(Valid(environment, """{ "REPORT_INTERVAL": "30" }"""));
        Assert.False(Valid(environment, """{ "REPORT_INTERVA": 30 }"""));
    }

    [Fact]
    public void Nested_conditional_binary_scalar_and_run_time_payloads_in_json_schema()
    {
        var folder = Export("jsonschema", RoverFolder());
        foreach (var file in Directory.GetFiles(folder))
        {
            Assert.True(MetaSchemas.Draft202012.Evaluate(JsonDocument.Parse(File.ReadAllText(file)).RootElement).IsValid, file);
        }

        var path = Path.Combine(folder, "Rover.events.schema.json");
        var properties = Read(path)["properties"]!;
        var state = properties["rover/state"]!;
        Assert.Equal("""["pos","history","battery","up"]""", Compact(state["required"]));
        Assert.Equal("""["object","null"]""", Compact(state["properties"]!["fix"]!["type"]));
        Assert.Equal("""["sats","hdop"]""", Compact(state["properties"]!["fix"]!["required"]));
        Assert.Equal("""["string","null"]""", Compact(state["properties"]!["label"]!["type"]));
        Assert.Equal("""{"type":"array","items":{"type":"number"}}""", Compact(state["properties"]!["history"]));
        Assert.Equal("""["lat","lon"]""", Compact(properties["rover/route"]!["properties"]!["stops"]!["items"]!["required"]));
        Assert.Equal("string", properties["rover/photo"]!["type"]!.GetValue<string>());
        Assert.Equal("""[null,""]""", Compact(properties["rover/boot"]!["enum"]));
        Assert.NotNull(Read(path)["patternProperties"]!["^alert\\x2F"]);

        var events = Schema(path);
        Assert.True(Valid(events, """{ "rover/state": { "pos": { "lat": 1, "lon": 2 }, "history": [1.5], "battery": 80, "up": 5000000000 } }"""));
        Assert.True(Valid(events, """{ "rover/state": { "pos": { "lat": 1, "lon": 2 }, "history": [], "battery": 80, "up": 1, "fix": null, "label": null } }"""));
        Assert.True(Valid(events, """{ "rover/state": { "pos": { "lat": 1, "lon": 2 }, "history": [], "battery": 80, "up": 1, "fix": { "sats": 7, "hdop": 0.9 } } }"""));
        Assert.False(Valid(events, """{ "rover/state": { "history": [], "battery": 80, "up": 1 } }"""));
        Assert.False(Valid(events, """{ "rover/state": { "pos": { "lat": 1 }, "history": [], "battery": 80, "up": 1 } }"""));
        Assert.False(Valid(events, """{ "rover/state": { "pos": { "lat": 1, "lon": 2 }, "history": ["x"], "battery": 80, "up": 1 } }"""));
        Assert.False(Valid(events, """{ "rover/state": { "pos": { "lat": 1, "lon": 2 }, "history": [], "battery": 80, "up": 1, "fix": { "sats": 7 } } }"""));
        Assert.True(Valid(events, """{ "rover/battery": "80", "rover/boot": null, "alert/fire": "x" }"""));
        Assert.False(Valid(events, """{ "rover/battery": "eighty" }"""));

        var calls = Schema(Path.Combine(folder, "Rover.function-call.schema.json"));
        Assert.True(Valid(calls, """{ "name": "door", "argument": "OPEN" }"""));
        Assert.True(Valid(calls, """{ "name": "door", "argument": "close" }"""));
        Assert.False(Valid(calls, """{ "name": "door", "argument": "opened" }"""));
        Assert.True(Valid(calls, """{ "name": "speed", "argument": "1.5" }"""));
        Assert.False(Valid(calls, """{ "name": "speed", "argument": "1,5" }"""));
        Assert.True(Valid(calls, """{ "name": "ping", "argument": "" }"""));
        Assert.False(Valid(calls, """{ "name": "ping", "argument": "x" }"""));
    }

    [Fact]
    public async Task AsyncApi_has_a_channel_per_published_event_and_subscription_and_passes_the_parser()
    {
        var station = Path.Combine(Export("asyncapi", "firmware/weather-station"), "WeatherStation.asyncapi.json");
        var rover = Path.Combine(Export("asyncapi", RoverFolder(), "rover"), "Rover.asyncapi.json");
        var (exitCode, output) = await NodeValidators.RunScriptAsync("validate-asyncapi.cjs", [station, rover]);
        Assert.True(exitCode == 0, output);
        Assert.Contains("Rover.asyncapi.json asyncapi=3.0.0 channels=8 operations=8", output, StringComparison.Ordinal);

        var document = Read(station);
        var reading = document["channels"]!["event_weather_reading"]!;
        Assert.Equal("/devices/{deviceId}/events/weather%2Freading", reading["address"]!.GetValue<string>());
        var message = document["components"]!["messages"]!["event_weather_reading"]!;
        Assert.Equal("application/json", message["contentType"]!.GetValue<string>());
        Assert.Equal("""["temp","humidity","raining"]""", Compact(message["payload"]!["required"]));
        Assert.Equal("receive", document["operations"]!["receive_event_weather_reading"]!["action"]!.GetValue<string>());

        var setpoint = document["components"]!["messages"]!["subscription_station_setpoint"]!;
        Assert.Equal("^station/setpoint[A-Za-z0-9_/-]*$", setpoint["payload"]!["properties"]!["name"]!["pattern"]!.GetValue<string>());
        Assert.Equal("send", document["operations"]!["send_subscription_station_setpoint"]!["action"]!.GetValue<string>());
        var setpointData = setpoint["payload"]!["properties"]!["data"]!;
        Assert.Equal("^" + ArgumentSchemas.NumberPattern + "$", setpointData["pattern"]!.GetValue<string>());
        Assert.Null(setpointData["maxLength"]);

        var messages = Read(rover)["components"]!["messages"]!;
        Assert.Equal("application/octet-stream", messages["event_rover_photo"]!["contentType"]!.GetValue<string>());
        Assert.Equal("text/plain", messages["event_rover_battery"]!["contentType"]!.GetValue<string>());
        Assert.Equal("""["object","null"]""", Compact(messages["event_rover_state"]!["payload"]!["properties"]!["fix"]!["type"]));
    }

    [Fact]
    public void OpenApi_describes_argument_grammars_return_codes_ledgers_and_environment()
    {
        var folder = Export("openapi", "firmware/weather-station");
        var text = File.ReadAllText(Path.Combine(folder, "WeatherStation.openapi.json"));
        var result = OpenApiDocument.Parse(text, "json");
        Assert.True(result.Diagnostic is null || result.Diagnostic.Errors.Count == 0, string.Join('\n', result.Diagnostic?.Errors.Select(e => e.ToString()) ?? []));
        var errors = result.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, string.Join('\n', errors.Select(e => e.ToString())));

        var paths = Read(Path.Combine(folder, "WeatherStation.openapi.json"))["paths"]!;
        var setUnits = paths["/v1/devices/{deviceId}/setUnits"]!["post"]!;
        var arg = setUnits["requestBody"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("""["metric","imperial"]""", Compact(arg["properties"]!["arg"]!["enum"]));
        Assert.Equal("""["arg"]""", Compact(arg["required"]));
        var returned = setUnits["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["properties"]!["return_value"]!;
        Assert.Equal("[-1,0]", Compact(returned["enum"]));
        Assert.Equal("UNITS_OK", returned["oneOf"]![1]!["title"]!.GetValue<string>());
        Assert.Equal("^(-?[0-9]+),(-?[0-9]+)$", paths["/v1/devices/{deviceId}/setAlarm"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!["arg"]!["pattern"]!.GetValue<string>());

        var ledger = paths["/v1/ledgers/station-config/instances/{scopeValue}"]!;
        Assert.Equal("""{"type":"number"}""", Compact(ledger["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["properties"]!["instance"]!["properties"]!["data"]!["properties"]!["alertAbove"]));
        Assert.NotNull(ledger["put"]);
        Assert.Equal("""{"type":"string","pattern":"^-?[0-9]{1,10}$","description":"A 32-bit signed decimal integer."}""", Compact(paths["/v1/env/{deviceId}/REPORT_INTERVAL"]!["put"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["properties"]!["value"]));
        Assert.NotNull(paths["/v1/env/{deviceId}/render"]!["get"]);
    }

    [Fact]
    public async Task Thing_model_has_argument_inputs_return_codes_and_events()
    {
        var station = Path.Combine(Export("wot", "firmware/weather-station"), "WeatherStation.tm.jsonld");
        var rover = Path.Combine(Export("wot", RoverFolder(), "rover"), "Rover.tm.jsonld");
        var (exitCode, output) = await NodeValidators.RunScriptAsync("validate-thing-model.cjs", [station, rover]);
        Assert.True(exitCode == 0, output);
        Assert.Contains("Rover.tm.jsonld properties=0 actions=3 events=6", output, StringComparison.Ordinal);

        var model = Read(station);
        Assert.Equal("""["metric","imperial"]""", Compact(model["actions"]!["setUnits"]!["input"]!["properties"]!["arg"]!["enum"]));
        Assert.Equal("ALARM_SET", model["actions"]!["setAlarm"]!["output"]!["properties"]!["return_value"]!["oneOf"]![1]!["title"]!.GetValue<string>());
        var reading = model["events"]!["weather/reading"]!;
        Assert.Equal("number", reading["data"]!["properties"]!["temp"]!["type"]!.GetValue<string>());
        var setpoint = model["actions"]!["publish:station/setpoint"]!;
        Assert.Equal("^" + ArgumentSchemas.NumberPattern + "$", setpoint["input"]!["properties"]!["data"]!["pattern"]!.GetValue<string>());
        Assert.Equal("^station/setpoint[A-Za-z0-9_/-]*$", setpoint["input"]!["properties"]!["name"]!["pattern"]!.GetValue<string>());
        Assert.Equal(("https://api.particle.io/v1/devices/events", "POST"), (setpoint["forms"]![0]!["href"]!.GetValue<string>(), setpoint["forms"]![0]!["htv:methodName"]!.GetValue<string>()));
        Assert.Equal(("events/weather%2Freading", "subscribeevent"), (reading["forms"]![0]!["href"]!.GetValue<string>(), reading["forms"]![0]!["op"]!.GetValue<string>()));

        // A WoT data schema has one type name: a conditional field is oneOf its type and null.
        var fix = Read(rover)["events"]!["rover/state"]!["data"]!["properties"]!["fix"]!;
        Assert.Equal("object", fix["oneOf"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("""{"type":"null"}""", Compact(fix["oneOf"]![1]));
    }

    [Fact]
    public async Task TypeScript_types_arguments_return_codes_payloads_ledgers_and_environment()
    {
        var folder = Export("typescript", "firmware/weather-station");
        var declarations = File.ReadAllText(Path.Combine(folder, "WeatherStation.d.ts"));
        Assert.Contains("    'setUnits': 'metric' | 'imperial';\n", declarations, StringComparison.Ordinal);
        Assert.Contains("    'setAlarm': `${number},${number}`;\n", declarations, StringComparison.Ordinal);
        Assert.Contains("    'setAlarm': [low: number, high: number];\n", declarations, StringComparison.Ordinal);
        Assert.Contains("    'configure': { 'interval'?: number; 'label'?: string; };\n", declarations, StringComparison.Ordinal);
        Assert.Contains("    'setUnits': -1 | 0;\n", declarations, StringComparison.Ordinal);
        Assert.Contains("    'REPORT_INTERVAL'?: number;\n", declarations, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "tsconfig.json"), """
            { "compilerOptions": { "strict": true, "noEmit": true, "module": "node16", "moduleResolution": "node16", "target": "es2022", "skipLibCheck": false },
              "files": ["usage.ts"] }
            """);
        File.WriteAllText(Path.Combine(folder, "usage.ts"), """
            import Particle = require('particle-api-js');
            import { WeatherStation } from './WeatherStation';

            export async function use(particle: Particle, json: string): Promise<number> {
              const station = particle as unknown as WeatherStation.Client;
              const units = await station.callFunction({ deviceId: 'abc', name: 'setUnits', argument: 'imperial' });
              const code: -1 | 0 = units.body.return_value;
              const fields: WeatherStation.FunctionFields['setAlarm'] = [-5, 30];
              await station.callFunction({ deviceId: 'abc', name: 'setAlarm', argument: `${fields[0]},${fields[1]}` });
              const settings: WeatherStation.FunctionJsonArguments['configure'] = { interval: 30, label: 'roof' };
              await station.callFunction({ deviceId: 'abc', name: 'configure', argument: JSON.stringify(settings) });
              await station.publishEvent({ name: 'station/setpoint', data: '21.5', isPrivate: true });
              const reading: WeatherStation.EventPayloads['weather/reading'] = JSON.parse(json);
              const config: WeatherStation.Ledgers['station-config'] = { alertAbove: 30.5 };
              const env: WeatherStation.Environment = { REPORT_INTERVAL: 60 };
              return code + reading.temp + (reading.raining ? 1 : 0) + (config.alertAbove ?? 0) + (env.REPORT_INTERVAL ?? 0);
            }
            """);
        var (exitCode, output) = await NodeValidators.TypeCheckAsync(folder);
        Assert.True(exitCode == 0, output);

        File.WriteAllText(Path.Combine(folder, "usage.ts"), """
            import Particle = require('particle-api-js');
            import { WeatherStation } from './WeatherStation';

            export async function use(particle: Particle): Promise<void> {
              const station = particle as unknown as WeatherStation.Client;
              await station.callFunction({ deviceId: 'abc', name: 'setUnits', argument: 'Metric' });
              await station.callFunction({ deviceId: 'abc', name: 'setAlarm', argument: '-5;30' });
              await station.publishEvent({ name: 'station/other', data: '1', isPrivate: true });
              const reading: WeatherStation.EventPayloads['weather/reading'] = { temp: 1, humidity: 2 };
              const env: WeatherStation.Environment = { REPORT_INTERVAL: '60' };
            }
            """);
        (exitCode, output) = await NodeValidators.TypeCheckAsync(folder);
        Assert.NotEqual(0, exitCode);
        foreach (var line in new[] { 6, 7, 8, 9, 10 })
        {
            Assert.Contains($"usage.ts({line},", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TypeScript_nested_and_conditional_payloads_compile()
    {
        var folder = Export("typescript", RoverFolder(), "rover");
        var declarations = File.ReadAllText(Path.Combine(folder, "Rover.d.ts"));
        Assert.Contains("      'fix'?: {\n        'sats': number;\n        'hdop': number;\n      } | null;\n", declarations, StringComparison.Ordinal);
        Assert.Contains("      'history': Array<number>;\n", declarations, StringComparison.Ordinal);
        Assert.Contains("    'door': 'open' | 'close';\n", declarations, StringComparison.Ordinal);
        Assert.Contains("  type SubscriptionPrefix = never;\n", declarations, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "tsconfig.json"), """
            { "compilerOptions": { "strict": true, "noEmit": true, "module": "node16", "moduleResolution": "node16", "target": "es2022" }, "files": ["usage.ts"] }
            """);
        File.WriteAllText(Path.Combine(folder, "usage.ts"), """
            import { Rover } from './Rover';

            export function use(): number {
              const state: Rover.EventPayloads['rover/state'] = { pos: { lat: 1, lon: 2 }, history: [1.5], battery: 80, up: 1, fix: null };
              const route: Rover.EventPayloads['rover/route'] = { name: 'r', stops: [{ lat: 1, lon: 2 }] };
              const photo: Rover.EventPayloads['rover/photo'] = 'data:application/octet-stream;base64,AA==';
              const ping: Rover.FunctionArguments['ping'] = '';
              return state.pos.lat + (state.fix?.sats ?? 0) + route.stops.length + photo.length + ping.length;
            }
            """);
        var (exitCode, output) = await NodeValidators.TypeCheckAsync(folder);
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Json_document_and_inspect_list_grammars_events_ledgers_and_environment()
    {
        var schema = Schema(Path.Combine(RepositoryRoot(), "docs", "schemas", "particle-contracts.schema.json"));
        var text = File.ReadAllText(Path.Combine(Export("json", "firmware/weather-station"), "particle-contracts.json"));
        Assert.True(Valid(schema, text));
        var station = JsonNode.Parse(text)!["contracts"]![0]!;
        var setUnits = station["functionArguments"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "setUnits")!;
        Assert.Equal("words", setUnits["argument"]!.GetValue<string>());
        Assert.Equal("""["metric","imperial"]""", Compact(setUnits["words"]));
        Assert.Equal("""[{"value":-1,"name":"UNITS_UNKNOWN"},{"value":0,"name":"UNITS_OK"}]""", Compact(setUnits["returnCodes"]));
        var setAlarm = station["functionArguments"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "setAlarm")!;
        Assert.Equal((",", """[{"name":"low","type":"integer"},{"name":"high","type":"integer"}]"""), (setAlarm["separator"]!.GetValue<string>(), Compact(setAlarm["fields"])));
        var reading = station["events"]!["publishes"]![0]!;
        Assert.Equal(("weather/reading", "json"), (reading["name"]!.GetValue<string>(), reading["payload"]!["kind"]!.GetValue<string>()));
        Assert.Equal("""{"name":"temp","type":"double","conditional":false}""", Compact(reading["payload"]!["fields"]![0]));
        Assert.Equal("station/setpoint", station["events"]!["subscriptions"]![0]!["prefix"]!.GetValue<string>());
        var ledger = station["data"]!["ledgers"]![0]!;
        Assert.Equal(("station-config", "cloud-to-device"), (ledger["name"]!.GetValue<string>(), ledger["direction"]!.GetValue<string>()));
        Assert.Equal("""[{"name":"alertAbove","type":"double","conflict":false}]""", Compact(ledger["keys"]));
        Assert.Equal(("REPORT_INTERVAL", "int", "60"), (station["data"]!["environment"]![0]!["name"]!.GetValue<string>(), station["data"]!["environment"]![0]!["type"]!.GetValue<string>(), station["data"]!["environment"]![0]!["default"]!.GetValue<string>()));

        // The wire view carries the lock's lists.
        var lockedUnits = station["functions"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "setUnits")!;
        Assert.Equal("""["imperial","metric"]""", Compact(lockedUnits["words"]));
        Assert.Equal("""[{"value":-1,"name":"UNITS_UNKNOWN"},{"value":0,"name":"UNITS_OK"}]""", Compact(lockedUnits["returnCodes"]));
        Assert.Equal("""{"name":"station-config","direction":"cloud-to-device","keys":[{"name":"alertAbove","type":"double"}]}""", Compact(station["ledgers"]![0]));
        Assert.Equal("""[{"name":"humidity","type":"int32"},{"name":"raining","type":"bool"},{"name":"temp","type":"double"}]""", Compact(station["publishes"]![0]!["fields"]));

        // inspect writes the same lists, and the schema refuses what the formats do not have.
        var inspect = Run(RepositoryRoot(), "inspect", "firmware/weather-station", "--json");
        Assert.True(Valid(schema, inspect.Output));
        var inspected = JsonNode.Parse(inspect.Output)!["contracts"]![0]!;
        Assert.Equal(Compact(station["events"]), Compact(inspected["events"]));
        Assert.Equal(Compact(station["data"]), Compact(inspected["data"]));
        Assert.Equal(Compact(station["functionArguments"]), Compact(inspected["functionArguments"]));
        reading["payload"]!["kind"] = "xml";
        Assert.False(Valid(schema, station.Root.ToJsonString()));
        Assert.False(Valid(schema, text.Replace("\"direction\": \"cloud-to-device\"", "\"direction\": \"sideways\"", StringComparison.Ordinal)));
        Assert.False(Valid(schema, text.Replace("\"argument\": \"words\"", "\"argument\": \"letters\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_document_lists_nested_and_conditional_payload_fields()
    {
        var schema = Schema(Path.Combine(RepositoryRoot(), "docs", "schemas", "particle-contracts.schema.json"));
        var text = File.ReadAllText(Path.Combine(Export("json", RoverFolder()), "particle-contracts.json"));
        Assert.True(Valid(schema, text));
        var publishes = JsonNode.Parse(text)!["contracts"]![0]!["events"]!["publishes"]!.AsArray();
        var state = publishes.Single(p => p!["name"]?.GetValue<string>() == "rover/state")!["payload"]!["fields"]!.AsArray();
        Assert.Equal("""{"name":"pos","type":"object","conditional":false,"fields":[{"name":"lat","type":"double","conditional":false},{"name":"lon","type":"double","conditional":false}]}""", Compact(state[0]));
        Assert.Equal("""{"name":"history","type":"array","conditional":false,"itemType":"double"}""", Compact(state[1]));
        Assert.True(state.Single(f => f!["name"]!.GetValue<string>() == "fix")!["conditional"]!.GetValue<bool>());
        var alert = publishes.Single(p => p!["name"] is null)!;
        Assert.Equal("alert/", alert["knownPrefix"]!.GetValue<string>());
    }

    [Fact]
    public void Every_format_is_byte_identical_for_the_same_firmware()
    {
        var rover = RoverFolder();
        foreach (var format in new[] { "asyncapi", "json", "jsonschema", "openapi", "typescript", "wot" })
        {
            foreach (var firmware in new[] { "firmware/weather-station", rover })
            {
                var first = Export(format, firmware, "first");
                var second = Export(format, firmware, "second");
                foreach (var file in Directory.GetFiles(first))
                {
                    Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetFileName(file))));
                }

                Directory.Delete(first, recursive: true);
                Directory.Delete(second, recursive: true);
            }
        }
    }
}
