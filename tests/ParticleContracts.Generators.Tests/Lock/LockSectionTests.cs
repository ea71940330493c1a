using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Lock;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Lock;

/// <summary>
/// The lock sections for events, function argument grammars and return codes, ledgers and environment variables:
/// written from firmware, read back, and compared before/after a firmware edit with <see cref="ContractComparer"/>.
/// </summary>
public sealed class LockSectionTests
{
    /// <summary>Every kind of member: words with named return codes, positional fields, a number, a JSON publish, a subscription, a ledger, an environment variable.</summary>
    internal const string LampFirmware = """
        #define MODE_OK 0
        #define MODE_BAD -1
        int level;
        int setMode(String mode) {
            if (mode == "eco") {
                return MODE_OK;
            }
            if (mode == "boost") {
                return MODE_OK;
            }
            return MODE_BAD;
        }
        int setRange(String range) {
            int low = 0;
            int high = 0;
            if (sscanf(range.c_str(), "%d,%d", &low, &high) != 2) {
                return -1;
            }
            return 1;
        }
        int setLevel(String value) {
            int parsed = value.toInt();
            if (parsed < 0) {
                return -1;
            }
            level = parsed;
            return 1;
        }
        void onCommand(const char* event, const char* data) {
        }
        Ledger config;
        int interval = 60;
        void setup() {
            Particle.function("setMode", setMode);
            Particle.function("setRange", setRange);
            Particle.function("setLevel", setLevel);
            Particle.subscribe("lamp/command", onCommand);
            config = Particle.ledger("lamp-config");
            LedgerData data = config.get();
            double max = data.get("max").toDouble();
            System.getEnv("INTERVAL", interval);
        }
        void loop() {
            Particle.publish("lamp/state", String::format("{\"level\":%d,\"on\":%s}", level, level > 0 ? "true" : "false"));
        }
        """;

    internal static LockedContract Locked(string firmware) =>
        LockBuilder.Build(FirmwareReader.Read([new FirmwareSource("/fw/lamp/lamp.ino", firmware)]).Single(), ".", null);

    private static string Written(LockedContract contract) => LockWriter.Write(LockBuilder.ToLock([contract]));

    [Fact]
    public void New_sections_are_written_sorted_without_lines_and_read_back_to_the_same_bytes()
    {
        var text = Written(Locked(LampFirmware));
        Assert.Contains("""{ "name": "setMode", "argument": "words", "cppType": "int(String)", "form": "function-pointer", "words": ["boost", "eco"], "returnCodes": [{ "value": -1, "name": "MODE_BAD" }, { "value": 0, "name": "MODE_OK" }] }""", text, StringComparison.Ordinal);
        Assert.Contains("""fields": [{ "name": "low", "type": "integer" }, { "name": "high", "type": "integer" }]""", text, StringComparison.Ordinal);
        Assert.Contains("""{ "name": "lamp/state", "payload": "json", "form": "classic", "fields": [{ "name": "level", "type": "int32" }, { "name": "on", "type": "bool" }] }""", text, StringComparison.Ordinal);
        Assert.Contains("""{ "name": "lamp/command", "form": "function-handler" }""", text, StringComparison.Ordinal);
        Assert.Contains("""{ "name": "lamp-config", "direction": "cloud-to-device", "keys": [{ "name": "max", "type": "double" }] }""", text, StringComparison.Ordinal);
        Assert.Contains("""{ "name": "INTERVAL", "type": "int" }""", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line", text, StringComparison.OrdinalIgnoreCase);
        var sections = new[] { "\"variables\"", "\"functions\"", "\"publishes\"", "\"subscriptions\"", "\"ledgers\"", "\"environment\"" }.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.Equal(sections.Order(), sections);

        var read = LockReader.Read("/fw/lamp/particle-contracts.lock.json", text);
        Assert.Null(read.Error);
        Assert.Equal(text, LockWriter.Write(read.Lock!));
        var readBack = read.Lock!.Contracts.Single();
        Assert.Empty(ContractComparer.CompareContracts(readBack, Locked(LampFirmware)).Changes);

        // Moving code gives the same bytes.
        Assert.Equal(text, Written(Locked("// moved\n\n" + LampFirmware)));
    }

    [Fact]
    public void Run_time_event_names_are_locked_by_their_constant_start_and_unknown_lists_are_errors()
    {
        var text = Written(Locked(LampFirmware.Replace("Particle.publish(\"lamp/state\",", "Particle.publish(\"lamp/\" + System.deviceID(),", StringComparison.Ordinal)));
        Assert.Contains("{ \"name\": \"lamp/*\", \"payload\": \"json\"", text, StringComparison.Ordinal);

        var broken = LockReader.Read("l.json", """{ "lockVersion": 1, "contracts": [ { "name": "A", "functions": [ { "name": "f", "returnCodes": [ { "name": "OK" } ] } ] } ] }""");
        Assert.Contains("without a \"value\"", broken.Error, StringComparison.Ordinal);
        var unknown = LockReader.Read("l.json", """{ "lockVersion": 1, "contracts": [ { "name": "A", "gadgets": [ 1 ], "functions": [ { "name": "f", "extras": [ 2 ] } ] } ] }""");
        Assert.Null(unknown.Error);
    }

    [Fact]
    public void The_build_reports_a_removed_word_as_PCT1106_and_a_removed_event_as_PCT1100_through_the_same_comparer()
    {
        var lockText = Written(Locked(LampFirmware));
        var edited = LampFirmware
            .Replace("    if (mode == \"boost\") {\n        return MODE_OK;\n    }\n", string.Empty, StringComparison.Ordinal)
            .Replace("    Particle.subscribe(\"lamp/command\", onCommand);\n", string.Empty, StringComparison.Ordinal);
        var run = GeneratorHarness.Run([new FirmwareFile("/fw/lamp/lamp.ino", edited), new FirmwareFile("/fw/lamp/particle-contracts.lock.json", lockText)], globalOptions: null);

        var word = Assert.Single(run.Result.Diagnostics, d => d.Id == "PCT1106");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, word.Severity);
        Assert.Equal(
            "Function 'setMode' of contract Lamp: word 'boost' removed since particle-contracts.lock.json: apps built against the lock will send a word the function no longer accepts. Restore it, or raise PRODUCT_VERSION and run 'particle-contracts lock'.",
            word.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/fw/lamp/lamp.ino", word.Location.GetLineSpan().Path);

        var subscription = Assert.Single(run.Result.Diagnostics, d => d.Id == "PCT1100");
        Assert.StartsWith("Subscription 'lamp/command' of contract Lamp is in particle-contracts.lock.json", subscription.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("/fw/lamp/particle-contracts.lock.json", subscription.Location.GetLineSpan().Path);

        // The unedited firmware matches its lock: nothing to report.
        var clean = GeneratorHarness.Run([new FirmwareFile("/fw/lamp/lamp.ino", LampFirmware), new FirmwareFile("/fw/lamp/particle-contracts.lock.json", lockText)], globalOptions: null);
        Assert.DoesNotContain(clean.Result.Diagnostics, d => d.Id.StartsWith("PCT110", StringComparison.Ordinal));
    }
}
