using ParticleContracts.Simulator.Tests.Process;

namespace ParticleContracts.Simulator.Tests;

/// <summary>
/// The official JavaScript client, particle-api-js 12.0.3, against the simulator: installed with npm into a cache
/// folder under the temp directory (once per machine), then driven by <c>compat/api-js-compat.cjs</c>.
/// </summary>
public sealed class ApiJsCompatibilityTests
{
    private const string PackageVersion = "12.0.3";
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    [Fact]
    public async Task Particle_api_js_sees_the_simulated_cloud_like_the_real_one()
    {
        var packageDir = await InstallParticleApiJsAsync();
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { KeepAliveInterval = TimeSpan.FromSeconds(1) });
        var lamp = sim.AddDevice("lamp")
            .SetVariable("temp", 21.5)
            .SetVariable("count", 42)
            .SetVariable("on", true)
            .SetVariable("label", "kitchen")
            .SetFunction("led", arg => arg == "on" ? 1 : 0);

        using var node = ChildProcess.Start(
            "node",
            [Path.Combine(AppContext.BaseDirectory, "compat", "api-js-compat.cjs")],
            new Dictionary<string, string>
            {
                ["PARTICLE_API_JS_DIR"] = packageDir,
                ["SIM_BASE_URL"] = sim.BaseAddress.ToString(),
                ["SIM_TOKEN"] = sim.AccessToken,
                ["NO_PROXY"] = "127.0.0.1,localhost",
            });
        var exitCode = await node.WaitForExitAsync(TimeSpan.FromSeconds(60));

        var output = node.Output;
        Assert.True(exitCode == 0, output);
        Assert.Contains("ok listDevices 1 device(s)", output, StringComparison.Ordinal);
        Assert.Contains("""ok getDevice variables={"count":"int32","label":"string","on":"bool","temp":"double"} functions=["led"]""", output, StringComparison.Ordinal);
        Assert.Contains("ok getVariable temp=21.5 label=kitchen", output, StringComparison.Ordinal);
        Assert.Contains("ok callFunction return_value=1", output, StringComparison.Ordinal);
        Assert.Contains("ok publishEvent", output, StringComparison.Ordinal);
        Assert.Contains("ok getEventStream compat/hello=world", output, StringComparison.Ordinal);
        Assert.Contains("ok unknownVariable 404 Unknown Variable: nope", output, StringComparison.Ordinal);
        Assert.Contains("ok invalidToken 401 The access token provided is invalid.", output, StringComparison.Ordinal);
        Assert.Contains("ALL OK", output, StringComparison.Ordinal);
        Assert.Equal(new SimulatedFunctionCall("led", "on", 1), Assert.Single(lamp.FunctionCalls));
        Assert.Contains(sim.PublishedEvents, e => e is { Name: "compat/hello", Data: "world", CoreId: "api", IsPublic: false });
    }

    /// <summary>Installs particle-api-js into a per-version cache folder unless it is already there.</summary>
    private static async Task<string> InstallParticleApiJsAsync()
    {
        var dir = Path.Combine(Path.GetTempPath(), "particle-contracts-npm", "particle-api-js-" + PackageVersion);
        var marker = Path.Combine(dir, "node_modules", "particle-api-js", "package.json");
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(marker) && (await File.ReadAllTextAsync(marker)).Contains($"\"version\": \"{PackageVersion}\"", StringComparison.Ordinal))
            {
                return dir;
            }

            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(Path.Combine(dir, "package.json"), """{ "name": "particle-contracts-compat", "private": true }""");
            using var npm = ChildProcess.Start(
                "npm",
                ["install", "particle-api-js@" + PackageVersion, "--no-audit", "--no-fund", "--no-save", "--loglevel=error"],
                workingDirectory: dir);
            var exitCode = await npm.WaitForExitAsync(TimeSpan.FromMinutes(5));
            Assert.True(exitCode == 0, "npm install failed:\n" + npm.Output);
            Assert.True(File.Exists(marker), "npm install did not produce " + marker);
            return dir;
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
