using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// The decision on positions: line numbers are part of the generated source (the members' documentation and the
/// runtime <c>Contract</c> list say where each registration is), so moving a registration re-emits its own contract —
/// and only that one. A moved line in one project never touches another project's proxy.
/// </summary>
public sealed class PositionTests
{
    [Fact]
    public void Moving_a_registration_re_emits_only_its_own_contract_with_the_new_line()
    {
        var files = new[] { "weather-station", "tutorial-function" }.SelectMany(name => GeneratorHarness.LoadSample(name)).ToArray();
        var moved = files.Single(f => f.Path.EndsWith("tutorial-function.ino", StringComparison.Ordinal));
        var driver = GeneratorHarness.CreateDriver(files, out var texts);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);
        var before = Source(driver, "TutorialFunction");

        // One blank line above the registration: the same contract, one line further down.
        var anchor = moved.Text.IndexOf("Particle.function(", StringComparison.Ordinal);
        var lineStart = moved.Text.LastIndexOf('\n', anchor) + 1;
        var newText = new InMemoryAdditionalText(moved.Path, moved.Text.Insert(lineStart, "\n"));
        driver = driver.ReplaceAdditionalText(texts.Single(t => t.Path == moved.Path), newText).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var proxies = result.TrackedSteps[TrackingNames.ProxyModels].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(
            ["TutorialFunction"],
            proxies.Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => ((ProxyModel)o.Value).TypeName));
        Assert.Contains(proxies, o => ((ProxyModel)o.Value).TypeName == "WeatherStation" && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        var after = Source(driver, "TutorialFunction");
        var line = moved.Text[..anchor].Count(c => c == '\n') + 1;
        Assert.Contains($"</c> line {line} with", before, StringComparison.Ordinal);
        Assert.Contains($"</c> line {line + 1} with", after, StringComparison.Ordinal);
        var expected = before
            .Replace($"</c> line {line} with", $"</c> line {line + 1} with", StringComparison.Ordinal)
            .Replace($", {line})", $", {line + 1})", StringComparison.Ordinal);
        Assert.Equal(expected, after);
    }

    private static string Source(GeneratorDriver driver, string typeName) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.EndsWith("." + typeName + ".g.cs", StringComparison.Ordinal)).SourceText.ToString();
}
