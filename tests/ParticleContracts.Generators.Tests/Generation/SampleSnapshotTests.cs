using System.Text;
using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>The generated proxies of every sample under <c>firmware/</c>, compared with committed snapshots.</summary>
public sealed class SampleSnapshotTests
{
    public static TheoryData<string> Samples() => new(GeneratorHarness.SampleNames());

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_proxies_match_the_snapshot(string sample)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.LoadSample(sample));

        Assert.Null(run.Result.Exception);
        var text = new StringBuilder();
        foreach (var (hintName, source) in run.Sources)
        {
            text.Append("// ").Append(hintName).Append('\n').Append(source);
        }

        Assert.NotEmpty(run.Sources);
        Snapshot.Verify("Sample." + sample, text.ToString());
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Generated_proxies_compile_warning_free_on_net8_and_net10(string sample)
    {
        foreach (var framework in new[] { ConsumerFramework.Net80, ConsumerFramework.Net100 })
        {
            var run = GeneratorHarness.Run(GeneratorHarness.LoadSample(sample), framework);

            Assert.Null(run.Result.Exception);
            Assert.Empty(run.DriverDiagnostics.Where(d => d.Id is "CS8784" or "CS8785"));
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }
    }

    [Fact]
    public void Identical_input_gives_byte_identical_output_whatever_the_file_order()
    {
        var files = GeneratorHarness.SampleNames().SelectMany(name => GeneratorHarness.LoadSample(name)).ToArray();

        var first = GeneratorHarness.Run(files).Sources;
        var second = GeneratorHarness.Run(files.Reverse()).Sources;

        Assert.Equal(first.Select(s => s.HintName), second.Select(s => s.HintName));
        Assert.Equal(
            first.Select(s => Convert.ToHexString(Encoding.UTF8.GetBytes(s.Text))),
            second.Select(s => Convert.ToHexString(Encoding.UTF8.GetBytes(s.Text))));
    }
}
