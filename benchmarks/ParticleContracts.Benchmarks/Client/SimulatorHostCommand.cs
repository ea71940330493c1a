using ParticleContracts.Simulator;

namespace ParticleContracts.Benchmarks.Client;

/// <summary>
/// <c>simulator</c>: runs the Particle Cloud simulator with the benchmark device until standard input closes, and
/// prints <c>READY &lt;base address&gt; &lt;token&gt;</c>. The client benchmark runs it as a child process, so the
/// server's allocations and GCs are not counted as the client's.
/// </summary>
internal static class SimulatorHostCommand
{
    public const string DeviceName = "bench-station";
    public const double Temperature = 21.5;

    public static async Task<int> RunAsync()
    {
        // The benchmark sends far more than the cloud's 10,000 requests per 5 minutes.
        await using var simulator = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { RateLimitPermits = int.MaxValue }).ConfigureAwait(false);
        var device = simulator.AddDevice(DeviceName);
        device.SetVariable("temp", Temperature);
        device.SetFunction("setLocation", location => location.Length > 0 ? 1 : 0);
        Console.WriteLine($"READY {simulator.BaseAddress} {simulator.AccessToken}");
        Console.Out.Flush();

        // Ends when the parent closes our standard input (or dies).
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        return 0;
    }
}
