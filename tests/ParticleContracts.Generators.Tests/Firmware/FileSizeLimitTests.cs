using System.Text;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// The reader's file-size cap (PCT1120): a firmware text over the limit in UTF-8 bytes is not read at all, one at the
/// limit is read as usual, and the build reports the cap at line 1 of the file instead of spending minutes on it.
/// </summary>
public sealed class FileSizeLimitTests
{
    private const string Code = "int a;\nvoid setup() { Particle.variable(\"a\", a); }\n";

    [Fact]
    public void A_file_at_the_limit_is_read_and_one_byte_more_is_reported_unread()
    {
        var limit = Encoding.UTF8.GetByteCount(Code);

        var atLimit = FirmwareFileParser.ParseUpTo(new FirmwareSource("proj/src/app.cpp", Code), limit);
        var over = FirmwareFileParser.ParseUpTo(new FirmwareSource("proj/src/app.cpp", Code + " "), limit);

        Assert.Single(atLimit.Sites);
        Assert.DoesNotContain(atLimit.Diagnostics, diagnostic => diagnostic.Id == DiagnosticIds.FirmwareFileTooLarge);
        Assert.Empty(over.Sites);
        var diagnostic = Assert.Single(over.Diagnostics);
        Assert.Equal(DiagnosticIds.FirmwareFileTooLarge, diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.Line);
        Assert.Contains("proj/src/app.cpp is " + (limit + 1) + " bytes", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("over " + limit + " bytes", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_counts_utf8_bytes_not_characters()
    {
        // "é" is one char but two UTF-8 bytes: a char count would let this text through.
        var text = "// " + new string('é', 40) + "\n" + Code;
        var chars = text.Length;

        var model = FirmwareFileParser.ParseUpTo(new FirmwareSource("proj/src/app.cpp", text), chars);

        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal(DiagnosticIds.FirmwareFileTooLarge, diagnostic.Id);
        Assert.Contains("is " + (chars + 40) + " bytes", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_reports_a_file_over_32_MiB_and_still_generates_the_other_files()
    {
        var huge = Code.Replace("\"a\"", "\"big\"", StringComparison.Ordinal) + new string(' ', (int)ReaderLimits.MaxFileBytes);
        var run = GeneratorHarness.Run(
        [
            new FirmwareFile("firmware/lamp/src/lamp.cpp", Code),
            new FirmwareFile("firmware/lamp/src/table.cpp", huge),
        ]);

        var reported = Assert.Single(run.RunResult.Diagnostics, diagnostic => diagnostic.Id == DiagnosticIds.FirmwareFileTooLarge);
        Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
        Assert.EndsWith("table.cpp", reported.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Equal(0, reported.Location.GetLineSpan().StartLinePosition.Line);
        var proxy = string.Concat(run.ProxySources.Select(source => source.Text));
        Assert.Contains("GetAAsync", proxy, StringComparison.Ordinal);
        Assert.DoesNotContain("GetBigAsync", proxy, StringComparison.Ordinal);
    }
}
