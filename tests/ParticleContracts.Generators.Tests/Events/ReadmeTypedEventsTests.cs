using System.Text.RegularExpressions;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>The README's "Typed events" section lists exactly what the generator writes for firmware/weather-station.</summary>
public sealed partial class ReadmeTypedEventsTests
{
    [Fact]
    public void Every_signature_in_the_readme_is_generated_for_the_weather_station()
    {
        var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("## Typed events", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```text", StringComparison.Ordinal) + 7)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var signatures = block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.True(signatures.Count >= 8, block);

        var run = GeneratorHarness.Run(GeneratorHarness.LoadSample("weather-station"));
        var events = run.Sources.Single(s => s.HintName.EndsWith(".Events.g.cs", StringComparison.Ordinal)).Text;
        var unqualified = Qualifier().Replace(events, string.Empty);
        Assert.All(signatures, signature => Assert.Contains(signature, unqualified, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"global::([A-Za-z_][A-Za-z0-9_]*\.)*")]
    private static partial Regex Qualifier();
}
