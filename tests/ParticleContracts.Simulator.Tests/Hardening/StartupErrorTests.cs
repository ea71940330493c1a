using System.Net;
using System.Net.Sockets;
using ParticleContracts.Simulator.Tests.Process;
using ParticleContracts.Tests.Discovery;

namespace ParticleContracts.Simulator.Tests.Hardening;

/// <summary>Start-up problems a user can cause end the standalone simulator with one clear line, never a stack trace.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task A_busy_port_prints_one_line_and_exits_non_zero()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        using var process = StandaloneSimulatorTests.Start("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, exitCode);
        var line = Assert.Single(process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Equal($"stderr: Port {port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free port).", line);
    }

    [Fact]
    public async Task A_hostile_firmware_tree_starts_quickly_with_one_device_and_names_each_skipped_entry()
    {
        using var tree = new HostileFirmwareTree();
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var process = StandaloneSimulatorTests.Start("--port", "0", "--token", "hostile-token", "--firmware", tree.Root);

        var baseAddress = StandaloneSimulatorTests.WaitForBaseAddress(process);
        process.WaitForLine("Press Ctrl+C to stop.", TimeSpan.FromSeconds(60));
        started.Stop();

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(60), $"took {started.Elapsed}");
        var output = process.Output;
        Assert.Contains("Devices (1):", output, StringComparison.Ordinal);
        Assert.Contains("  lamp [", output, StringComparison.Ordinal);
        foreach (var (id, path) in HostileFirmwareTree.ExpectedProblems())
        {
            var full = Path.Combine(tree.Root, path.Replace('/', Path.DirectorySeparatorChar));
            Assert.Contains($"stderr: {full}: ", output, StringComparison.Ordinal);
            Assert.Contains($" {id}: {full}", output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        using var http = new HttpClient { BaseAddress = baseAddress };
        var (status, lamp) = await http.GetJsonAsync("v1/devices/lamp?access_token=hostile-token");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""["led"]""", lamp.GetProperty("functions").Json());
    }
}
