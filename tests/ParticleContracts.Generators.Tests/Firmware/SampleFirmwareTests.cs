using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>The sample firmware under <c>firmware/</c>: every registration with its name, type and line.</summary>
public sealed class SampleFirmwareTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, DeviceContract>> Contracts = new(ReadSamples);

    private static IReadOnlyDictionary<string, DeviceContract> ReadSamples()
    {
        var root = DiagnosticTests.RepositoryRoot();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "firmware"), "*", SearchOption.AllDirectories)
            .Select(path => new FirmwareSource(Path.GetRelativePath(root, path).Replace('\\', '/'), File.ReadAllText(path)));
        return FirmwareReader.Read(sources).ToDictionary(contract => contract.Name);
    }

    private static IEnumerable<(string Kind, string Name, string? Cloud, string? Cpp, string Form, int Line)> Rows(string contract)
        => Contracts.Value[contract].Registrations.Select(r => (r.Kind.ToWireName(), r.Name!, r.CloudType.ToWireName(), r.CppType, r.Form.ToWireName(), r.Location.Line));

    [Fact]
    public void Four_sample_contracts()
        => Assert.Equal(new[] { "LegacyCore", "TutorialFunction", "TutorialVariable", "WeatherStation" }, Contracts.Value.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Fact]
    public void Tutorial_variable()
        => Assert.Equal(new[] { ("variable", "randomValue", (string?)"int32", (string?)"int", "reference", 8) }, Rows("TutorialVariable"));

    [Fact]
    public void Tutorial_function()
        => Assert.Equal(new[] { ("function", "setColor", (string?)null, (string?)"int(String)", "function-pointer", 8) }, Rows("TutorialFunction"));

    [Fact]
    public void Weather_station()
    {
        var contract = Contracts.Value["WeatherStation"];
        Assert.Equal("firmware/weather-station", contract.Root);
        Assert.Equal(5, contract.Files.Count);
        Assert.Equal(
            new (string, string, string?, string?, string, int)[]
            {
                ("variable", "temp", "double", "double", "reference", 88),
                ("variable", "humidity", "int32", "int", "reference", 89),
                ("variable", "raining", "bool", "bool", "reference", 91),
                ("variable", "status", "string", "String", "reference", 93),
                ("variable", "location", "string", "char[64]", "reference", 94),
                ("variable", "pressure", "double", "double", "reference", 95),
                ("variable", "dewPoint", "double", "double", "calculated", 96),
                ("variable", "uptime", "int32", "int", "calculated", 97),
                ("function", "setLocation", null, "int(String)", "function-pointer", 101),
                ("function", "calibrate", null, "int(String)", "member-function", 102),
                ("function", "setUnits", null, "int(String)", "function-pointer", 105),
                ("function", "setAlarm", null, "int(String)", "function-pointer", 106),
                ("function", "configure", null, "int(String)", "function-pointer", 107),
            },
            Rows("WeatherStation"));
        Assert.All(contract.Registrations, r => Assert.False(r.Conditional));
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Legacy_core()
    {
        Assert.Equal(
            new (string, string, string?, string?, string, int)[]
            {
                ("variable", "counter", "int32", "int", "legacy-pointer", 15),
                ("variable", "voltage", "double", "double", "legacy-pointer", 16),
                ("variable", "ledOn", "bool", "bool", "legacy-pointer", 17),
                ("variable", "message", "string", "char[32]", "legacy-pointer", 18),
                ("variable", "mode", "string", "String", "legacy-pointer", 19),
                ("function", "led", null, "int(String)", "function-pointer", 21),
            },
            Rows("LegacyCore"));
        Assert.Empty(Contracts.Value["LegacyCore"].Diagnostics);
    }
}
