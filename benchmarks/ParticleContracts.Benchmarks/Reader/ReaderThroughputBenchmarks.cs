using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using ParticleContracts.Benchmarks.Corpus;
using ParticleContracts.Benchmarks.Infrastructure;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Benchmarks.Reader;

/// <summary>
/// Issue 8 §1: the firmware reader over the ≈5 MB synthetic corpus, beside Roslyn's <c>CSharpSyntaxTree.ParseText</c>
/// over C# files of exactly the same lengths (the baseline). Target: median ratio ≤ 0.25 (≥ 4× faster), ≤ 2 bytes
/// allocated per source byte.
/// </summary>
[Config(typeof(ReaderThroughputConfig))]
public class ReaderThroughputBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private FirmwareSource[] _sources = [];
    private FirmwareSource[] _project = [];
    private FirmwareSource[] _worstCase = [];
    private string[] _csharp = [];

    [GlobalSetup]
    public void Setup()
    {
        _sources = [.. BenchmarkCorpus.Sources];
        _project = [.. BenchmarkCorpus.Firmware.Files];
        _worstCase = [.. BenchmarkCorpus.WorstCase];
        _csharp = [.. BenchmarkCorpus.CSharp];
    }

    /// <summary>Baseline: Roslyn parses 200 C# files totalling the same bytes as the firmware sources.</summary>
    [Benchmark(Baseline = true, Description = "Roslyn ParseText, same bytes")]
    public int RoslynParseText()
    {
        var nodes = 0;
        foreach (var text in _csharp)
        {
            nodes += CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot().FullSpan.Length;
        }

        return nodes;
    }

    /// <summary>The per-file reader (lexer, preprocessor, recognizer, declarations): what the generator runs per edited file.</summary>
    [Benchmark(Description = "FirmwareFileParser.Parse, per file")]
    public int ReaderParseFiles()
    {
        var sites = 0;
        foreach (var source in _sources)
        {
            sites += FirmwareFileParser.Parse(source).Sites.Count;
        }

        return sites;
    }

    /// <summary>
    /// The per-file reader on hostile input of about the same bytes (<see cref="WorstCaseFirmware"/>): its time must stay
    /// within 2× of the typical per-file row (linear time on any input).
    /// </summary>
    [Benchmark(Description = "FirmwareFileParser.Parse, worst-case input")]
    public int ReaderParseWorstCase()
    {
        var sites = 0;
        foreach (var source in _worstCase)
        {
            sites += FirmwareFileParser.Parse(source).Sites.Count;
        }

        return sites;
    }

    /// <summary>The whole reader: parse every file, then group into contracts and resolve names and types.</summary>
    [Benchmark(Description = "FirmwareReader.Read, whole corpus")]
    public int ReaderReadAll()
    {
        var registrations = 0;
        foreach (var contract in FirmwareReader.Read(_project))
        {
            registrations += contract.Registrations.Count;
        }

        return registrations;
    }
}

/// <summary>Adds MB/s and allocated-bytes-per-source-byte to the shared columns.</summary>
internal sealed class ReaderThroughputConfig : BenchmarkConfig
{
    public ReaderThroughputConfig()
    {
        AddColumn(SourceThroughputColumn.MegabytesPerSecond(() => BenchmarkCorpus.SourceBytes));
        AddColumn(SourceThroughputColumn.AllocatedPerSourceByte(() => BenchmarkCorpus.SourceBytes));
    }
}
