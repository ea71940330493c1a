using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Tests.Targets;

/// <summary>The target reaches the contract: legacy rules, feature gates, Workbench settings, metadata and the argument limit.</summary>
public sealed class TargetRuleTests
{
    private const string LongName = "void setup() { Particle.variable(\"temperatureOutside\", reading); }\nint reading;\n";

    [Theory]
    [InlineData("0.7.0", true)]
    [InlineData("0.8.0", false)]
    [InlineData("6.3.0", false)]
    public void A_name_over_12_bytes_is_reported_only_below_0_8(string version, bool reported)
    {
        var contract = Assemble(("/fw/app/src/app.cpp", LongName), TargetLimitTests.Target(version, "photon"));

        Assert.Equal(reported, contract.Diagnostics.Any(d => d.Id == "PCT1002"));
    }

    [Theory]
    [InlineData("3.2.0", true)]
    [InlineData("3.3.0", false)]
    public void More_than_20_variables_is_reported_only_before_3_3(string version, bool reported)
    {
        var declarations = string.Concat(Enumerable.Range(0, 21).Select(i => $"int v{i};\n"));
        var registrations = string.Concat(Enumerable.Range(0, 21).Select(i => $"Particle.variable(\"v{i}\", v{i});\n"));
        var contract = Assemble(("/fw/app/src/app.cpp", declarations + "void setup() {\n" + registrations + "}\n"), TargetLimitTests.Target(version, "argon"));

        Assert.Equal(reported, contract.Diagnostics.Any(d => d.Id == "PCT1012"));
        Assert.DoesNotContain(contract.Diagnostics, d => d.Id == "PCT1014");
    }

    [Fact]
    public void Feature_uses_are_checked_against_the_target()
    {
        const string code = "Ledger cfg;\nvoid setup() { cfg = Particle.ledger(\"device-config\"); String p = System.getEnv(\"PERIOD\"); }\n";

        var old = Assemble(("/fw/app/src/app.cpp", code), TargetLimitTests.Target("6.0.0", "boron"));
        var modern = Assemble(("/fw/app/src/app.cpp", code), TargetLimitTests.Target("6.4.0", "boron"));

        Assert.Equal(["PCT1092", "PCT1093"], old.Diagnostics.Select(d => d.Id).Where(id => id.StartsWith("PCT109", StringComparison.Ordinal)).ToArray());
        Assert.DoesNotContain(modern.Diagnostics, d => d.Id.StartsWith("PCT109", StringComparison.Ordinal));
    }

    [Fact]
    public void Workbench_settings_of_the_project_set_the_target_and_its_argument_limit()
    {
        var groups = Group(
            [("/fw/app/project.properties", "name=app"), ("/fw/app/src/app.cpp", LongName),
             ("/fw/app/.vscode/settings.json", "{ \"particle.firmwareVersion\": \"0.7.0\", \"particle.targetPlatform\": \"electron\" }"),
             ("/fw/other/src/other.cpp", "int x;\nvoid setup() { Particle.variable(\"x\", x); }\n")],
            new GeneratorOptions("App.Devices", 1024, null));

        var app = groups.Single(g => g.ContractName == "app");
        Assert.Equal(new DeviceOsVersion(0, 7, 0), app.Target.DeviceOs);
        Assert.Equal(TargetOrigin.WorkbenchSettings, app.Target.DeviceOsOrigin);
        Assert.Equal(63, app.FunctionArgumentLimit);
        Assert.Contains(ContractGrouping.Assemble(app, default).Contract.Diagnostics, d => d.Id == "PCT1002");

        var other = groups.Single(g => g.ContractName == "other");
        Assert.Equal(ParticleTarget.Default, other.Target);
        Assert.Equal(1024, other.FunctionArgumentLimit);
    }

    [Theory]
    [InlineData(false, null, null, 782)]
    [InlineData(false, "2.3.0", null, 622)]
    [InlineData(true, null, null, 1000)]
    [InlineData(false, null, "photon", 864)]
    public void Metadata_and_properties_override_settings_and_an_explicit_limit_overrides_all(bool explicitLimit, string? metadataVersion, string? metadataPlatform, int expected)
    {
        var options = new GeneratorOptions("App.Devices", explicitLimit ? 1000 : 1024, null, explicitLimit, DeviceOs: "4.2.0", Platform: "boron");
        var fileOptions = ImmutableArray.Create(new FirmwareFileOptions("/fw/app/src/app.cpp", true, null, null, DeviceOs: metadataVersion, Platform: metadataPlatform));
        var files = ImmutableArray.Create(FirmwareFileParser.Parse(new FirmwareSource("/fw/app/src/app.cpp", "int x;\nvoid setup() { Particle.variable(\"x\", x); }\n")));

        var group = Assert.Single(ContractGrouping.Group(files, fileOptions, options, default));

        Assert.Equal(expected, group.FunctionArgumentLimit);
    }

    [Fact]
    public void An_unreadable_property_is_reported_at_the_contract()
    {
        var groups = Group([("/fw/app/src/app.cpp", "void setup() {}\n")], new GeneratorOptions("App.Devices", 1024, null, DeviceOs: "latest"));

        var diagnostic = Assert.Single(Assert.Single(groups).Diagnostics);
        Assert.Equal("PCT1096", diagnostic.Id);
        Assert.Equal("/fw/app/src/app.cpp", diagnostic.Location.File);
    }

    [Fact]
    public void A_Workbench_library_belongs_to_the_project_contract_without_project_properties()
    {
        var groups = Group(
            [("/fw/app/src/app.cpp", "int x;\nvoid setup() { Particle.variable(\"x\", x); }\n"),
             ("/fw/app/lib/Sensor/src/Sensor.cpp", "int y;\nvoid sensorBegin() { Particle.variable(\"y\", y); }\n")],
            new GeneratorOptions("App.Devices", 1024, null));

        var group = Assert.Single(groups);
        Assert.Equal("/fw/app", group.Root);
        Assert.Equal(2, group.Files.Count);
    }

    private static DeviceContract Assemble((string Path, string Text) file, ParticleTarget target) =>
        ContractAssembler.AssembleOne("App", "/fw/app", [FirmwareFileParser.Parse(new FirmwareSource(file.Path, file.Text))], target);

    private static ImmutableArray<ContractGroup> Group((string Path, string Text)[] files, GeneratorOptions options)
    {
        var models = files.Select(f => FirmwareFileParser.Parse(new FirmwareSource(f.Path, f.Text))).ToImmutableArray();
        var fileOptions = files.Select(f => new FirmwareFileOptions(f.Path, true, null, null)).ToImmutableArray();
        return ContractGrouping.Group(models, fileOptions, options, default);
    }
}
