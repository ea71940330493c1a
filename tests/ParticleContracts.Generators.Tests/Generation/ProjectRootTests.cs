using System.Xml.Linq;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// A project root is never above the folder the user named: an ancestor called <c>src</c> above the
/// <c>ParticleFirmware</c> item's base folder must not merge the projects below it (data loss: one contract named
/// after the repository).
/// </summary>
public sealed class ProjectRootTests
{
    private const string Lamp = "int level;\nvoid setup() { Particle.variable(\"level\", level); }\n";
    private const string Fan = "int speed;\nvoid setup() { Particle.variable(\"speed\", speed); }\n";

    [Theory]
    [InlineData("/home/me/repo/src/firmware")]
    [InlineData("/home/me/repo/src/firmware/")]
    [InlineData("\\home\\me\\repo\\src\\firmware\\")]
    public void Two_projects_under_an_outer_src_folder_stay_two_contracts_in_the_build(string baseFolder)
    {
        FirmwareFile[] files =
        [
            new("/home/me/repo/src/firmware/lamp/lamp.ino", Lamp, BaseFolder: baseFolder),
            new("/home/me/repo/src/firmware/fan/fan.ino", Fan, BaseFolder: baseFolder),
        ];

        var run = GeneratorHarness.Run(files);

        Assert.Equal(["Consumer.Devices.Fan.g.cs", "Consumer.Devices.Lamp.g.cs"], run.Sources.Select(s => s.HintName));
        Assert.Empty(run.CompilationErrors);
    }

    [Fact]
    public void A_src_folder_inside_the_named_folder_still_belongs_to_its_project()
    {
        FirmwareFile[] files =
        [
            new("/repo/src/firmware/lamp/src/lamp.cpp", Lamp, BaseFolder: "/repo/src/firmware"),
            new("/repo/src/firmware/lamp/src/util/level.h", "int helper;\n", BaseFolder: "/repo/src/firmware"),
            new("/repo/src/firmware/fan/project.properties", "name=fan\n", BaseFolder: "/repo/src/firmware"),
            new("/repo/src/firmware/fan/src/fan.cpp", Fan, BaseFolder: "/repo/src/firmware"),
        ];

        var contracts = FirmwareReader.Read(files.Select(file => new FirmwareSource(file.Path, file.Text, file.BaseFolder)));

        Assert.Equal([("Fan", "/repo/src/firmware/fan"), ("Lamp", "/repo/src/firmware/lamp")], contracts.Select(c => (c.Name, c.Root)));
        Assert.Equal(2, contracts.Single(c => c.Name == "Lamp").Files.Count);
    }

    [Fact]
    public void Naming_the_src_folder_of_a_project_names_the_project()
    {
        var contract = Assert.Single(FirmwareReader.Read([new FirmwareSource("/repo/lamp/src/lamp.cpp", Lamp, "/repo/lamp/src")]));

        Assert.Equal(("Lamp", "/repo/lamp"), (contract.Name, contract.Root));
    }

    [Fact]
    public void A_project_marker_above_the_named_folder_does_not_count()
    {
        FirmwareSource[] sources =
        [
            new("/repo/project.properties", "name=repo\n", "/repo/devices"),
            new("/repo/devices/lamp/lamp.ino", Lamp, "/repo/devices"),
            new("/repo/devices/fan/fan.ino", Fan, "/repo/devices"),
        ];

        Assert.Equal(["Fan", "Lamp"], FirmwareReader.Read(sources).Select(c => c.Name));
    }

    [Theory]
    [InlineData("a/b/../c/./d.cpp", "a/c/d.cpp")]
    [InlineData("a\\b\\\\c.cpp", "a/b/c.cpp")]
    [InlineData("../x/y.cpp", "../x/y.cpp")]
    [InlineData("/../x.cpp", "/x.cpp")]
    [InlineData("//server/share/./x.cpp", "//server/share/x.cpp")]
    [InlineData("./", "")]
    [InlineData("fw/lamp/", "fw/lamp")]
    public void Paths_are_normalized_in_one_place(string path, string expected)
        => Assert.Equal(expected, FirmwarePath.Normalize(path));

    [Theory]
    [InlineData("lamp.hxx", "Source")]
    [InlineData("lamp.HH", "Source")]
    [InlineData("lamp.cxx", "Source")]
    [InlineData("fw\\Project.Properties", "ProjectMarker")]
    [InlineData("notes.txt", "Ignored")]
    [InlineData(".cpp", "Ignored")]
    public void One_list_of_firmware_file_kinds(string path, string role)
        => Assert.Equal(role, FirmwareFileKinds.RoleOf(path).ToString());

    [Fact]
    public void A_hxx_header_that_passes_the_filter_is_also_parsed()
    {
        FirmwareFile[] files =
        [
            new("fw/lamp/lamp.ino", "#include \"level.hxx\"\nvoid setup() { Particle.variable(\"level\", level); }\n"),
            new("fw/lamp/level.hxx", "double level;\n"),
        ];

        var run = GeneratorHarness.Run(files);

        var source = Assert.Single(run.Sources).Text;
        Assert.Contains("GetLevelAsync", source, StringComparison.Ordinal);
        Assert.Contains("global::System.Threading.Tasks.Task<double>", source, StringComparison.Ordinal);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "PCT1017");
    }

    [Fact]
    public void The_docs_list_the_same_firmware_file_kinds()
    {
        var page = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "docs", "diagnostics", "PCT2007.md"));
        Assert.Contains("`" + FirmwareFileKinds.SourceExtensionList + "`", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_msbuild_targets_recognise_the_same_firmware_files()
    {
        // The targets decide with their own regex whether a folder or glob holds firmware (PCT1097); it must agree
        // with FirmwareFileKinds, or a folder of .hxx headers would be reported empty while the generator reads it.
        var targets = XDocument.Load(Path.Combine(GeneratorHarness.RepoRoot, "src", "ParticleContracts", "build", "ParticleContracts.targets"));
        var pattern = targets.Descendants("_ParticleFirmwareFilePattern").Single().Value;
        var regex = new System.Text.RegularExpressions.Regex(pattern);

        var extensions = FirmwareFileKinds.SourceExtensionList.Split(' ');
        Assert.NotEmpty(extensions);
        foreach (var extension in extensions)
        {
            foreach (var path in new[] { "/fw/lamp" + extension, "C:\\fw\\LAMP" + extension.ToUpperInvariant() })
            {
                Assert.True(regex.IsMatch(path), $"{path}: a source for the reader, not for the targets");
                Assert.Equal(FirmwareFileRole.Source, FirmwareFileKinds.RoleOf(path));
            }
        }

        Assert.Matches(regex, "/fw/lamp/" + FirmwareFileKinds.ProjectMarkerName);
        foreach (var other in new[] { "/fw/notes.txt", "/fw/lamp.cs", "/fw/lamp.cpp.bak", "/fw/lamp.hxxx", "/fw/myproject.properties" })
        {
            Assert.DoesNotMatch(regex, other);
            Assert.NotEqual(FirmwareFileRole.Source, FirmwareFileKinds.RoleOf(other));
        }

        // Every alternative of the targets' extension group is a source extension of the reader, and no more.
        var group = System.Text.RegularExpressions.Regex.Match(pattern, @"\\\.\(([a-z|]+)\)").Groups[1].Value;
        Assert.Equal(extensions.Select(e => e.TrimStart('.')).Order(), group.Split('|').Order());
    }
}
