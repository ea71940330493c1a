using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class ContractNameTests
{
    private const string UserPartials = """
        using ParticleContracts;

        namespace MyApp.Devices
        {
            public sealed partial class WeatherStation
            {
                public string Describe() => DeviceIdOrName;
            }

            [ParticleDeviceContract("WeatherStation")]
            public interface IOutdoorStation
            {
            }
        }
        """;

    [Fact]
    public async Task Attribute_naming_no_firmware_contract_is_an_error_with_did_you_mean()
    {
        var test = new AnalyzerTest<ContractNameAnalyzer>("""
            using ParticleContracts;

            [ParticleDeviceContract({|#0:"WeatherStaton"|})]
            sealed partial class Outdoor { }

            [ParticleDeviceContract({|#1:"Kitchen"|})]
            interface IKitchen { }
            """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownContractAttribute).WithLocation(0)
            .WithArguments("WeatherStaton", "; did you mean 'WeatherStation'?"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownContractAttribute).WithLocation(1)
            .WithArguments("Kitchen", "; declared contracts: WeatherStation"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Attribute_in_a_project_without_firmware_says_how_to_add_it()
    {
        var test = new AnalyzerTest<ContractNameAnalyzer>("""
            using ParticleContracts;

            [ParticleDeviceContract({|#0:"WeatherStation"|})]
            sealed partial class Outdoor { }
            """, withFirmware: false);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownContractAttribute).WithLocation(0)
            .WithArguments("WeatherStation", "; this project has no firmware: add <ParticleFirmware Include=\"path/to/firmware/**/*\" /> to the project file"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Attribute_naming_a_contract_and_generated_code_are_silent()
    {
        var test = new AnalyzerTest<ContractNameAnalyzer>(UserPartials);
        await test.RunAsync();
    }

    [Fact]
    public async Task Contract_metadata_renames_the_contract()
    {
        var test = new AnalyzerTest<ContractNameAnalyzer>("""
            using ParticleContracts;

            [ParticleDeviceContract("Roof")]
            sealed partial class Roof { }

            [ParticleDeviceContract({|#0:"WeatherStation"|})]
            sealed partial class Old { }
            """);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true

            [{Firmware.WeatherStationPath}]
            build_metadata.AdditionalFiles.ParticleContract = Roof
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownContractAttribute).WithLocation(0)
            .WithArguments("WeatherStation", "; declared contracts: Roof"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Contract_metadata_on_files_none_of_which_is_firmware_is_an_error()
    {
        var test = new AnalyzerTest<ContractNameAnalyzer>("class Empty { }");
        test.TestState.AdditionalFiles.Add(("/firmware/docs/README.md", "# Docs"));
        test.TestState.AdditionalFiles.Add(("/firmware/docs/notes.txt", "notes"));
        test.TestState.AdditionalFiles.Add(("/firmware/weather-station/project.properties", "name=weather-station"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"""
            is_global = true

            [/firmware/docs/README.md]
            build_metadata.AdditionalFiles.ParticleContract = Docs

            [/firmware/docs/notes.txt]
            build_metadata.AdditionalFiles.ParticleContract = Docs

            [/firmware/weather-station/project.properties]
            build_metadata.AdditionalFiles.ParticleContract = WeatherStation

            [{Firmware.WeatherStationPath}]
            build_metadata.AdditionalFiles.ParticleContract = WeatherStation
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnknownContractMetadata)
            .WithSpan("/firmware/docs/README.md", 1, 1, 1, 1)
            .WithArguments("Docs", "/firmware/docs/README.md", ".ino .cpp .cc .cxx .c .h .hpp .hh .hxx"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_replaces_the_contract_name()
    {
        var test = new CodeFixTest<ContractNameAnalyzer, ReplaceNameCodeFixProvider>(
            """
            using ParticleContracts;

            [ParticleDeviceContract({|PCT2006:"WeatherStaton"|})]
            sealed partial class Outdoor { }

            [ParticleDeviceContract({|PCT2006:"weatherstation"|})]
            sealed partial class Indoor { }
            """,
            """
            using ParticleContracts;

            [ParticleDeviceContract("WeatherStation")]
            sealed partial class Outdoor { }

            [ParticleDeviceContract("WeatherStation")]
            sealed partial class Indoor { }
            """);
        test.CodeActionEquivalenceKey = ReplaceNameCodeFixProvider.EquivalenceKeyPrefix + "0";
        await test.RunAsync();
    }
}
