using System.Reflection;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>Every firmware diagnostic ID has a descriptor built from its table row, a release entry and a page.</summary>
public sealed class FirmwareDescriptorTests
{
    public static TheoryData<string> FirmwareIds() => new(typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (string)field.GetValue(null)!)
        .Where(id => id.StartsWith("PCT1", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FirmwareIds))]
    public void Every_firmware_id_has_a_descriptor_a_release_entry_and_a_page(string id)
    {
        var descriptor = Descriptors.Find(id);

        Assert.NotNull(descriptor);
        Assert.Equal(id, descriptor.Id);
        Assert.Equal(Descriptors.FirmwareCategory, descriptor.Category);
        Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(GeneratorHarness.RepoRoot, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing.");
        var releases = File.ReadAllLines(Path.Combine(GeneratorHarness.RepoRoot, "src", "ParticleContracts.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(releases, line => line.StartsWith(id + " | ParticleContracts.Firmware | " + descriptor.DefaultSeverity + " |", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_descriptor_is_built_from_its_table_row()
    {
        foreach (var entry in DiagnosticTable.All)
        {
            var descriptor = Descriptors.Find(entry.Id)!;
            Assert.Equal(entry.DefaultSeverity.ToRoslyn(), descriptor.DefaultSeverity);
            Assert.Equal(entry.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.Category, descriptor.Category);
            Assert.Equal(entry.HelpLink, descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void Every_release_row_has_a_table_row_with_its_category_and_severity()
    {
        // Release tracking (RS2002) cannot follow descriptors built in a loop, so this test holds the files to the table.
        var folder = Path.Combine(GeneratorHarness.RepoRoot, "src", "ParticleContracts.Generators");
        var rows = File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "AnalyzerReleases.Unshipped.md")))
            .Where(line => line.StartsWith("PCT", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var rule = DiagnosticTable.Find(row[0]);
            Assert.True(rule is not null, $"{row[0]} is in AnalyzerReleases but not in DiagnosticTable.");
            Assert.Equal(rule.Category, row[1]);
            Assert.Equal(rule.DefaultSeverity.ToRoslyn().ToString(), row[2]);
        }

        Assert.Equal(DiagnosticTable.All.Count, rows.Select(row => row[0]).Distinct().Count());
    }

    [Fact]
    public void A_reader_diagnostic_keeps_its_message_and_location()
    {
        var location = new FirmwareLocation("/fw/a/a.ino", 3, 5, 40, 7, 3, 12);
        var firmware = DiagnosticTable.Create(DiagnosticIds.EmptyName, location, "variable");

        var diagnostic = FirmwareDiagnosticReporter.ToRoslyn(firmware);

        Assert.Equal(firmware.Message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/fw/a/a.ino", span.Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 4), span.StartLinePosition);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 11), span.EndLinePosition);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.TextSpan(40, 7), diagnostic.Location.SourceSpan);
    }

    [Fact]
    public void An_unknown_id_or_a_broken_location_still_becomes_a_diagnostic()
    {
        var firmware = new FirmwareDiagnostic("PCT1999", FirmwareSeverity.Warning, "Something new.", new FirmwareLocation("/fw/a.ino", 0, -1, -5, -2, -3, 0), EquatableArray<string>.Empty);

        var diagnostic = FirmwareDiagnosticReporter.ToRoslyn(firmware);

        Assert.Equal("PCT1999", diagnostic.Id);
        Assert.Equal("Something new.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/fw/a.ino", diagnostic.Location.GetLineSpan().Path);
    }
}
