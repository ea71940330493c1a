using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>A firmware file handed to the generator as an additional file, with optional item metadata.</summary>
internal sealed record FirmwareFile(string Path, string Text, string? Contract = null, string? Namespace = null, bool? ParticleFirmware = null, string? BaseFolder = null, string? UntypedFunctions = null);

public enum ConsumerFramework
{
    Net80,
    Net100,
}

/// <summary>Runs <see cref="ContractGenerator"/> through a <see cref="CSharpGeneratorDriver"/> the way the compiler does.</summary>
internal static class GeneratorHarness
{
    // Diagnose: XML doc problems (bad cref, missing docs) are warnings, as in a consumer with GenerateDocumentationFile.
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Every file of a sample firmware project under <c>firmware/</c>, with paths <c>firmware/{name}/...</c>.</summary>
    public static ImmutableArray<FirmwareFile> LoadSample(string name)
    {
        var folder = Path.Combine(RepoRoot, "firmware", name);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => new FirmwareFile(
                "firmware/" + Path.GetRelativePath(Path.Combine(RepoRoot, "firmware"), path).Replace('\\', '/'),
                File.ReadAllText(path)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    public static IEnumerable<string> SampleNames() =>
        Directory.EnumerateDirectories(Path.Combine(RepoRoot, "firmware"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static GeneratorDriver CreateDriver(IEnumerable<FirmwareFile> files, IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CreateDriver(files, out _, globalOptions);

    /// <summary>Creates the driver and returns the additional texts it holds (to replace one later).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<FirmwareFile> files, out ImmutableArray<AdditionalText> texts, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        texts = files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray();
        var metadata = files.ToDictionary(file => file.Path, Metadata, StringComparer.Ordinal);
        var global = new Dictionary<string, string>(StringComparer.Ordinal) { ["build_property.RootNamespace"] = "Consumer" };
        foreach (var pair in globalOptions ?? new Dictionary<string, string>())
        {
            global[pair.Key] = pair.Value;
        }

        return CSharpGeneratorDriver.Create(
            [new ContractGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new InMemoryOptionsProvider(global, metadata),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>A consumer compilation with warnings as errors and nullable enabled.</summary>
    public static CSharpCompilation CreateCompilation(ConsumerFramework framework, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Consumer{i}.cs")),
            References(framework),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                deterministic: true));

    public static IEnumerable<MetadataReference> References(ConsumerFramework framework) => framework switch
    {
        ConsumerFramework.Net80 => [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(RuntimeNet80Path)],
        _ => [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ParticleCloudClient).Assembly.Location)],
    };

    /// <summary>Runs the generator and returns the driver (for step tracking) and the compilation with generated sources.</summary>
    public static GeneratorRun Run(IEnumerable<FirmwareFile> files, ConsumerFramework framework = ConsumerFramework.Net100, IReadOnlyDictionary<string, string>? globalOptions = null, params string[] sources)
    {
        var driver = CreateDriver(files, globalOptions);
        var compilation = CreateCompilation(framework, sources.Length == 0 ? ["namespace Consumer; internal static class Anchor { }"] : sources);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorRun(driver, output, driverDiagnostics);
    }

    /// <summary>
    /// The consumer compilation of <paramref name="run"/>, checked warning-free, emitted and loaded into a collectible
    /// context named <paramref name="contextName"/> (the default context already holds ParticleContracts.dll, so the
    /// generated code binds to the same runtime types as the test).
    /// </summary>
    public static System.Reflection.Assembly Load(GeneratorRun run, string contextName)
    {
        Xunit.Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        using var image = new MemoryStream();
        var emitted = run.Output.Emit(image);
        Xunit.Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        return new System.Runtime.Loader.AssemblyLoadContext(contextName, isCollectible: true).LoadFromStream(image);
    }

    private static string RuntimeNet80Path => Path.Combine(AppContext.BaseDirectory, "runtime-net8.0", "ParticleContracts.dll");

    private static Dictionary<string, string> Metadata(FirmwareFile file)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.ParticleFirmware is { } included)
        {
            metadata["build_metadata.AdditionalFiles.ParticleFirmware"] = included ? "true" : "false";
        }

        if (file.Contract is not null)
        {
            metadata["build_metadata.AdditionalFiles.ParticleContract"] = file.Contract;
        }

        if (file.Namespace is not null)
        {
            metadata["build_metadata.AdditionalFiles.ParticleNamespace"] = file.Namespace;
        }

        if (file.BaseFolder is not null)
        {
            metadata["build_metadata.AdditionalFiles.ParticleFirmwareBase"] = file.BaseFolder;
        }

        if (file.UntypedFunctions is not null)
        {
            metadata["build_metadata.AdditionalFiles.ParticleUntypedFunctions"] = file.UntypedFunctions;
        }

        return metadata;
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParticleContracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ParticleContracts.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    public GeneratorRunResult Result => RunResult.Results.Single();

    /// <summary>Generated sources by hint name, ordinal.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToArray();

    /// <summary>The proxy files only (<c>{Namespace}.{Type}.g.cs</c>), without the per-feature files (<c>.FunctionArguments.g.cs</c>, <c>.Events.g.cs</c>, <c>.Ledgers.g.cs</c>).</summary>
    public IReadOnlyList<(string HintName, string Text)> ProxySources =>
        Sources.Where(s => !s.HintName.EndsWith(".FunctionArguments.g.cs", StringComparison.Ordinal) && !s.HintName.EndsWith(".Events.g.cs", StringComparison.Ordinal) && !s.HintName.EndsWith(".Ledgers.g.cs", StringComparison.Ordinal)).ToArray();

    /// <summary>Compiler errors (all warnings are errors) in the output compilation.</summary>
    public ImmutableArray<Diagnostic> CompilationErrors =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

internal sealed class InMemoryOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, Dictionary<string, string>> perFile)
    : AnalyzerConfigOptionsProvider
{
    private static readonly InMemoryOptions Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new InMemoryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var options) ? new InMemoryOptions(options) : Empty;

    private sealed class InMemoryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
