using System.Reflection;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>Every firmware diagnostic ID has a descriptor that matches the reader's catalog, a release entry and a page.</summary>
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
        var descriptor = Descriptors.ForFirmwareId(id);

        Assert.NotNull(descriptor);
        Assert.Equal(id, descriptor.Id);
        Assert.Equal(Descriptors.FirmwareCategory, descriptor.Category);
        Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(GeneratorHarness.RepoRoot, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing.");
        var releases = File.ReadAllLines(Path.Combine(GeneratorHarness.RepoRoot, "src", "ParticleContracts.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(releases, line => line.StartsWith(id + " | ParticleContracts.Firmware | " + descriptor.DefaultSeverity + " |", StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_descriptors_match_the_reader_catalog()
    {
        foreach (var entry in FirmwareDiagnosticCatalog.All)
        {
            var descriptor = Descriptors.ForFirmwareId(entry.Id)!;
            Assert.Equal(entry.DefaultSeverity.ToRoslyn(), descriptor.DefaultSeverity);
            Assert.Equal(entry.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(entry.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void A_reader_diagnostic_keeps_its_message_and_location()
    {
        var location = new FirmwareLocation("/fw/a/a.ino", 3, 5, 40, 7, 3, 12);
        var firmware = FirmwareDiagnosticCatalog.Create(DiagnosticIds.EmptyName, location, "variable");

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
