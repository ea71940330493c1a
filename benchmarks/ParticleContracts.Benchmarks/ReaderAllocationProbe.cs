using System.Globalization;
using ParticleContracts.Benchmarks.Corpus;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Benchmarks;

/// <summary>
/// <c>corpus --allocations</c>: where the reader's allocations go (lexing alone, the whole per-file parse, and what
/// the file models hold), to find the hot spot when the bytes-per-source-byte target is missed.
/// </summary>
internal static class ReaderAllocationProbe
{
    public static void Run()
    {
        var sources = BenchmarkCorpus.Sources;
        var bytes = (double)BenchmarkCorpus.SourceBytes;

        // Warm up so JIT allocations do not count.
        Lex(sources);
        foreach (var source in sources)
        {
            FirmwareFileParser.Parse(source);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = Lex(sources);
        var lexing = GC.GetAllocatedBytesForCurrentThread() - before;

        using var sampler = new Infrastructure.AllocationSampler();
        Thread.Sleep(200); // let the listener attach to the runtime's event source
        sampler.Start();
        before = GC.GetAllocatedBytesForCurrentThread();
        var models = sources.Select(s => FirmwareFileParser.Parse(s)).ToArray();
        var parsing = GC.GetAllocatedBytesForCurrentThread() - before;
        sampler.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lexer only: {tokens:N0} tokens, {lexing:N0} B ({lexing / bytes:0.000} B/src byte)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FirmwareFileParser.Parse: {parsing:N0} B ({parsing / bytes:0.000} B/src byte)"));

        Console.WriteLine("sampled allocations by type (GC AllocationTick, ~100 KB each):");
        foreach (var (type, sampled) in sampler.Top(15))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {sampled * 100.0 / Math.Max(1, sampler.SampledBytes),5:0.0} %  {type}"));
        }

        var declarations = models.SelectMany(m => m.Declarations).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"models hold {declarations.Length:N0} declarations, {models.Sum(m => m.Sites.Count):N0} sites, {models.Sum(m => m.Macros.Count):N0} macros, {models.Sum(m => m.Diagnostics.Count):N0} diagnostics"));
        foreach (var group in declarations.GroupBy(d => (d.Kind, d.Storage)).OrderByDescending(g => g.Count()))
        {
            var chars = group.Sum(d => (long)d.Name.Length + d.Type.Length + (d.Initializer?.Length ?? 0) + (d.Scope?.Length ?? 0) + (d.Parameters?.Length ?? 0));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {group.Key.Kind,-9} {group.Key.Storage,-12} {group.Count(),7:N0} declarations, {chars,10:N0} chars of text"));
        }
    }

    private static long Lex(IReadOnlyList<Generators.Contracts.FirmwareSource> sources)
    {
        long count = 0;
        foreach (var source in sources)
        {
            var lexer = new FirmwareLexer(source.Text);
            while (lexer.Next().Kind != FirmwareTokenKind.EndOfFile)
            {
                count++;
            }
        }

        return count;
    }
}
