using System.Text.Json;

namespace ParticleContracts.Cli.Tests;

/// <summary>
/// An ancestor folder named <c>src</c> above the folder given to <c>inspect</c> must not merge the projects below it,
/// and the answer must not depend on the current directory.
/// </summary>
public sealed class ProjectRootTests : IDisposable
{
    private readonly string _repo = Path.Combine(Directory.CreateTempSubdirectory("pc-root-").FullName, "repo");

    public ProjectRootTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo, "src", "firmware", "lamp"));
        Directory.CreateDirectory(Path.Combine(_repo, "src", "firmware", "fan"));
        File.WriteAllText(Path.Combine(_repo, "src", "firmware", "lamp", "lamp.ino"), "int level;\nvoid setup() { Particle.variable(\"level\", level); }\n");
        File.WriteAllText(Path.Combine(_repo, "src", "firmware", "fan", "fan.ino"), "int speed;\nvoid setup() { Particle.variable(\"speed\", speed); }\n");
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_repo)!, recursive: true);

    [Theory]
    [InlineData("", "src/firmware")]
    [InlineData("src", "firmware")]
    [InlineData("src/firmware", ".")]
    [InlineData("src/firmware/lamp", "..")]
    public void Two_projects_under_repo_src_stay_two_contracts_from_any_current_directory(string currentDirectory, string argument)
    {
        var output = new StringWriter();
        var exitCode = CliApplication.Run(["inspect", argument, "--json"], output, new StringWriter(), Path.Combine(_repo, currentDirectory));

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output.ToString());
        var contracts = json.RootElement.GetProperty("contracts").EnumerateArray()
            .Select(contract => contract.GetProperty("name").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["Fan", "Lamp"], contracts);
    }
}
