using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ParticleContracts.Benchmarks.Roslyn;

/// <summary>
/// The analyzer config the SDK writes for a project using <c>ParticleFirmware</c> items: project properties as
/// <c>build_property.*</c> and, on every firmware file, <c>build_metadata.AdditionalFiles.ParticleFirmware = true</c>.
/// </summary>
internal sealed class BenchmarkAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    private readonly DictionaryOptions _firmwareFile = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.ParticleFirmware"] = "true",
        ["build_metadata.AdditionalFiles.ParticleContract"] = string.Empty,
        ["build_metadata.AdditionalFiles.ParticleNamespace"] = string.Empty,
    });

    public BenchmarkAnalyzerConfigOptionsProvider(string rootNamespace) =>
        GlobalOptions = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = rootNamespace,
            ["build_property.ParticleFunctionArgumentLimit"] = "1024",
        });

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _firmwareFile;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
