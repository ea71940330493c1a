using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Firmware;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class ContractAssemblerTests
{
    private const string Code = "int a;\nvoid setup() { Particle.variable(\"a\", a); }\n";

    [Fact]
    public void Project_root_is_the_folder_of_project_properties()
    {
        var contract = Assert.Single(Read(
            ("fw/weather-station/project.properties", "name=weather-station\n"),
            ("fw/weather-station/src/main.cpp", Code),
            ("fw/weather-station/lib/sensor/src/sensor.cpp", "int b;\n")));
        Assert.Equal(("WeatherStation", "fw/weather-station"), (contract.Name, contract.Root));
        Assert.Equal(new[] { "fw/weather-station/lib/sensor/src/sensor.cpp", "fw/weather-station/src/main.cpp" }, contract.Files);
    }

    [Fact]
    public void Without_project_properties_the_root_is_the_parent_of_src()
        => Assert.Equal("fw/lamp", Assert.Single(Read(("fw/lamp/src/main.cpp", Code), ("fw/lamp/src/util/x.h", "int q;\n"))).Root);

    [Fact]
    public void Otherwise_the_root_is_the_files_folder()
    {
        var contracts = Read(("one/a.ino", Code), ("two/b.ino", Code), ("c.ino", Code));
        Assert.Equal(new[] { (string.Empty, "C"), ("one", "One"), ("two", "Two") }, contracts.Select(c => (c.Root, c.Name)));
    }

    [Fact]
    public void Backslash_paths_are_normalized()
        => Assert.Equal("fw/x", Assert.Single(Read(("fw\\x\\src\\main.cpp", Code))).Root);

    [Fact]
    public void Other_files_are_ignored()
        => Assert.Empty(Read(("fw/readme.md", "Particle.variable(\"a\", a);"), ("fw/build.json", "{}")));

    [Fact]
    public void Assemble_one_forces_files_into_one_named_contract()
    {
        var models = new[] { ("x/a/main.cpp", Code), ("y/b/other.cpp", "int b;\nvoid setup() { Particle.variable(\"b\", b); }\n") }
            .Select(file => FirmwareFileParser.Parse(new FirmwareSource(file.Item1, file.Item2)));
        var contract = ContractAssembler.AssembleOne("my-device", "x", models);
        Assert.Equal(("MyDevice", "x"), (contract.Name, contract.Root));
        Assert.Equal(new[] { "a", "b" }, contract.Registrations.Select(r => r.Name));
        Assert.Equal("fw", ContractAssembler.AssembleOne("D", new[] { FirmwareFileParser.Parse(new FirmwareSource("fw/a/x.cpp", Code)), FirmwareFileParser.Parse(new FirmwareSource("fw/b/y.cpp", Code)) }).Root);
    }

    [Fact]
    public void Result_does_not_depend_on_file_order()
    {
        var files = new[]
        {
            ("p/src/b.cpp", "int b;\nvoid init() { Particle.variable(\"b\", b); }\n"),
            ("p/src/a.cpp", Code),
            ("p/src/c.h", "#define X 1\n"),
            ("q/main.ino", Code),
        };
        var forward = Read(files);
        var backward = Read(files.Reverse().ToArray());
        Assert.Equal(forward.Length, backward.Length);
        for (var i = 0; i < forward.Length; i++)
        {
            Assert.Equal(forward[i], backward[i]);
        }
    }

    [Fact]
    public void File_models_are_equatable_for_incremental_caching()
    {
        var source = new FirmwareSource("p/src/a.cpp", "#define N \"n\"\nint a;\nvoid setup() { Particle.variable(N, a); }\n");
        var first = FirmwareFileParser.Parse(source);
        var second = FirmwareFileParser.Parse(new FirmwareSource(source.Path, new string(source.Text.ToCharArray())));
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, FirmwareFileParser.Parse(source with { Text = source.Text.Replace("int a", "int  a", StringComparison.Ordinal) }));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var text = string.Concat(Enumerable.Repeat("int x;\n", 2000));
        Assert.ThrowsAny<OperationCanceledException>(() => FirmwareFileParser.Parse(new FirmwareSource("a.cpp", text), cancellation.Token));
    }
}
