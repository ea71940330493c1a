using System.Net;
using System.Net.Sockets;
using ParticleContracts.Simulator.Tests.Process;

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
}
