namespace ParticleContracts.Simulator.Tests;

/// <summary>
/// An ancestor folder named <c>src</c> above the <c>--firmware</c> folder must not merge the projects below it into
/// one device named after the repository.
/// </summary>
public sealed class ProjectRootTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("pc-sim-root-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Two_projects_under_repo_src_are_two_devices()
    {
        var firmware = Path.Combine(_temp, "repo", "src", "firmware");
        Directory.CreateDirectory(Path.Combine(firmware, "lamp"));
        Directory.CreateDirectory(Path.Combine(firmware, "fan"));
        await File.WriteAllTextAsync(Path.Combine(firmware, "lamp", "lamp.ino"), "int level;\nvoid setup() { Particle.variable(\"level\", level); }\n");
        await File.WriteAllTextAsync(Path.Combine(firmware, "fan", "fan.ino"), "int speed;\nvoid setup() { Particle.variable(\"speed\", speed); }\n");
        await using var sim = await ParticleCloudSimulator.StartAsync();

        var devices = sim.AddDevicesFromFirmware(firmware);

        Assert.Equal(["fan", "lamp"], devices.Select(d => d.Name));
        using var http = SimulatorHttp.AuthorizedClient(sim);
        var (status, level) = await http.GetJsonAsync("v1/devices/lamp/level");
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal(0, level.GetProperty("result").GetInt32());
    }
}
