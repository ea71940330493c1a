using ParticleContracts.Benchmarks.Corpus;

namespace ParticleContracts.Benchmarks;

/// <summary>Placeholder until the reader lands.</summary>
internal static class ReaderCheck
{
    public static int Run(SyntheticFirmwareCorpus corpus) => 0;
}
