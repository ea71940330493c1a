using System.Globalization;
using ParticleContracts.Benchmarks.Corpus;

namespace ParticleContracts.Benchmarks;

/// <summary><c>corpus [dir] [--diagnostics] [--allocations]</c>: describes the synthetic firmware, optionally writes it to disk, and checks the reader finds what was written.</summary>
internal static class CorpusCommand
{
    public static int Run(string[] args)
    {
        var corpus = BenchmarkCorpus.Firmware;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"synthetic firmware: {corpus.Projects.Count} projects, {corpus.Files.Count} files ({BenchmarkCorpus.Sources.Count} sources), {BenchmarkCorpus.SourceBytes:N0} source bytes"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"registrations written: {corpus.ActiveRegistrations + corpus.DroppedRegistrations:N0} ({corpus.ActiveRegistrations:N0} active incl. {corpus.Projects.Sum(p => p.ConditionalRegistrations)} conditional, {corpus.DroppedRegistrations} in inactive branches, {corpus.Projects.Sum(p => p.RuntimeNames)} with run-time names)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"C# baseline: {BenchmarkCorpus.CSharp.Count} files, {BenchmarkCorpus.CSharp.Sum(t => (long)t.Length):N0} chars"));

        var listDiagnostics = args.Contains("--diagnostics");
        if (args.Contains("--allocations"))
        {
            ReaderAllocationProbe.Run();
        }

        args = [.. args.Where(a => a is not "--diagnostics" and not "--allocations")];
        if (args.Length > 0)
        {
            foreach (var file in corpus.Files)
            {
                var path = Path.Combine(args[0], file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }

            Console.WriteLine($"written under {Path.GetFullPath(args[0])}");
        }

        return ReaderCheck.Run(corpus, listDiagnostics);
    }
}
