using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// The CLI (<c>particle-contracts inspect</c>) and the simulator read firmware with <see cref="FirmwareReader"/>; the
/// build with <see cref="ContractGenerator"/>. Both group, assemble and name through the same code, so on every sample
/// they must give the same contracts, the same type names and the same diagnostics (PCT1080–PCT1084 included).
/// </summary>
public sealed class InspectAgreementTests
{
    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string> { "firmware" };
        foreach (var sample in GeneratorHarness.SampleNames())
        {
            data.Add("firmware/" + sample);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Inspect_and_the_build_agree_on_contracts_names_and_diagnostics(string folder)
    {
        var files = GeneratorHarness.SampleNames()
            .SelectMany(sample => GeneratorHarness.LoadSample(sample))
            .Where(file => file.Path.StartsWith(folder + "/", StringComparison.Ordinal))
            .Select(file => file with { BaseFolder = folder })
            .ToArray();

        var run = GeneratorHarness.Run(files);
        var contracts = FirmwareReader.Read(files.Select(file => new FirmwareSource(file.Path, file.Text, file.BaseFolder)), HarnessOptions);

        var built = run.ProxySources.Select(source => source.HintName["Consumer.Devices.".Length..^".g.cs".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(built, contracts.Select(contract => contract.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            run.DriverDiagnostics.Select(Describe).Order(StringComparer.Ordinal),
            contracts.SelectMany(contract => contract.Diagnostics).Select(Describe).Order(StringComparer.Ordinal));
        Assert.NotEmpty(contracts);
    }

    [Fact]
    public void A_duplicate_contract_name_and_a_member_clash_show_in_both_with_normalized_paths()
    {
        // Two folders named "lamp" (PCT1082) and a function named like the variable's member (PCT1016).
        const string Lamp = "int temp;\nint getTemp(String s) { return 0; }\nvoid setup() {\n    Particle.variable(\"temp\", temp);\n    Particle.function(\"getTemp\", getTemp);\n}\n";
        FirmwareFile[] files =
        [
            new("fw/a/lamp/lamp.ino", Lamp, BaseFolder: "fw"),
            new("fw/b/./lamp/lamp.ino", "int x;\nvoid setup() { Particle.variable(\"x\", x); }\n", BaseFolder: "fw/"),
        ];

        var run = GeneratorHarness.Run(files);
        var contracts = FirmwareReader.Read(files.Select(file => new FirmwareSource(file.Path, file.Text, file.BaseFolder)), HarnessOptions);

        Assert.Equal(["Lamp", "Lamp2"], contracts.Select(contract => contract.Name));
        var duplicate = Assert.Single(contracts.SelectMany(contract => contract.Diagnostics), d => d.Id == "PCT1082");
        Assert.Contains("already generated from 'fw/a/lamp'; the firmware in 'fw/b/lamp' is generated as 'Lamp2'", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains(contracts[0].Diagnostics, d => d.Id == "PCT1016");
        Assert.Equal(
            run.DriverDiagnostics.Select(Describe).Order(StringComparer.Ordinal),
            contracts.SelectMany(contract => contract.Diagnostics).Select(Describe).Order(StringComparer.Ordinal));
    }

    /// <summary>What <see cref="GeneratorHarness"/> gives the generator: RootNamespace Consumer, the default limit.</summary>
    private static readonly GeneratorOptions HarnessOptions = new("Consumer.Devices", GeneratorOptions.DefaultFunctionArgumentLimit, null);

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string Describe(FirmwareDiagnostic diagnostic) =>
        $"{diagnostic.Id} {diagnostic.Location.File}:{diagnostic.Location.Line}:{diagnostic.Location.Column} {diagnostic.Message}";
}
