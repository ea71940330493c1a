using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests.Data;

/// <summary>
/// PCT2034: a ledger definition built in C# with the other direction than the firmware uses the ledger in
/// (<see cref="DataFirmware.Station"/> reads <c>station-config</c> and writes <c>station-status</c>), and the fix that
/// flips the direction.
/// </summary>
public sealed class LedgerDefinitionTests
{
    private static DiagnosticResult Reversed(string name, string written, string firmware, string implied) =>
        new DiagnosticResult(Descriptors.Find("PCT2034")!).WithLocation(0).WithArguments(name, written, firmware, implied);

    private static DiagnosticResult ReadLedgerDefinedUpstream() =>
        Reversed("station-config", "Upstream", "reads", "Downstream (cloud-to-device)");

    private static DiagnosticResult WrittenLedgerDefinedDownstream() =>
        Reversed("station-status", "Downstream", "writes", "Upstream (device-to-cloud)");

    [Theory]
    [InlineData("""await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Scope = ParticleLedgerScope.Device, Direction = {|#0:ParticleLedgerDirection.Upstream|} });""")]
    [InlineData("""await client.UpdateLedgerAsync(new() { Name = "station-" + "config", Direction = {|#0:ParticleLedgerDirection.Upstream|} });""")]
    [InlineData("""
        const string Config = "station-config";
        var definition = new ParticleLedgerDefinition { Direction = {|#0:ParticleContracts.ParticleLedgerDirection.Upstream|}, Name = Config };
        await client.CreateLedgerAsync(definition, organization: "acme");
        """)]
    public async Task A_ledger_the_firmware_reads_defined_upstream_is_a_warning(string statements)
    {
        var test = DataFirmware.Test<LedgerDefinitionAnalyzer>(statements);
        test.ExpectedDiagnostics.Add(ReadLedgerDefinedUpstream());
        await test.RunAsync();
    }

    [Fact]
    public async Task A_ledger_the_firmware_writes_defined_downstream_is_a_warning()
    {
        var test = DataFirmware.Test<LedgerDefinitionAnalyzer>("""
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-status", Direction = {|#0:ParticleLedgerDirection.Downstream|} });
            """);
        test.ExpectedDiagnostics.Add(WrittenLedgerDefinedDownstream());
        await test.RunAsync();
    }

    [Fact]
    public async Task Matching_unknown_and_run_time_definitions_are_fine()
    {
        var test = DataFirmware.Test<LedgerDefinitionAnalyzer>("""
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = ParticleLedgerDirection.Downstream });
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-status", Direction = ParticleLedgerDirection.Upstream });
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "cloud-only", Direction = ParticleLedgerDirection.Upstream });
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config" });
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = ParticleLedgerDirection.Unknown });
            var name = System.Environment.GetEnvironmentVariable("L") ?? "station-config";
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = name, Direction = ParticleLedgerDirection.Upstream });
            var direction = System.DateTime.Now.Second > 30 ? ParticleLedgerDirection.Upstream : ParticleLedgerDirection.Downstream;
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = direction });
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = nameof(App), Direction = ParticleLedgerDirection.Upstream });
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_ledger_contracts_use_in_both_directions_is_not_checked()
    {
        // DataFirmware.Reader reads station-status, which Station writes: no one direction fits both.
        var test = DataFirmware.Test<LedgerDefinitionAnalyzer>(
            """
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-status", Direction = ParticleLedgerDirection.Downstream });
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-status", Direction = ParticleLedgerDirection.Upstream });
            """,
            ("/firmware/reader/src/reader.cpp", DataFirmware.Reader));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_project_without_ledgers_is_not_checked()
    {
        var test = new AnalyzerTest<LedgerDefinitionAnalyzer>(Sources.ClientOnlyApp("""
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = ParticleLedgerDirection.Upstream });
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_flips_the_direction_member()
    {
        var test = new CodeFixTest<LedgerDefinitionAnalyzer, FlipLedgerDirectionCodeFixProvider>(
            Sources.ClientOnlyApp("""
                await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = {|#0:ParticleLedgerDirection.Upstream|} });
                await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-status", Direction = {|#1:ParticleLedgerDirection.Downstream|} });
                """),
            Sources.ClientOnlyApp("""
                await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = ParticleLedgerDirection.Downstream });
                await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-status", Direction = ParticleLedgerDirection.Upstream });
                """));
        test.TestState.AdditionalFiles.Add((DataFirmware.Path, DataFirmware.Station));
        test.ExpectedDiagnostics.Add(ReadLedgerDefinedUpstream());
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.Find("PCT2034")!).WithLocation(1).WithArguments("station-status", "Downstream", "writes", "Upstream (device-to-cloud)"));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_fix_flips_a_bare_member_under_using_static()
    {
        const string Before = """
            using System.Threading.Tasks;
            using ParticleContracts;
            using static ParticleContracts.ParticleLedgerDirection;

            sealed class App
            {
                Task<ParticleLedgerDefinition> RunAsync(ParticleCloudClient client) =>
                    client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = {|#0:Upstream|} });
            }
            """;
        var test = new CodeFixTest<LedgerDefinitionAnalyzer, FlipLedgerDirectionCodeFixProvider>(Before, Before.Replace("{|#0:Upstream|}", "Downstream"));
        test.TestState.AdditionalFiles.Add((DataFirmware.Path, DataFirmware.Station));
        test.ExpectedDiagnostics.Add(ReadLedgerDefinedUpstream());
        await test.RunAsync();
    }

    [Fact]
    public async Task A_direction_written_as_a_cast_is_reported_but_not_fixed()
    {
        var source = Sources.ClientOnlyApp("""
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Direction = {|#0:(ParticleLedgerDirection)1|} });
            """);
        var test = new CodeFixTest<LedgerDefinitionAnalyzer, FlipLedgerDirectionCodeFixProvider>(source, source);
        test.TestState.AdditionalFiles.Add((DataFirmware.Path, DataFirmware.Station));
        test.ExpectedDiagnostics.Add(ReadLedgerDefinedUpstream());
        await test.RunAsync();
    }
}
