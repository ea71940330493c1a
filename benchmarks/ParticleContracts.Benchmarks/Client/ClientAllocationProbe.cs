using System.Globalization;
using ParticleContracts.Benchmarks.Infrastructure;

namespace ParticleContracts.Benchmarks.Client;

/// <summary>
/// <c>client-allocations</c>: bytes allocated per call by the proxy and by the raw baseline, and which types the
/// proxy's extra bytes are (sampled GC AllocationTick events), against the simulator in a child process.
/// </summary>
internal static class ClientAllocationProbe
{
    private const int Calls = 4_000;

    public static int Run()
    {
        var benchmarks = new ClientCallBenchmarks();
        benchmarks.Setup();
        try
        {
            Measure("raw variable read", () => benchmarks.RawReadVariable());
            Measure("proxy variable read", () => benchmarks.ProxyReadVariable());
            Measure("raw function call", () => benchmarks.RawCallFunction());
            Measure("proxy function call", () => benchmarks.ProxyCallFunction());
            Measure("AddParticleCloud variable read", () => benchmarks.PipelineReadVariable());
            Measure("AddParticleCloud function call", () => benchmarks.PipelineCallFunction());
        }
        finally
        {
            benchmarks.Cleanup();
        }

        return 0;
    }

    private static void Measure<T>(string name, Func<Task<T>> call)
    {
        for (var i = 0; i < 200; i++)
        {
            call().GetAwaiter().GetResult();
        }

        using var sampler = new AllocationSampler();
        Thread.Sleep(200);
        sampler.Start();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Calls; i++)
        {
            call().GetAwaiter().GetResult();
        }

        var perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Calls;
        sampler.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {perCall:N0} B per call; sampled types:"));
        foreach (var (type, bytes) in sampler.Top(12))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes * 100.0 / Math.Max(1, sampler.SampledBytes),5:0.0} %  {type}"));
        }
    }
}
