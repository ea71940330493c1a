using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// The ledger emitter: its own file per contract, snapshot-tested, compiling warning-free against the runtime, and
/// re-emitted only for the contract whose firmware changed.
/// </summary>
public sealed class LedgerGenerationTests
{
    internal const string Firmware = """
        Ledger config;
        Ledger status;
        int retryPeriod = 30;
        bool debug = false;

        void setup() {
            config = Particle.ledger("station-config");
            status = Particle.ledger("station-status");
            config.onSync([](Ledger l) {
                int t = l.get().get("threshold").toInt();
                String ssid = l.get().get("wifi").toMap().get("ssid").toString();
            });
            System.getEnv("RETRY_PERIOD", retryPeriod);
            System.getEnv("ENABLE_DEBUG", debug);
            String endpoint = System.getEnv("ENDPOINT");
        }

        void loop() {
            status.set(LedgerData{{"temp", 21.5}, {"ok", true}, {"count", 3}}, Ledger::MERGE);
        }
        """;

    private static FirmwareFile[] Files(string code = Firmware) =>
    [
        new("/fw/station/src/station.cpp", code),
        new("/fw/station/project.properties", "name=station\nenv=env.json\n"),
        new("/fw/station/env.json", "{ \"RETRY_PERIOD\": \"45\", \"ENABLE_DEBUG\": \"false\" }"),
        new("/fw/other/src/other.cpp", "Ledger o = Particle.ledger(\"other\");\nvoid loop() { int x = o.get().get(\"x\").toInt(); }"),
        new("/fw/other/project.properties", "name=other\n"),
    ];

    [Fact]
    public void The_ledger_file_matches_its_snapshot_and_compiles_warning_free()
    {
        var run = GeneratorHarness.Run(Files());

        var source = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Station.Ledgers.g.cs", StringComparison.Ordinal));
        Snapshot.Verify("Ledgers.Station", source.Text);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Identical_firmware_gives_identical_bytes()
    {
        var first = GeneratorHarness.Run(Files()).Sources;
        var second = GeneratorHarness.Run(Files()).Sources;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generated_members_read_and_write_the_firmware_types()
    {
        var run = GeneratorHarness.Run(Files());
        var text = Assert.Single(run.Sources, s => s.HintName.EndsWith(".Station.Ledgers.g.cs", StringComparison.Ordinal)).Text;

        Assert.Contains("GetStationConfigLedgerAsync(string scopeValue", text, StringComparison.Ordinal);
        Assert.Contains("SetStationConfigLedgerAsync(string scopeValue", text, StringComparison.Ordinal);
        Assert.Contains("GetStationStatusLedgerVersionsAsync(string scopeValue", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SetStationStatusLedgerAsync", text, StringComparison.Ordinal);
        Assert.Contains("public int? Threshold { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public StationConfigLedgerWifi? Wifi { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public int? RetryPeriod { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("RetryPeriod = 45,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_contract_re_emits_only_its_ledger_file()
    {
        var driver = GeneratorHarness.CreateDriver(Files(), out var texts);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class Anchor { }");
        driver = driver.RunGenerators(compilation);

        var edited = texts.First(t => t.Path.EndsWith("station.cpp", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(edited, new InMemoryAdditionalText(edited.Path, Firmware.Replace("\"threshold\"", "\"limit\"", StringComparison.Ordinal)));
        driver = driver.RunGenerators(compilation);

        var outputs = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.DataModels].SelectMany(step => step.Outputs).ToArray();
        Assert.Contains(outputs, o => o.Value is DataProxyModel { TypeName: "Other" } && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(outputs, o => o.Value is DataProxyModel { TypeName: "Station" } && o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void A_contract_without_ledgers_or_environment_gets_no_ledger_file()
    {
        var run = GeneratorHarness.Run([new FirmwareFile("/fw/plain/src/plain.cpp", "int t;\nvoid setup() { Particle.variable(\"t\", t); }")]);

        Assert.DoesNotContain(run.Sources, s => s.HintName.EndsWith(".Ledgers.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ledger_name_known_only_at_run_time_marks_the_interface_for_the_analyzers()
    {
        const string Marker = "[global::ParticleContracts.ParticleRunTimeCloudNames(global::ParticleContracts.ParticleMemberKind.Ledger)]";
        var runTime = GeneratorHarness.Run([new FirmwareFile("/fw/rt/src/rt.cpp", "void setup() { Particle.ledger(\"cfg\").get().get(\"k\").toInt(); String n = System.deviceID(); Ledger l = Particle.ledger(n); int v = l.get().get(\"k\").toInt(); }")]);
        var constant = GeneratorHarness.Run([new FirmwareFile("/fw/rt/src/rt.cpp", "void setup() { Particle.ledger(\"cfg\").get().get(\"k\").toInt(); }")]);

        Assert.Contains(Marker, Assert.Single(runTime.Sources, s => s.HintName.EndsWith(".Ledgers.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, Assert.Single(constant.Sources, s => s.HintName.EndsWith(".Ledgers.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }
}
