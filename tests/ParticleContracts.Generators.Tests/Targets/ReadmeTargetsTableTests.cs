using System.Globalization;
using ParticleContracts.Generators.Targets;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Targets;

/// <summary>The README's "Targets" limits table is the code's one table, row for row.</summary>
public sealed class ReadmeTargetsTableTests
{
    [Fact]
    public void Readme_limits_table_shows_every_row_of_the_limit_table()
    {
        var readme = File.ReadAllText(Path.Combine(GeneratorHarness.RepoRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = TargetLimitTable.Rows.Select(Render).ToList();

        var missing = expected.Where(row => !readme.Contains(row + "\n", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "README.md's Targets table lacks rows; it should read:\n" + string.Join("\n", expected));
        var listed = readme.Split('\n').Count(line => expected.Contains(line, StringComparer.Ordinal));
        Assert.Equal(expected.Count, listed);
    }

    private static string Render(LimitRow row)
    {
        var kind = row.Kind switch
        {
            LimitKind.NameBytes => "Variable / function name",
            LimitKind.VariableValueBytes => "String variable value",
            LimitKind.FunctionArgumentBytes => "Function argument",
            LimitKind.EventNameBytes => "Event name",
            LimitKind.EventDataBytes => "Event data (`Particle.publish`)",
            LimitKind.CloudEventDataBytes => "Event data (`CloudEvent`)",
            LimitKind.MaxVariables => "Variables registered",
            _ => "Functions registered",
        };
        var since = row.Since == new DeviceOsVersion(0, 0, 0) ? "any" : "≥ " + row.Since;
        var scope = row.Scope switch
        {
            PlatformScope.Gen2AndOlder => "Gen 1–2",
            PlatformScope.Gen3AndNewer => "Gen 3+, unknown",
            PlatformScope.SaraR410Modem => "Boron, B-SoM",
            _ => "all",
        };
        var value = row.Value is { } number
            ? number.ToString("N0", CultureInfo.InvariantCulture)
            : row.Kind == LimitKind.CloudEventDataBytes ? "not available" : "no fixed limit";
        return $"| {kind} | {since} | {scope} | {value} | {row.Source} |";
    }
}
