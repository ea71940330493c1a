using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Benchmarks.Corpus;

/// <summary>The corpora every benchmark shares, generated once per process.</summary>
internal static class BenchmarkCorpus
{
    private static readonly Lazy<SyntheticFirmwareCorpus> LazyFirmware = new(() => SyntheticFirmware.Generate(SyntheticFirmwareOptions.Default));
    private static readonly Lazy<IReadOnlyList<FirmwareSource>> LazySources = new(() =>
        Firmware.Files.Where(f => IsSourceFile(f.Path)).ToArray());
    private static readonly Lazy<IReadOnlyList<FirmwareSource>> LazyWorstCase = new(() => WorstCaseFirmware.Generate(SourceBytes));
    private static readonly Lazy<IReadOnlyList<string>> LazyCSharp = new(() =>
        SyntheticCSharp.Generate(Sources.Select(f => f.Text.Length), SyntheticFirmwareOptions.Default.Seed));

    /// <summary>The ≈200-file, ≈5 MB synthetic firmware (source files plus <c>project.properties</c>).</summary>
    public static SyntheticFirmwareCorpus Firmware => LazyFirmware.Value;

    /// <summary>The C++ source files only (what the per-file parser reads).</summary>
    public static IReadOnlyList<FirmwareSource> Sources => LazySources.Value;

    /// <summary>Hostile firmware (see <see cref="WorstCaseFirmware"/>) of about the same total size as <see cref="Sources"/>.</summary>
    public static IReadOnlyList<FirmwareSource> WorstCase => LazyWorstCase.Value;

    /// <summary>C# files of exactly the same lengths as <see cref="Sources"/> (the Roslyn baseline's input).</summary>
    public static IReadOnlyList<string> CSharp => LazyCSharp.Value;

    /// <summary>Bytes the reader reads per operation (ASCII, so characters = UTF-8 bytes).</summary>
    public static long SourceBytes => Sources.Sum(f => (long)f.Text.Length);

    public static bool IsSourceFile(string path) =>
        path.EndsWith(".cpp", StringComparison.Ordinal) || path.EndsWith(".ino", StringComparison.Ordinal) ||
        path.EndsWith(".h", StringComparison.Ordinal) || path.EndsWith(".hpp", StringComparison.Ordinal) ||
        path.EndsWith(".cc", StringComparison.Ordinal) || path.EndsWith(".c", StringComparison.Ordinal);
}
