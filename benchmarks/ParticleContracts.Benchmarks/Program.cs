using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ParticleContracts.Benchmarks;

/// <summary>
/// Entry point. <c>corpus [dir] [--diagnostics]</c> describes (and optionally writes) the synthetic firmware and checks
/// the reader against it; <c>simulator</c> hosts the client benchmark's cloud; <c>client-allocations</c> breaks down the client's
/// allocations per call; <c>client-cpu</c> compares client CPU per call in interleaved rounds; <c>peer-load</c> and <c>peer-sse-source</c> are the .NET side of <c>benchmarks/peers/run.sh</c>; anything else goes to BenchmarkDotNet (<c>--filter '*'</c>, <c>--job Dry</c> for the CI
/// smoke pass).
/// </summary>
/// <remarks>
/// Benchmarks run in-process unless <c>--outOfProcess</c> is given: an out-of-process run first rebuilds the whole
/// project graph with shared compilation off, which takes longer than BenchmarkDotNet's two-minute build timeout on a
/// busy two-core machine. In-process runs use this executable's settings (Release, workstation GC, tiered PGO).
/// </remarks>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            return CorpusCommand.Run(args.Skip(1).ToArray());
        }

        if (args.Length > 0 && args[0] == "client-allocations")
        {
            return Client.ClientAllocationProbe.Run();
        }

        if (args.Length > 0 && args[0] == "client-cpu")
        {
            return Client.ClientCpuProbe.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "peer-load")
        {
            return Peers.PeerLoadCommand.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args.Length > 0 && args[0] == "peer-sse-source")
        {
            return Peers.SseSourceCommand.RunAsync(args[1..]).GetAwaiter().GetResult();
        }

        if (args.Length > 0 && args[0] == "simulator")
        {
            return Client.SimulatorHostCommand.RunAsync().GetAwaiter().GetResult();
        }

        var outOfProcess = args.Contains("--outOfProcess");
        var arguments = args.Where(a => a != "--outOfProcess").ToList();
        var config = DefaultConfig.Instance;
        if (!arguments.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
        {
            // Without --job: a measured run sized for a shared 2-core machine.
            var measured = Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("Measured");
            config = config.AddJob(outOfProcess ? measured : measured.WithToolchain(InProcessEmitToolchain.Instance));
        }
        else if (!outOfProcess && !arguments.Any(a => a is "--inProcess" or "-i"))
        {
            // The job comes from the command line (e.g. --job Dry): ask for the in-process toolchain there too.
            arguments.Add("--inProcess");
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. arguments], config);
        var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.IsEmpty);
        return failed ? 1 : 0;
    }
}
