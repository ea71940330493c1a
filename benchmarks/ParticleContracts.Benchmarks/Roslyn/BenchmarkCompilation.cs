using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ParticleContracts.Benchmarks.Corpus;
using ParticleContracts.Generators;

namespace ParticleContracts.Benchmarks.Roslyn;

/// <summary>Builds the C# compilations and firmware AdditionalFiles the generator and analyzer benchmarks share.</summary>
internal static class BenchmarkCompilation
{
    public const string FirmwareRoot = "/bench/";

    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(ParticleCloudClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
    ]);

    /// <summary>.NET 10 reference assemblies plus the ParticleContracts runtime.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>The synthetic firmware of the first <paramref name="projects"/> projects, as AdditionalFiles.</summary>
    public static ImmutableArray<AdditionalText> FirmwareFiles(int projects = int.MaxValue)
    {
        var roots = BenchmarkCorpus.Firmware.Projects.Take(projects).Select(p => p.Root + "/").ToArray();
        return [.. BenchmarkCorpus.Firmware.Files
            .Where(f => roots.Any(r => f.Path.StartsWith(r, StringComparison.Ordinal)))
            .Select(f => (AdditionalText)new InMemoryAdditionalText(FirmwareRoot + f.Path, f.Text))];
    }

    public static CSharpCompilation Create(string assemblyName, IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>Every analyzer the generator assembly ships (found by reflection, so new rules are measured too).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        [.. typeof(ContractGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>Throws when a generator run failed, so a broken generator fails the run instead of timing nothing.</summary>
    public static void EnsureGenerated(GeneratorDriver driver, int minimumTrees)
    {
        var result = driver.GetRunResult();
        foreach (var generator in result.Results)
        {
            if (generator.Exception is not null)
            {
                throw new InvalidOperationException("The generator threw: " + generator.Exception);
            }
        }

        if (result.GeneratedTrees.Length < minimumTrees)
        {
            throw new InvalidOperationException($"The generator produced {result.GeneratedTrees.Length} files; expected at least {minimumTrees}.");
        }
    }
}
