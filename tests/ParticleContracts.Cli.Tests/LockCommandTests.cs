using System.Text.Json;
using static ParticleContracts.Cli.Tests.CliRunner;

namespace ParticleContracts.Cli.Tests;

public sealed class LockCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("pc-lock-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Lock_beside_the_firmware_is_sorted_relative_and_free_of_line_numbers()
    {
        var station = CopyFirmware("weather-station", Path.Combine(_temp, "weather-station"));
        var (exitCode, output, error) = Run(_temp, "lock", "weather-station");
        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("WeatherStation: 17 member(s)", output, StringComparison.Ordinal);
        Assert.Contains("Wrote weather-station/particle-contracts.lock.json", output, StringComparison.Ordinal);

        var text = File.ReadAllText(Path.Combine(station, "particle-contracts.lock.json"));
        Assert.DoesNotContain(_temp, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"line\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        Assert.Equal(1, document.RootElement.GetProperty("lockVersion").GetInt32());
        var contract = Assert.Single(document.RootElement.GetProperty("contracts").EnumerateArray());
        Assert.Equal(".", contract.GetProperty("root").GetString());
        var variables = contract.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToList();
        Assert.Equal(variables.Order(StringComparer.Ordinal), variables);
        Assert.Equal(["dewPoint", "humidity", "location", "pressure", "raining", "status", "temp", "uptime"], variables);
        var temp = contract.GetProperty("variables")[6];
        Assert.Equal(("double", "double", "reference"), (temp.GetProperty("type").GetString(), temp.GetProperty("cppType").GetString(), temp.GetProperty("form").GetString()));
        Assert.Equal(["calibrate", "configure", "setAlarm", "setLocation", "setUnits"], contract.GetProperty("functions").EnumerateArray().Select(f => f.GetProperty("name").GetString()!));
        Assert.Contains("""{ "name": "setUnits", "argument": "words", "cppType": "int(String)", "form": "function-pointer", "words": ["imperial", "metric"], "returnCodes": [{ "value": -1, "name": "UNITS_UNKNOWN" }, { "value": 0, "name": "UNITS_OK" }] }""", text, StringComparison.Ordinal);
        Assert.Contains("""{ "name": "weather/reading", "payload": "json", "form": "classic", "flags": "PRIVATE", "fields": [{ "name": "humidity", "type": "int32" }, { "name": "raining", "type": "bool" }, { "name": "temp", "type": "double" }] }""", text, StringComparison.Ordinal);
        Assert.Equal("station/setpoint", Assert.Single(contract.GetProperty("subscriptions").EnumerateArray()).GetProperty("name").GetString());
        Assert.Contains("""{ "name": "station-config", "direction": "cloud-to-device", "keys": [{ "name": "alertAbove", "type": "double" }] }""", text, StringComparison.Ordinal);
        Assert.Contains("""{ "name": "REPORT_INTERVAL", "type": "int", "default": "60" }""", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_code_or_relocking_gives_the_same_bytes()
    {
        var station = CopyFirmware("weather-station", Path.Combine(_temp, "weather-station"));
        var lockPath = Path.Combine(station, "particle-contracts.lock.json");
        Assert.Equal(0, Run(_temp, "lock", "weather-station").ExitCode);
        var first = File.ReadAllBytes(lockPath);

        var source = Path.Combine(station, "src", "weather-station.cpp");
        File.WriteAllText(source, "// moved down\n\n\n" + File.ReadAllText(source));
        Assert.Equal(0, Run(station, "lock").ExitCode);
        Assert.Equal(first, File.ReadAllBytes(lockPath));
    }

    [Fact]
    public void Output_option_takes_a_file_or_a_folder_and_roots_stay_relative_to_the_lock()
    {
        CopyFirmware("tutorial-variable", Path.Combine(_temp, "fw", "tutorial-variable"));
        CopyFirmware("tutorial-function", Path.Combine(_temp, "fw", "tutorial-function"));
        Directory.CreateDirectory(Path.Combine(_temp, "locks"));
        var (exitCode, output, _) = Run(_temp, "lock", "fw/tutorial-variable", "fw/tutorial-function", "-o", "locks");
        Assert.Equal(0, exitCode);
        Assert.Contains("Wrote locks/particle-contracts.lock.json", output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp, "locks", "particle-contracts.lock.json")));
        var contracts = document.RootElement.GetProperty("contracts").EnumerateArray().ToList();
        Assert.Equal(["TutorialFunction", "TutorialVariable"], contracts.Select(c => c.GetProperty("name").GetString()!));
        Assert.Equal("../fw/tutorial-function", contracts[0].GetProperty("root").GetString());

        Assert.Equal(0, Run(_temp, "lock", "fw/tutorial-variable", "-o", "custom.json").ExitCode);
        Assert.True(File.Exists(Path.Combine(_temp, "custom.json")));
    }

    [Fact]
    public void Run_time_names_are_reported_and_left_out()
    {
        File.WriteAllText(Path.Combine(_temp, "probe.ino"), "int a;\nchar label[8];\nvoid setup() {\n    Particle.variable(\"a\", a);\n    Particle.variable(label, a);\n}\n");
        var (exitCode, _, error) = Run(_temp, "lock", "probe.ino");
        Assert.Equal(0, exitCode);
        Assert.Contains("named by 'label' is only known at run time; it is not locked", error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(_temp, "particle-contracts.lock.json")));
        Assert.Equal("a", Assert.Single(document.RootElement.GetProperty("contracts")[0].GetProperty("variables").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public void No_firmware_writes_no_lock_and_exits_2()
    {
        var (exitCode, _, error) = Run(_temp, "lock", ".");
        Assert.Equal(2, exitCode);
        Assert.Contains("no firmware contracts found", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_temp, "particle-contracts.lock.json")));
    }
}
