using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ParticleContracts.Benchmarks.Roslyn;

/// <summary>An AdditionalFiles item held in memory (what MSBuild hands the compiler for a <c>ParticleFirmware</c> item).</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
