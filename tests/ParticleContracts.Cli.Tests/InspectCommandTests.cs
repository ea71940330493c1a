using System.Text.Json;

namespace ParticleContracts.Cli.Tests;

public sealed class InspectCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("pc-inspect-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParticleContracts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? Environment.GetEnvironmentVariable("PARTICLECONTRACTS_REPO_ROOT")
            ?? throw new InvalidOperationException("repository root not found");
    }

    private static (int ExitCode, string Output, string Error) Run(string currentDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error, currentDirectory);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_lists_every_sample_registration_with_relative_paths()
    {
        var (exitCode, output, error) = Run(RepositoryRoot(), "inspect", "firmware", "--json");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        using var document = JsonDocument.Parse(output);
        var contracts = document.RootElement.GetProperty("contracts").EnumerateArray().ToList();
        Assert.Equal(new[] { "LegacyCore", "TutorialFunction", "TutorialVariable", "WeatherStation" }, contracts.Select(c => c.GetProperty("name").GetString()));

        var station = contracts.Single(c => c.GetProperty("name").GetString() == "WeatherStation");
        Assert.Equal("firmware/weather-station", station.GetProperty("root").GetString());
        Assert.Contains("src/weather-station.cpp", station.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(0, station.GetProperty("diagnostics").GetArrayLength());

        var registrations = station.GetProperty("registrations").EnumerateArray().ToList();
        Assert.Equal(13, registrations.Count);
        var temp = registrations[0];
        Assert.Equal("variable", temp.GetProperty("kind").GetString());
        Assert.Equal("temp", temp.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, temp.GetProperty("nameExpression").ValueKind);
        Assert.Equal("double", temp.GetProperty("cppType").GetString());
        Assert.Equal("double", temp.GetProperty("cloudType").GetString());
        Assert.Equal("reference", temp.GetProperty("form").GetString());
        Assert.Equal(JsonValueKind.Null, temp.GetProperty("handler").ValueKind);
        Assert.Equal("src/weather-station.cpp", temp.GetProperty("file").GetString());
        Assert.Equal(88, temp.GetProperty("line").GetInt32());
        Assert.False(temp.GetProperty("conditional").GetBoolean());

        var calibrate = registrations.Single(r => r.GetProperty("name").GetString() == "calibrate");
        Assert.Equal("function", calibrate.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, calibrate.GetProperty("cloudType").ValueKind);
        Assert.Equal("member-function", calibrate.GetProperty("form").GetString());
        Assert.Equal("&WeatherSensors::calibrate", calibrate.GetProperty("handler").GetString());
    }

    [Fact]
    public void Json_reports_diagnostics_and_run_time_names()
    {
        File.WriteAllText(Path.Combine(_temp, "probe.ino"), "float ratio;\nchar label[8];\nint v;\nvoid setup() {\n    Particle.variable(\"ratio\", ratio);\n    Particle.variable(label, v);\n}\n");
        var (exitCode, output, _) = Run(_temp, "inspect", ".", "--json");
        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var contract = Assert.Single(document.RootElement.GetProperty("contracts").EnumerateArray());
        Assert.Equal("probe.ino", Assert.Single(contract.GetProperty("files").EnumerateArray()).GetString());

        var runtime = contract.GetProperty("registrations")[1];
        Assert.Equal(JsonValueKind.Null, runtime.GetProperty("name").ValueKind);
        Assert.Equal("label", runtime.GetProperty("nameExpression").GetString());

        var diagnostics = contract.GetProperty("diagnostics").EnumerateArray().ToList();
        var floatDiagnostic = diagnostics.Single(d => d.GetProperty("id").GetString() == "PCT1006");
        Assert.Equal("error", floatDiagnostic.GetProperty("severity").GetString());
        Assert.Equal("probe.ino", floatDiagnostic.GetProperty("file").GetString());
        Assert.Equal(5, floatDiagnostic.GetProperty("line").GetInt32());
        Assert.Equal(32, floatDiagnostic.GetProperty("column").GetInt32());
        Assert.Contains("double", floatDiagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.GetProperty("id").GetString() == "PCT1011");
    }

    [Fact]
    public void Table_shows_each_contract_with_its_registrations()
    {
        var (exitCode, output, _) = Run(RepositoryRoot(), "inspect", "firmware/tutorial-function", "firmware/legacy-core/legacy-core.ino");
        Assert.Equal(0, exitCode);
        Assert.Contains("TutorialFunction  (firmware/tutorial-function, 1 file)", output, StringComparison.Ordinal);
        Assert.Contains("LegacyCore", output, StringComparison.Ordinal);
        Assert.Matches(@"function\s+setColor\s+-\s+int\(String\)\s+function-pointer\s+setColor\s+tutorial-function\.ino:8", output);
        Assert.Matches(@"variable\s+counter\s+int32\s+int\s+legacy-pointer", output);
    }

    [Fact]
    public void Locations_are_relative_to_the_firmware_root_whatever_the_current_folder()
    {
        var repository = RepositoryRoot();
        var fromRepository = Run(repository, "inspect", "firmware/weather-station", "--json");
        var fromFirmware = Run(Path.Combine(repository, "firmware"), "inspect", "weather-station", "--json");
        var fromProject = Run(Path.Combine(repository, "firmware", "weather-station", "src"), "inspect", "..");

        Assert.Equal(0, fromRepository.ExitCode);
        Assert.Equal(0, fromFirmware.ExitCode);
        using var first = JsonDocument.Parse(fromRepository.Output);
        using var second = JsonDocument.Parse(fromFirmware.Output);
        var firstContract = first.RootElement.GetProperty("contracts")[0];
        var secondContract = second.RootElement.GetProperty("contracts")[0];
        Assert.Equal("firmware/weather-station", firstContract.GetProperty("root").GetString());
        Assert.Equal("weather-station", secondContract.GetProperty("root").GetString());
        Assert.Equal(firstContract.GetProperty("files").ToString(), secondContract.GetProperty("files").ToString());
        Assert.Equal(firstContract.GetProperty("registrations").ToString(), secondContract.GetProperty("registrations").ToString());
        // A folder above the current one keeps its full path as the root; locations stay relative to it.
        Assert.StartsWith("WeatherStation  (" + Path.Combine(repository, "firmware", "weather-station").Replace('\\', '/') + ",", fromProject.Output, StringComparison.Ordinal);
        Assert.Contains(" src/weather-station.cpp:88", fromProject.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("../", fromProject.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_lists_diagnostics_with_their_location()
    {
        File.WriteAllText(Path.Combine(_temp, "a.ino"), "int a;\nvoid loop() { Particle.variable(\"a\", a); }\n");
        var (_, output, _) = Run(_temp, "inspect", "a.ino");
        Assert.Contains("a.ino(2,15): info PCT1015:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_exits_2_and_still_inspects_the_other_inputs()
    {
        var (exitCode, output, error) = Run(RepositoryRoot(), "inspect", "firmware/does-not-exist", "firmware/tutorial-variable", "--json");
        Assert.Equal(2, exitCode);
        Assert.Contains("path not found: firmware/does-not-exist", error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("TutorialVariable", Assert.Single(document.RootElement.GetProperty("contracts").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void Files_that_are_not_firmware_are_skipped_with_a_note()
    {
        File.WriteAllText(Path.Combine(_temp, "notes.txt"), "Particle.variable(\"a\", a);");
        var (exitCode, output, error) = Run(_temp, "inspect", "notes.txt");
        Assert.Equal(0, exitCode);
        Assert.Contains("not a firmware file", error, StringComparison.Ordinal);
        Assert.Contains("No firmware contracts found.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_properties_in_a_folder_groups_its_files()
    {
        var project = Directory.CreateDirectory(Path.Combine(_temp, "my-lamp")).FullName;
        Directory.CreateDirectory(Path.Combine(project, "src", "driver"));
        File.WriteAllText(Path.Combine(project, "project.properties"), "name=my-lamp\n");
        File.WriteAllText(Path.Combine(project, "src", "main.cpp"), "#include \"driver/led.h\"\nvoid setup() { Particle.variable(\"level\", level); }\n");
        File.WriteAllText(Path.Combine(project, "src", "driver", "led.h"), "#pragma once\nextern uint32_t level;\n");
        var (_, output, _) = Run(_temp, "inspect", "my-lamp", "--json");
        using var document = JsonDocument.Parse(output);
        var contract = Assert.Single(document.RootElement.GetProperty("contracts").EnumerateArray());
        Assert.Equal(("MyLamp", "my-lamp"), (contract.GetProperty("name").GetString(), contract.GetProperty("root").GetString()));
        var registration = Assert.Single(contract.GetProperty("registrations").EnumerateArray());
        Assert.Equal("int32", registration.GetProperty("cloudType").GetString());
    }

    [Fact]
    public void Inspect_without_a_path_is_a_usage_error()
    {
        var (exitCode, _, error) = Run(_temp, "inspect");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Required argument missing", error, StringComparison.Ordinal);
    }
}
