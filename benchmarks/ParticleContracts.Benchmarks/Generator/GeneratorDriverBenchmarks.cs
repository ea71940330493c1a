using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParticleContracts.Benchmarks.Corpus;
using ParticleContracts.Benchmarks.Infrastructure;
using ParticleContracts.Benchmarks.Roslyn;
using ParticleContracts.Generators;

namespace ParticleContracts.Benchmarks.Generator;

/// <summary>
/// Issue 8 §2: <c>ContractGenerator</c> in the IDE loop, driven by <see cref="CSharpGeneratorDriver"/> over one
/// synthetic firmware project (a typical device) and over the whole synthetic firmware (20 contracts, ≈5 MB), with a
/// 20-file C# project. Each scenario is measured beside the
/// same driver with no generator (the baseline of its category); the Δ-median column is the generator's cost.
/// Targets: an unrelated C# edit adds &lt; 0.5 ms, a one-file firmware edit &lt; 5 ms.
/// </summary>
/// <remarks>
/// The incremental scenarios keep one driver across invocations and alternate between two versions of the edited
/// file, so every invocation is a real edit that the driver must notice (never a no-op rerun).
/// </remarks>
[Config(typeof(DeltaBenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorDriverBenchmarks
{
    private const string Full = "Full run";
    private const string UnrelatedEdit = "Unrelated C# edit";
    private const string FirmwareEdit = "One firmware file edited";

    private ImmutableArray<AdditionalText> _firmware;
    private BenchmarkAnalyzerConfigOptionsProvider _options = null!;
    private CSharpCompilation _compilation = null!;
    private SyntaxTree[] _csharpVersions = [];
    private AdditionalText[] _firmwareVersions = [];
    private int _expectedContracts;

    private GeneratorDriver _withGeneratorCSharp = null!;
    private GeneratorDriver _withoutGeneratorCSharp = null!;
    private CSharpCompilation _compilationWith = null!;
    private CSharpCompilation _compilationWithout = null!;
    private int _csharpTurnWith;
    private int _csharpTurnWithout;

    private GeneratorDriver _withGeneratorFirmware = null!;
    private GeneratorDriver _withoutGeneratorFirmware = null!;
    private int _firmwareTurnWith;
    private int _firmwareTurnWithout;

    /// <summary>How many synthetic firmware projects (≈250 KB, ≈100 registrations each) the C# project holds.</summary>
    [Params(1, 20)]
    public int FirmwareProjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _firmware = BenchmarkCompilation.FirmwareFiles(FirmwareProjects);
        _expectedContracts = Math.Min(FirmwareProjects, BenchmarkCorpus.Firmware.Projects.Count);
        _options = new BenchmarkAnalyzerConfigOptionsProvider("Bench.App");

        var sizes = Enumerable.Repeat(8_000, 20);
        var app = SyntheticCSharp.Generate(sizes, seed: 7)
            .Select((text, i) => BenchmarkCompilation.Parse(text, $"/bench/app/Module{i}.cs"))
            .ToArray();
        _compilation = BenchmarkCompilation.Create("Bench.App", app);

        // The unrelated edit: one statement of one C# file changes, back and forth.
        var original = app[0];
        var edited = original.WithChangedText(original.GetText().Replace(original.ToString().IndexOf("double sum = 0.0;", StringComparison.Ordinal), "double sum = 0.0;".Length, "double sum = 0.5;"));
        _csharpVersions = [original, edited];

        // The firmware edit: a developer adds a variable to one module of one project, back and forth.
        var module = _firmware.First(f => f.Path.EndsWith("/module_01.cpp", StringComparison.Ordinal));
        var moduleText = module.GetText()!.ToString();
        var anchor = moduleText.IndexOf("Serial.begin(115200);", StringComparison.Ordinal);
        var editedModule = moduleText.Insert(anchor, "Particle.variable(\"benchEdit\", m1_lamp.brightness);\n    ");
        _firmwareVersions = [module, new InMemoryAdditionalText(module.Path, editedModule)];

        _withGeneratorCSharp = NewDriver(withGenerator: true).RunGenerators(_compilation);
        _withoutGeneratorCSharp = NewDriver(withGenerator: false).RunGenerators(_compilation);
        _compilationWith = _compilation;
        _compilationWithout = _compilation;
        _withGeneratorFirmware = NewDriver(withGenerator: true).RunGenerators(_compilation);
        _withoutGeneratorFirmware = NewDriver(withGenerator: false).RunGenerators(_compilation);
        BenchmarkCompilation.EnsureGenerated(_withGeneratorCSharp, _expectedContracts);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        // Prove the incremental drivers still generate every contract after all the edits.
        BenchmarkCompilation.EnsureGenerated(_withGeneratorCSharp, _expectedContracts);
        BenchmarkCompilation.EnsureGenerated(_withGeneratorFirmware, _expectedContracts);
    }

    [BenchmarkCategory(Full), Benchmark(Baseline = true, Description = "driver, no generator")]
    public GeneratorDriver FullRunWithoutGenerator() => NewDriver(withGenerator: false).RunGenerators(_compilation);

    [BenchmarkCategory(Full), Benchmark(Description = "driver + ContractGenerator")]
    public GeneratorDriver FullRunWithGenerator() => NewDriver(withGenerator: true).RunGenerators(_compilation);

    [BenchmarkCategory(UnrelatedEdit), Benchmark(Baseline = true, Description = "driver, no generator")]
    public GeneratorDriver UnrelatedEditWithoutGenerator()
    {
        var next = _csharpVersions[++_csharpTurnWithout & 1];
        _compilationWithout = _compilationWithout.ReplaceSyntaxTree(_compilationWithout.SyntaxTrees[0], next);
        return _withoutGeneratorCSharp = _withoutGeneratorCSharp.RunGenerators(_compilationWithout);
    }

    [BenchmarkCategory(UnrelatedEdit), Benchmark(Description = "driver + ContractGenerator")]
    public GeneratorDriver UnrelatedEditWithGenerator()
    {
        var next = _csharpVersions[++_csharpTurnWith & 1];
        _compilationWith = _compilationWith.ReplaceSyntaxTree(_compilationWith.SyntaxTrees[0], next);
        return _withGeneratorCSharp = _withGeneratorCSharp.RunGenerators(_compilationWith);
    }

    [BenchmarkCategory(FirmwareEdit), Benchmark(Baseline = true, Description = "driver, no generator")]
    public GeneratorDriver FirmwareEditWithoutGenerator()
    {
        var previous = _firmwareVersions[_firmwareTurnWithout & 1];
        var next = _firmwareVersions[++_firmwareTurnWithout & 1];
        return _withoutGeneratorFirmware = _withoutGeneratorFirmware.ReplaceAdditionalText(previous, next).RunGenerators(_compilation);
    }

    [BenchmarkCategory(FirmwareEdit), Benchmark(Description = "driver + ContractGenerator")]
    public GeneratorDriver FirmwareEditWithGenerator()
    {
        var previous = _firmwareVersions[_firmwareTurnWith & 1];
        var next = _firmwareVersions[++_firmwareTurnWith & 1];
        return _withGeneratorFirmware = _withGeneratorFirmware.ReplaceAdditionalText(previous, next).RunGenerators(_compilation);
    }

    private GeneratorDriver NewDriver(bool withGenerator) =>
        CSharpGeneratorDriver.Create(
            withGenerator ? [new ContractGenerator().AsSourceGenerator()] : [],
            _firmware,
            BenchmarkCompilation.ParseOptions,
            _options);
}
