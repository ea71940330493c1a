using ParticleContracts.TestSupport;
using System.Text.Json;
using static ParticleContracts.Cli.Tests.CliRunner;

namespace ParticleContracts.Cli.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a consumer whose firmware folder holds a lock written by <c>particle-contracts lock</c>:
/// a breaking change fails the build with PCT1100, a higher <c>PRODUCT_VERSION</c> turns it into the PCT1102 warning,
/// an added variable is the PCT1103 info. The consumer imports <c>ParticleContracts.InRepo.targets</c>, which imports
/// the props/targets the package ships.
/// </summary>
public sealed class LockBuildTests : IDisposable
{
    private const string Firmware = """
        int level;
        String label;
        void setup() {
            Particle.variable("level", level);
            Particle.variable("label", label);
        }
        """;

    private readonly string _consumer = Directory.CreateTempSubdirectory("pc-lock-consumer-").FullName;

    public void Dispose() => Directory.Delete(_consumer, recursive: true);

    [Fact]
    public async Task Build_fails_on_a_breaking_change_warns_after_a_version_bump_and_notes_additions()
    {
        var repo = RepositoryRoot().Replace('\\', '/');
        File.WriteAllText(Path.Combine(_consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ErrorLog>diagnostics.sarif,version=2.1</ErrorLog>
              </PropertyGroup>
              <Import Project="{repo}/src/ParticleContracts/build/ParticleContracts.InRepo.targets" />
              <ItemGroup>
                <ProjectReference Include="{repo}/src/ParticleContracts/ParticleContracts.csproj" />
                <ParticleFirmware Include="fw/lamp" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_consumer, "Usage.cs"), "namespace Consumer;\n\ninternal static class Usage\n{\n    public static string Name => nameof(Consumer.Devices.Lamp);\n}\n");
        var source = Path.Combine(_consumer, "fw", "lamp", "lamp.ino");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        File.WriteAllText(source, Firmware);
        Assert.Equal(0, Run(_consumer, "lock", "fw/lamp").ExitCode);

        // Removing a locked variable: the build fails at the lock entry, naming the consequence.
        File.WriteAllText(source, Firmware.Replace("    Particle.variable(\"label\", label);\n", string.Empty, StringComparison.Ordinal));
        var (exitCode, output) = await BuildAsync();
        Assert.True(exitCode != 0, output);
        Assert.True(output.Contains("particle-contracts.lock.json(8,", StringComparison.Ordinal), output);
        Assert.True(output.Contains("error PCT1100: Variable 'label' of contract Lamp is in particle-contracts.lock.json but the firmware no longer registers it: apps built against the lock will get 404 Unknown Variable.", StringComparison.Ordinal), output);

        // The same change under a higher PRODUCT_VERSION builds, with a warning that says to update the lock.
        File.WriteAllText(source, "PRODUCT_VERSION(2);\n" + File.ReadAllText(source));
        (exitCode, output) = await BuildAsync();
        Assert.True(exitCode == 0, output);
        Assert.True(output.Contains("warning PCT1102: variable 'label' removed since particle-contracts.lock.json (PRODUCT_VERSION none → 2): apps built against the lock will get 404 Unknown Variable. Run 'particle-contracts lock' to record the new contract.", StringComparison.Ordinal), output);

        // Relocked, then a new variable: additive, an info diagnostic (in the SARIF log; MSBuild does not print infos).
        Assert.Equal(0, Run(_consumer, "lock", "fw/lamp").ExitCode);
        File.WriteAllText(source, File.ReadAllText(source).Replace("void setup() {", "bool on;\nvoid setup() {\n    Particle.variable(\"on\", on);", StringComparison.Ordinal));
        (exitCode, output) = await BuildAsync();
        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("PCT110", output, StringComparison.Ordinal);
        var info = SarifResults().Single(r => r.GetProperty("ruleId").GetString() == "PCT1103");
        Assert.Equal("note", info.GetProperty("level").GetString());
        Assert.Contains("Variable 'on' of contract Lamp is not in particle-contracts.lock.json", info.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private IEnumerable<JsonElement> SarifResults()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_consumer, "diagnostics.sarif")));
        return document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.Clone()).ToList();
    }

    private async Task<ProcessResult> BuildAsync()
    {
        // The repository projects are already built (this test project references them); the consumer does not rebuild them.
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var environment = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(name => name, _ => (string?)null);
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        return await ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            ["build", "-nologo", "-c", configuration, "-p:BuildProjectReferences=false", "-p:UseSharedCompilation=false", "-clp:NoSummary"],
            _consumer,
            TimeSpan.FromMinutes(8),
            environment);
    }
}
