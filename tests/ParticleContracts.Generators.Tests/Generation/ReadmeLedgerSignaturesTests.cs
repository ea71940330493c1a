using System.Text.RegularExpressions;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// The README's "Ledger" and "Environment variables" sections show exactly what the generator writes for
/// firmware/weather-station: every member signature, the record declarations and the record members they name.
/// </summary>
public sealed partial class ReadmeLedgerSignaturesTests
{
    private const string Namespace = "global::Consumer.Devices.";

    [Theory]
    [InlineData("## Ledger", "### Typed ledgers generated from the firmware", 3)]
    [InlineData("## Environment variables", "### Typed environment generated from the firmware", 2)]
    public void Every_signature_in_the_section_is_generated_for_the_weather_station(string section, string subsection, int members)
    {
        var lines = ReadmeTextBlock(section, subsection);
        var signatures = lines.Where(line => line.StartsWith("Task<", StringComparison.Ordinal)).ToList();
        Assert.Equal(members, signatures.Count);
        var records = lines.Where(line => line.StartsWith("public sealed record ", StringComparison.Ordinal)).ToList();
        Assert.Single(records);
        Assert.Equal(lines.Count, signatures.Count + records.Count);

        var generated = GeneratedLedgerFile();
        Assert.All(signatures, signature => Assert.Contains(signature, generated, StringComparison.Ordinal));
        foreach (var record in records)
        {
            Assert.Contains(record[..record.IndexOf(" {", StringComparison.Ordinal)], generated, StringComparison.Ordinal);
            var properties = Property().Matches(record).Select(match => match.Value).ToList();
            Assert.NotEmpty(properties);
            Assert.All(properties, property => Assert.Contains(property, generated, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_changed_signature_is_not_found_in_the_generated_file()
    {
        var generated = GeneratedLedgerFile();
        Assert.Contains("Task<WeatherStation.Environment> RenderEnvironmentAsync(string deviceId, CancellationToken cancellationToken = default);", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("Task<WeatherStation.Environment> RenderEnvironmentAsync(string deviceIdOrName, CancellationToken cancellationToken = default);", generated, StringComparison.Ordinal);
        Assert.DoesNotContain("Task<WeatherStation.StationConfigLedger> SetStationConfigLedgerAsync(string scopeValue, WeatherStation.StationConfigLedger data, ParticleLedgerSetMode mode = ParticleLedgerSetMode.Replace", generated, StringComparison.Ordinal);
    }

    /// <summary>The non-comment lines of the first <c>```text</c> block of <paramref name="subsection"/> inside <paramref name="section"/>.</summary>
    private static List<string> ReadmeTextBlock(string section, string subsection)
    {
        var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n" + section + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, section);
        var text = readme[start..];
        text = text[text.IndexOf(subsection, StringComparison.Ordinal)..];
        var block = text[(text.IndexOf("```text", StringComparison.Ordinal) + 7)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        return block.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal)).ToList();
    }

    /// <summary>The weather station's <c>.Ledgers.g.cs</c> with the contract namespace and every other qualifier removed.</summary>
    private static string GeneratedLedgerFile()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.LoadSample("weather-station"));
        var text = run.Sources.Single(s => s.HintName.EndsWith(".WeatherStation.Ledgers.g.cs", StringComparison.Ordinal)).Text;
        return Qualifier().Replace(text.Replace(Namespace, string.Empty, StringComparison.Ordinal), string.Empty);
    }

    [GeneratedRegex(@"global::(System(\.[A-Za-z]+)*|ParticleContracts)\.")]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"public (static )?[A-Za-z?]+ [A-Za-z]+ \{ get;( init;)? \}")]
    private static partial Regex Property();
}
