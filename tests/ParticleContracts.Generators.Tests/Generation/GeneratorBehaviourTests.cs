using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>MSBuild metadata and properties, and diagnostics reported at firmware locations.</summary>
public sealed class GeneratorBehaviourTests
{
    private const string CollidingFirmware = """
        double temp = 0;
        int getTemp(String unit) { return (int)temp; }

        void setup() {
            Particle.variable("temp", temp);
            Particle.function("getTemp", getTemp);
        }
        """;

    [Fact]
    public void Firmware_diagnostics_are_reported_at_their_firmware_location()
    {
        var run = GeneratorHarness.Run([new FirmwareFile("/repo/firmware/probe/probe.ino", CollidingFirmware)]);

        // The reader reports the clash (PCT1016) at the name; the generator resolves it and does not report it twice.
        var diagnostic = Assert.Single(run.DriverDiagnostics, d => d.Id == "PCT1016");
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "PCT1080");
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/repo/firmware/probe/probe.ino", span.Path);
        Assert.Equal(5, span.StartLinePosition.Line); // 0-based: line 6, the Particle.function call.
        Assert.Equal("https://github.com/particlecontracts/particlecontracts/blob/main/docs/diagnostics/PCT1016.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal("ParticleContracts.Firmware", diagnostic.Descriptor.Category);
        var source = run.ProxySources.Single().Text;
        Assert.Contains("GetTempAsync(global::System.Threading.CancellationToken", source, StringComparison.Ordinal);
        Assert.Contains("GetTempFunctionAsync(string argument", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData("PCT1016", ReportDiagnostic.Suppress, null)]
    [InlineData("PCT1016", ReportDiagnostic.Warn, DiagnosticSeverity.Warning)]
    [InlineData("PCT1016", ReportDiagnostic.Default, DiagnosticSeverity.Error)]
    [InlineData("PCT1083", ReportDiagnostic.Suppress, null)]
    [InlineData("PCT1083", ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData("PCT1083", ReportDiagnostic.Default, DiagnosticSeverity.Warning)]
    public void Firmware_diagnostic_severity_follows_the_compilation_options(string id, ReportDiagnostic configured, DiagnosticSeverity? expected)
    {
        // .editorconfig (dotnet_diagnostic.PCTnnnn.severity) and global config reach the driver as these options.
        var driver = GeneratorHarness.CreateDriver([new FirmwareFile("/repo/firmware/probe/probe.ino", CollidingFirmware, Namespace: "Not A Namespace")]);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new(id, configured)]));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.Equal(expected, diagnostics.SingleOrDefault(d => d.Id == id)?.Severity);
    }

    [Fact]
    public void Reader_diagnostics_surface_with_their_firmware_location()
    {
        const string firmware = """
            float level = 0;

            void setup() {
                Particle.variable("level", level);
            }
            """;

        var run = GeneratorHarness.Run([new FirmwareFile("/repo/firmware/probe/probe.ino", firmware)]);

        var diagnostic = Assert.Single(run.DriverDiagnostics, d => d.Id.StartsWith("PCT1", StringComparison.Ordinal) && d.Id != "PCT1081");
        Assert.Equal("/repo/firmware/probe/probe.ino", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Contract_and_namespace_metadata_name_the_generated_types()
    {
        var run = GeneratorHarness.Run(
        [
            new FirmwareFile("/repo/firmware/a/a.ino", "int x; void setup() { Particle.variable(\"x\", x); }", Contract: "Kitchen Lamp", Namespace: "Home.Devices", ParticleFirmware: true),
            new FirmwareFile("/repo/firmware/b/b.ino", "int y; void setup() { Particle.variable(\"y\", y); }"),
        ]);

        Assert.Equal(["Consumer.Devices.B.g.cs", "Home.Devices.KitchenLamp.g.cs"], run.ProxySources.Select(s => s.HintName));
        Assert.Contains("public sealed partial class KitchenLamp : global::Home.Devices.IKitchenLamp", run.ProxySources[1].Text, StringComparison.Ordinal);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void Files_marked_particle_firmware_false_are_left_out()
    {
        var run = GeneratorHarness.Run(
        [
            new FirmwareFile("/repo/firmware/a/a.ino", "int x; void setup() { Particle.variable(\"x\", x); }"),
            new FirmwareFile("/repo/firmware/a/extra.cpp", "int y; void f() { Particle.variable(\"y\", y); }", ParticleFirmware: false),
            new FirmwareFile("/repo/notes/readme.md", "Particle.variable(\"z\", z);"),
        ]);

        var source = Assert.Single(run.ProxySources).Text;
        Assert.Contains("GetXAsync", source, StringComparison.Ordinal);
        Assert.DoesNotContain("GetYAsync", source, StringComparison.Ordinal);
        Assert.DoesNotContain("GetZAsync", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My..Bad-Namespace")]
    [InlineData("class.Devices")]
    [InlineData("A\u200Db")]
    [InlineData("global")]
    public void An_invalid_namespace_falls_back_to_the_default_and_is_reported(string requested)
    {
        var run = GeneratorHarness.Run([new FirmwareFile("/repo/firmware/a/a.ino", "int x; void setup() { Particle.variable(\"x\", x); }", Namespace: requested)]);

        Assert.Equal("Consumer.Devices.A.g.cs", Assert.Single(run.ProxySources).HintName);
        var diagnostic = Assert.Single(run.DriverDiagnostics, d => d.Id == "PCT1083");
        Assert.Equal("/repo/firmware/a/a.ino", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void Two_projects_with_the_same_contract_name_get_distinct_types()
    {
        var run = GeneratorHarness.Run(
        [
            new FirmwareFile("/repo/one/sensor/sensor.ino", "int x; void setup() { Particle.variable(\"x\", x); }"),
            new FirmwareFile("/repo/two/sensor/sensor.ino", "int y; void setup() { Particle.variable(\"y\", y); }"),
        ]);

        Assert.Equal(["Consumer.Devices.Sensor.g.cs", "Consumer.Devices.Sensor2.g.cs"], run.ProxySources.Select(s => s.HintName));
        Assert.Single(run.DriverDiagnostics, d => d.Id == "PCT1082");
        Assert.Empty(run.CompilationErrors);
    }

    [Theory]
    [InlineData("622", "public const int FunctionArgumentLimit = 622;", false)]
    [InlineData("lots", "public const int FunctionArgumentLimit = 1024;", true)]
    [InlineData("-5", "public const int FunctionArgumentLimit = 1024;", true)]
    public void The_function_argument_limit_comes_from_the_msbuild_property(string value, string expected, bool reported)
    {
        var run = GeneratorHarness.Run(
            [new FirmwareFile("/repo/firmware/a/a.ino", "int f(String s) { return 0; } void setup() { Particle.function(\"f\", f); }")],
            globalOptions: new Dictionary<string, string> { ["build_property.ParticleFunctionArgumentLimit"] = value });

        Assert.Contains(expected, Assert.Single(run.ProxySources).Text, StringComparison.Ordinal);
        Assert.Equal(reported, run.DriverDiagnostics.Any(d => d.Id == "PCT1084"));
    }

    [Fact]
    public void Without_root_namespace_the_assembly_name_is_used()
    {
        var run = GeneratorHarness.Run(
            [new FirmwareFile("/repo/firmware/a/a.ino", "int x; void setup() { Particle.variable(\"x\", x); }")],
            globalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "" });

        Assert.Equal("Consumer.Devices.A.g.cs", Assert.Single(run.ProxySources).HintName);
    }
}
