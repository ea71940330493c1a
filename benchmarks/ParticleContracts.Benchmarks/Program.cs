using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ParticleContracts.Benchmarks.Corpus;

namespace ParticleContracts.Benchmarks;

/// <summary>
/// Entry point. <c>corpus [dir]</c> prints (and optionally writes) the synthetic firmware and checks the reader
/// against it; anything else goes to BenchmarkDotNet (<c>--filter '*'</c>, <c>--job Dry</c> for the CI smoke pass).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            return CorpusCommand.Run(args.Skip(1).ToArray());
        }

        var config = DefaultConfig.Instance;
        if (!args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)))
        {
            // Without --job: a measured run sized for a shared 2-core machine (a few minutes per class).
            config = config.AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("Measured"));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
