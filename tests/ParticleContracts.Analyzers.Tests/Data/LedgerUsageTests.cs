using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests.Data;

public sealed class LedgerUsageTests
{
    private static DiagnosticResult Unknown(string name, string suffix) =>
        new DiagnosticResult(Descriptors.Find("PCT2030")!).WithLocation(0).WithArguments(name, suffix);

    private static DiagnosticResult Write(string name) =>
        new DiagnosticResult(Descriptors.Find("PCT2031")!).WithLocation(0).WithArguments(name);

    [Theory]
    [InlineData("""await client.GetLedgerInstanceAsync({|#0:"station-confg"|}, "d");""")]
    [InlineData("""await client.GetLedgerAsync({|#0:"station-confg"|});""")]
    [InlineData("""await client.SetLedgerInstanceAsync({|#0:"station-confg"|}, "d", new System.Text.Json.Nodes.JsonObject());""")]
    [InlineData("""await client.DeleteLedgerInstanceAsync(ledgerName: {|#0:"station-confg"|}, scopeValue: "d");""")]
    [InlineData("""await client.ListLedgerInstanceVersionsAsync({|#0:"station-" + "confg"|}, "d");""")]
    [InlineData("""await client.ArchiveLedgerAsync({|#0:"station-confg"|});""")]
    public async Task A_ledger_name_no_contract_uses_is_a_warning_with_did_you_mean(string statement)
    {
        var test = DataFirmware.Test<LedgerUsageAnalyzer>(statement);
        test.ExpectedDiagnostics.Add(Unknown("station-confg", "; did you mean 'station-config'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_name_far_from_every_ledger_lists_them()
    {
        var test = DataFirmware.Test<LedgerUsageAnalyzer>("""
            await client.GetLedgerInstanceAsync({|#0:"fleet-settings"|}, "d");
            """);
        test.ExpectedDiagnostics.Add(Unknown("fleet-settings", "; declared ledgers: station-config, station-status"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Writing_a_ledger_the_firmware_only_writes_is_an_error()
    {
        var test = DataFirmware.Test<LedgerUsageAnalyzer>("""
            const string Status = "station-status";
            await client.SetLedgerInstanceAsync({|#0:Status|}, "d", new System.Text.Json.Nodes.JsonObject(), ParticleLedgerSetMode.Merge);
            """);
        test.ExpectedDiagnostics.Add(Write("station-status"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Reads_and_cloud_to_device_writes_are_fine()
    {
        var test = DataFirmware.Test<LedgerUsageAnalyzer>("""
            await client.SetLedgerInstanceAsync("station-config", "d", new System.Text.Json.Nodes.JsonObject());
            await client.GetLedgerInstanceAsync("station-status", "d");
            await client.ListLedgerInstanceVersionsAsync("station-status", "d");
            await client.DeleteLedgerInstanceAsync("station-status", "d");
            var name = System.Environment.GetEnvironmentVariable("L") ?? "x";
            await client.SetLedgerInstanceAsync(name, "d", new System.Text.Json.Nodes.JsonObject());
            await client.ListLedgersAsync();
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_ledger_another_contract_reads_may_be_written()
    {
        var test = DataFirmware.Test<LedgerUsageAnalyzer>(
            """
            await client.SetLedgerInstanceAsync("station-status", "d", new System.Text.Json.Nodes.JsonObject());
            """,
            ("/firmware/reader/src/reader.cpp", DataFirmware.Reader));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_ledger_name_known_only_at_run_time_silences_unknown_names_but_not_writes()
    {
        const string RunTime = """
            #include "Particle.h"
            Ledger status;
            void setup() {
                status = Particle.ledger("station-status");
                status.set(LedgerData{{"battery", 87}});
                String n = System.deviceID();
                Ledger other = Particle.ledger(n);
                int v = other.get().get("k").toInt();
            }
            """;
        var test = new AnalyzerTest<LedgerUsageAnalyzer>(Sources.ClientOnlyApp("""
            await client.GetLedgerInstanceAsync("some-device-ledger", "d");
            await client.SetLedgerInstanceAsync({|#0:"station-status"|}, "d", new System.Text.Json.Nodes.JsonObject());
            """), withFirmware: false);
        test.TestState.AdditionalFiles.Add(("/firmware/runtime/src/runtime.cpp", RunTime));
        test.ExpectedDiagnostics.Add(Write("station-status"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_project_without_ledgers_is_not_checked()
    {
        var test = new AnalyzerTest<LedgerUsageAnalyzer>(Sources.ClientOnlyApp("""
            await client.SetLedgerInstanceAsync("anything", "d", new System.Text.Json.Nodes.JsonObject());
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_replace_name_fix_uses_the_suggested_ledger_name()
    {
        var test = new CodeFixTest<LedgerUsageAnalyzer, ReplaceNameCodeFixProvider>(
            Sources.ClientOnlyApp("""
                await client.GetLedgerInstanceAsync({|#0:"station-confg"|}, "d");
                """),
            Sources.ClientOnlyApp("""
                await client.GetLedgerInstanceAsync("station-config", "d");
                """));
        test.TestState.AdditionalFiles.Add((DataFirmware.Path, DataFirmware.Station));
        test.ExpectedDiagnostics.Add(Unknown("station-confg", "; did you mean 'station-config'?"));
        await test.RunAsync();
    }
}
