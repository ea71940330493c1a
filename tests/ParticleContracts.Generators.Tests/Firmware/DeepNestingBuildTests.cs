using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// A real <c>dotnet build</c> of a consumer whose firmware nests parentheses 20,000 and 100,000 deep in <c>#if</c>
/// expressions and in registrations: the compiler must not die of a stack overflow (the reader runs inside it), and
/// the build reports a clean PCT diagnostic instead.
/// </summary>
public sealed class DeepNestingBuildTests
{
    [Fact]
    public async Task Deeply_nested_firmware_builds_with_a_diagnostic_instead_of_a_crash()
    {
        var folder = Directory.CreateTempSubdirectory("particle-deep-");
        try
        {
            await ConsumerBuild.WriteProjectAsync(folder.FullName, "Deep.App", properties: "", items: """<ParticleFirmware Include="fw/**/*" />""");
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "Usage.cs"), """
                namespace Deep.App;

                public static class Usage
                {
                    public static async System.Threading.Tasks.Task<int> RunAsync(Deep.App.Devices.IDeep device)
                        => await device.GetShallowAsync() + await device.GetDeepAsync();
                }
                """);
            Directory.CreateDirectory(Path.Combine(folder.FullName, "fw", "deep"));
            var firmware = "int x;\n"
                + "#if " + Nested(20_000, "1") + "\nint a;\n#endif\n"
                + "#if " + Nested(100_000, "1") + "\nint b;\n#endif\n"
                + "void setup() {\n"
                + "    Particle.variable(\"shallow\", " + Nested(20_000, "x") + ");\n"
                + "    Particle.variable(\"deep\", " + Nested(100_000, "x") + ");\n"
                + "}\n";
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "fw", "deep", "deep.ino"), firmware);

            var (exitCode, output) = await ConsumerBuild.DotnetBuildAsync(folder.FullName);

            Assert.DoesNotContain("Stack overflow", output, StringComparison.OrdinalIgnoreCase);
            Assert.True(exitCode == 0, output);
            Assert.Contains("PCT1027", output, StringComparison.Ordinal);
            Assert.DoesNotContain("PCT1079", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Nested(int depth, string inner) => new string('(', depth) + inner + new string(')', depth);
}
