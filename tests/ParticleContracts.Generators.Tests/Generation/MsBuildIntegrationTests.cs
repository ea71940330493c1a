namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// A real consumer project built with <c>dotnet build</c>: <c>ParticleFirmware</c> items with <c>Contract</c> and
/// <c>Namespace</c> metadata, plain firmware <c>AdditionalFiles</c>, <c>ParticleFunctionArgumentLimit</c>, and a
/// global config that changes a firmware diagnostic's severity. It imports <c>ParticleContracts.InRepo.targets</c>,
/// which imports the same props/targets the package ships.
/// </summary>
public sealed class MsBuildIntegrationTests
{
    [Fact]
    public async Task ParticleFirmware_items_reach_the_generator_with_their_metadata()
    {
        var folder = Directory.CreateTempSubdirectory("particle-consumer-");
        try
        {
            var repo = GeneratorHarness.RepoRoot.Replace('\\', '/');
            await ConsumerBuild.WriteProjectAsync(
                folder.FullName,
                "Acme.App",
                properties: """
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    <ParticleFunctionArgumentLimit>622</ParticleFunctionArgumentLimit>
                    """,
                items: $"""
                    <ParticleFirmware Include="{repo}/firmware/weather-station/**/*" Namespace="Acme.Stations" />
                    <ParticleFirmware Include="{repo}/firmware/tutorial-function/**/*" Contract="Lamp" />
                    <AdditionalFiles Include="{repo}/firmware/legacy-core/*.ino" />
                    <ParticleFirmware Include="fw/**/*" />
                    <ParticleFirmware Include="fw/probe" />
                    <ParticleFirmware Include="fw/probe/probe.ino" />
                    """);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "Usage.cs"), """
                namespace Acme.App;

                /// <summary>Uses the generated proxies.</summary>
                public static class Usage
                {
                    /// <summary>Reads and calls.</summary>
                    public static async System.Threading.Tasks.Task<double> RunAsync(Acme.Stations.IWeatherStation station, Acme.App.Devices.ILamp lamp, Acme.App.Devices.ILegacyCore core)
                    {
                        await lamp.SetColorAsync("255,0,0");
                        await core.LedAsync("on");
                        return Acme.App.Devices.Lamp.FunctionArgumentLimit + await station.GetTempAsync();
                    }
                }
                """);
            Directory.CreateDirectory(Path.Combine(folder.FullName, "fw", "probe"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "fw", "probe", "probe.ino"), "float level;\nvoid setup() {\n    Particle.variable(\"level\", level);\n}\n");
            // PCT1006 (float variable) is an error by default. Firmware diagnostics have no C# location, so a global
            // config (not a [*.cs] section of .editorconfig) sets their severity.
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, ".globalconfig"), "is_global = true\ndotnet_diagnostic.PCT1006.severity = none\n");

            var (exitCode, output) = await ConsumerBuild.DotnetBuildAsync(folder.FullName);

            Assert.True(exitCode == 0, output);
            Assert.DoesNotContain("PCT1006", output, StringComparison.Ordinal);
            var generated = Directory.EnumerateFiles(Path.Combine(folder.FullName, "obj"), "*.g.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetFileName(path)!)
                .Where(name => !name.EndsWith(".FunctionArguments.g.cs", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(["Acme.App.Devices.Lamp.g.cs", "Acme.App.Devices.LegacyCore.g.cs", "Acme.App.Devices.Probe.g.cs", "Acme.Stations.WeatherStation.Events.g.cs", "Acme.Stations.WeatherStation.Ledgers.g.cs", "Acme.Stations.WeatherStation.g.cs"], generated);

            // probe.ino is named by a glob, its folder and itself: it reaches the generator once (one registration).
            var probe = await File.ReadAllTextAsync(Directory.EnumerateFiles(Path.Combine(folder.FullName, "obj"), "Acme.App.Devices.Probe.g.cs", SearchOption.AllDirectories).Single());
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(probe, @"new global::ParticleContracts\.ParticleContractMember\("));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_outer_src_folder_does_not_merge_the_projects_of_a_ParticleFirmware_item()
    {
        // repo/src/app/App.csproj names ../firmware/**: lamp and fan must stay two proxies, not one named "Repo".
        var root = Directory.CreateTempSubdirectory("particle-src-root-");
        try
        {
            var app = Path.Combine(root.FullName, "repo", "src", "app");
            var firmware = Path.Combine(root.FullName, "repo", "src", "firmware");
            Directory.CreateDirectory(app);
            Directory.CreateDirectory(Path.Combine(firmware, "lamp"));
            Directory.CreateDirectory(Path.Combine(firmware, "fan"));
            await File.WriteAllTextAsync(Path.Combine(firmware, "lamp", "lamp.ino"), "int level;\nvoid setup() { Particle.variable(\"level\", level); }\n");
            await File.WriteAllTextAsync(Path.Combine(firmware, "fan", "fan.ino"), "int speed;\nvoid setup() { Particle.variable(\"speed\", speed); }\n");
            await ConsumerBuild.WriteProjectAsync(
                app,
                "App",
                properties: """
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    """,
                items: """<ParticleFirmware Include="../firmware/**/*" />""",
                name: "App");

            var (exitCode, output) = await ConsumerBuild.DotnetBuildAsync(app);

            Assert.True(exitCode == 0, output);
            var generated = Directory.EnumerateFiles(Path.Combine(app, "obj"), "*.g.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetFileName(path)!)
                .Where(name => !name.EndsWith(".FunctionArguments.g.cs", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(["App.Devices.Fan.g.cs", "App.Devices.Lamp.g.cs"], generated);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
