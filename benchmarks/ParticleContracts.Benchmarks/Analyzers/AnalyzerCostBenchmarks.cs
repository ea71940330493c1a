using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParticleContracts.Benchmarks.Infrastructure;
using ParticleContracts.Benchmarks.Roslyn;
using ParticleContracts.Generators;

namespace ParticleContracts.Benchmarks.Analyzers;

/// <summary>
/// Compiling a project with 1,000 raw client calls, with and without the ParticleContracts analyzers. The compilation
/// holds what a build hands the analyzers: the C# files plus the proxies <c>ContractGenerator</c> wrote for the
/// firmware. The baseline is the compiler's own diagnostics (binding every method body); the analyzer cases add
/// <see cref="CompilationWithAnalyzers"/> over the same compilation. Target: median ratio ≤ 1.05.
/// </summary>
/// <remarks>
/// Each invocation compiles a fresh clone (no cached binding). "Build" gives the analyzers new
/// <see cref="AnalyzerOptions"/> per invocation, as a command-line build does, so they read the firmware each time;
/// "IDE" reuses one <see cref="AnalyzerOptions"/>, as a live workspace does while the firmware is unchanged.
/// Analysis runs single-threaded so the ratio measures work, not how well it hides on the second core.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
public class AnalyzerCostBenchmarks
{
    private const int Calls = 1_000;

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<AdditionalText> _firmware;
    private BenchmarkAnalyzerConfigOptionsProvider _optionsProvider = null!;
    private AnalyzerOptions _warmOptions = null!;

    /// <summary>How many synthetic firmware projects (≈250 KB each) the project's ParticleFirmware items hold.</summary>
    [Params(1, 20)]
    public int FirmwareProjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var trees = RawCallProject.Write(Calls, FirmwareProjects)
            .Select((text, i) => BenchmarkCompilation.Parse(text, $"/bench/calls/RawCalls{i}.cs"));
        _firmware = BenchmarkCompilation.FirmwareFiles(FirmwareProjects);
        _optionsProvider = new BenchmarkAnalyzerConfigOptionsProvider("Bench.Calls");
        _compilation = WithGeneratedProxies(BenchmarkCompilation.Create("Bench.Calls", trees));
        _analyzers = BenchmarkCompilation.Analyzers();
        _warmOptions = new AnalyzerOptions(_firmware, _optionsProvider);

        // A project that does not compile, or analyzers that report on valid calls, would make the numbers meaningless.
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"The raw-call project does not compile: {errors[0]}");
        }

        if (_analyzers.IsEmpty)
        {
            throw new InvalidOperationException("No analyzer found in the generator assembly.");
        }

        // Warm Roslyn's code paths on both sides for a while, so tiered JIT has promoted them before anything is timed;
        // otherwise whichever case runs first pays for it (measured: the first baseline 4x slower than the same
        // compilation one group later).
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 3 || warmUp.Elapsed < TimeSpan.FromSeconds(10); i++)
        {
            _ = CompileWithoutAnalyzers();
            _ = CompileWithAnalyzersBuild();
        }

        Thread.Sleep(1000); // let the background tier-1 compilations finish

        var reported = Analyze(_warmOptions).Where(d => d.Id.StartsWith("PCT", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (reported.Length > 0)
        {
            throw new InvalidOperationException($"The analyzers reported {reported.Length} problems on valid calls, e.g. {reported[0]}");
        }
    }

    [Benchmark(Baseline = true, Description = "compile, no analyzers")]
    public int CompileWithoutAnalyzers() => _compilation.Clone().GetDiagnostics().Length;

    [Benchmark(Description = "compile + analyzers (build: fresh options)")]
    public int CompileWithAnalyzersBuild() => Analyze(new AnalyzerOptions(_firmware, _optionsProvider)).Length;

    [Benchmark(Description = "compile + analyzers (IDE: warm options)")]
    public int CompileWithAnalyzersIde() => Analyze(_warmOptions).Length;

    /// <summary>Adds the generator's output, as the compiler does before it runs the analyzers.</summary>
    private CSharpCompilation WithGeneratedProxies(CSharpCompilation compilation)
    {
        var driver = CSharpGeneratorDriver.Create(
            [new ContractGenerator().AsSourceGenerator()],
            _firmware,
            BenchmarkCompilation.ParseOptions,
            _optionsProvider).RunGenerators(compilation);
        BenchmarkCompilation.EnsureGenerated(driver, Math.Min(FirmwareProjects, Corpus.BenchmarkCorpus.Firmware.Projects.Count));
        return compilation.AddSyntaxTrees(driver.GetRunResult().GeneratedTrees);
    }

    private ImmutableArray<Diagnostic> Analyze(AnalyzerOptions options)
    {
        var withAnalyzers = _compilation.Clone().WithAnalyzers(
            _analyzers,
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
