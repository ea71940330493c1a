namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// A real consumer project built with <c>dotnet build</c>: the <c>UntypedFunctions</c> metadata of a
/// <c>ParticleFirmware</c> item (glob and bare-folder forms, <c>;</c> and <c>,</c> lists) reaches the generator.
/// </summary>
public sealed class UntypedFunctionsBuildTests
{
    private const string Vent = """
        int setVent(String position) {
            if (position == "open") return 1;
            if (position == "closed") return 0;
            return -1;
        }

        int setLevel(String level) {
            int value = level.toInt();
            if (value < 0 || value > 10) return -1;
            return 0;
        }

        void setup() {
            Particle.function("setVent", setVent);
            Particle.function("setLevel", setLevel);
        }
        """;

    private const string Lamp = """
        int mode(String arg) {
            if (arg == "eco") return 1;
            return -1;
        }

        void setup() {
            Particle.function("mode", mode);
        }
        """;

    [Fact]
    public async Task UntypedFunctions_metadata_keeps_the_named_functions_strings_and_warns_about_unknown_names()
    {
        var folder = Directory.CreateTempSubdirectory("particle-untyped-");
        try
        {
            await ConsumerBuild.WriteProjectAsync(
                folder.FullName,
                "Acme.App",
                properties: """
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    """,
                items: """
                    <ParticleFirmware Include="fw/vent/**/*" UntypedFunctions="setVent;setLevl" />
                    <ParticleFirmware Include="fw/lamp" UntypedFunctions="mode" />
                    """);
            Directory.CreateDirectory(Path.Combine(folder.FullName, "fw", "vent"));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "fw", "lamp"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "fw", "vent", "vent.ino"), Vent);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "fw", "lamp", "lamp.ino"), Lamp);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "Usage.cs"), """
                namespace Acme.App;

                public static class Usage
                {
                    public static async System.Threading.Tasks.Task RunAsync(Acme.App.Devices.Vent vent, Acme.App.Devices.Lamp lamp)
                    {
                        await vent.SetVentAsync("open");
                        await vent.SetLevelAsync(3);
                        await lamp.ModeAsync("eco");
                    }
                }
                """);

            var (exitCode, output) = await ConsumerBuild.DotnetBuildAsync(folder.FullName);

            Assert.True(exitCode == 0, output);
            Assert.Contains("warning PCT1054", output, StringComparison.Ordinal);
            Assert.Contains("names \"setLevl\", which is not a function of contract 'Vent'", output, StringComparison.Ordinal);
            Assert.True(output.Contains("did you mean 'setLevel' or 'setVent'?", StringComparison.Ordinal), output);

            // A ';' would start a comment in the compiler's .editorconfig and cut the list after the first name.
            var editorConfig = await File.ReadAllTextAsync(Directory.EnumerateFiles(Path.Combine(folder.FullName, "obj"), "*.GeneratedMSBuildEditorConfig.editorconfig", SearchOption.AllDirectories).Single());
            Assert.Contains("build_metadata.AdditionalFiles.ParticleUntypedFunctions = setVent,setLevl", editorConfig, StringComparison.Ordinal);

            var generated = Directory.EnumerateFiles(Path.Combine(folder.FullName, "obj"), "*.FunctionArguments.g.cs", SearchOption.AllDirectories).ToArray();
            var ventArguments = await File.ReadAllTextAsync(Assert.Single(generated));
            Assert.EndsWith("Acme.App.Devices.Vent.FunctionArguments.g.cs", generated[0], StringComparison.Ordinal);
            Assert.Contains("SetLevelAsync(int level,", ventArguments, StringComparison.Ordinal);
            Assert.DoesNotContain("SetVentAsync", ventArguments, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
