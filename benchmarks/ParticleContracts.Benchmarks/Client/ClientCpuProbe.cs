using System.Diagnostics;
using System.Globalization;
using ParticleContracts.Benchmarks.Events;

namespace ParticleContracts.Benchmarks.Client;

/// <summary>
/// <c>client-cpu [rounds] [events]</c>: client CPU time per call (user + system of this process; the simulator runs in a child
/// process) for each client case beside its baseline, in interleaved rounds, and the median ratio per pair. On a shared
/// machine a case's wall time swings with the neighbours' load between BenchmarkDotNet's sequential runs; CPU time
/// spent by this process for the same work does not, and interleaving puts both sides of a ratio under the same load.
/// Also events per CPU-second through <see cref="ParticleCloudClient.SubscribeAsync"/> and the generated typed stream on
/// the recorded streams (only those with <c>events</c>).
/// </summary>
internal static class ClientCpuProbe
{
    private const int Calls = 2_000;

    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7;
        var eventsOnly = args.Length > 1 && args[1] == "events";
        var calls = new ClientCallBenchmarks();
        var events = new EventStreamBenchmarks();
        var typed = new TypedEventStreamBenchmarks();
        if (!eventsOnly)
        {
            calls.Setup();
        }

        events.Setup();
        typed.Setup();
        try
        {
            var cases = Cases(calls, events, typed).Where(c => !eventsOnly || c.Items != Calls).ToArray();
            var perItem = cases.Select(_ => new List<double>()).ToArray();
            foreach (var (_, _, run, items) in cases)
            {
                _ = Measure(run, items == Calls ? 300 : 1, 1);
            }

            for (var round = 0; round < rounds; round++)
            {
                // Alternate the order so neither side of a pair always runs first.
                var order = Enumerable.Range(0, cases.Length).ToArray();
                if (round % 2 == 1)
                {
                    Array.Reverse(order);
                }

                foreach (var i in order)
                {
                    var (_, _, run, items) = cases[i];
                    perItem[i].Add(items == Calls ? Measure(run, Calls, 1) : Measure(run, 1, items));
                }
            }

            for (var i = 0; i < cases.Length; i++)
            {
                var baseline = Array.FindIndex(cases, c => c.Name == cases[i].Baseline);
                var microseconds = Median(perItem[i]) * 1e6;
                var ratio = Median(perItem[i].Zip(perItem[baseline], (a, b) => a / b).ToList());
                var extra = cases[i].Items != Calls ? string.Create(CultureInfo.InvariantCulture, $", {1 / Median(perItem[i]):N0} events per CPU-second") : string.Empty;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases[i].Name}: {microseconds:0.00} µs CPU (median of {rounds}), ratio {ratio:0.000} vs {cases[baseline].Name}{extra}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}"));
        }
        finally
        {
            if (!eventsOnly)
            {
                calls.Cleanup();
            }

            events.Cleanup();
            typed.Cleanup();
        }

        return 0;
    }

    /// <summary>Each case with the name of its baseline (itself for a baseline) and the items one run handles.</summary>
    private static (string Name, string Baseline, Func<Task> Run, int Items)[] Cases(
        ClientCallBenchmarks calls, EventStreamBenchmarks events, TypedEventStreamBenchmarks typed)
    {
        const string RawRead = "raw variable read", ProxyRead = "proxy variable read";
        const string RawCall = "raw function call", ProxyCall = "proxy function call";
        const string SseBaseline = "SseParser + JsonDocument, per event";
        const string TypedBaseline = "SseParser + source-generated JsonSerializer, per typed event";
        return
        [
            (RawRead, RawRead, () => calls.RawReadVariable(), Calls),
            (ProxyRead, RawRead, () => calls.ProxyReadVariable(), Calls),
            ("AddParticleCloud variable read", ProxyRead, () => calls.PipelineReadVariable(), Calls),
            (RawCall, RawCall, () => calls.RawCallFunction(), Calls),
            (ProxyCall, RawCall, () => calls.ProxyCallFunction(), Calls),
            ("AddParticleCloud function call", ProxyCall, () => calls.PipelineCallFunction(), Calls),
            (SseBaseline, SseBaseline, () => events.SseParserAndJsonDocument(), EventStreamBenchmarks.Events),
            ("SubscribeAsync, per event", SseBaseline, () => events.ClientSubscribe(), EventStreamBenchmarks.Events),
            (TypedBaseline, TypedBaseline, () => typed.SseParserAndSourceGeneratedJson(), TypedEventStreamBenchmarks.Events),
            ("generated typed stream, per typed event", TypedBaseline, () => typed.GeneratedTypedStream(), TypedEventStreamBenchmarks.Events),
        ];
    }

    /// <summary>CPU seconds per item for <paramref name="runs"/> sequential runs of <paramref name="run"/>.</summary>
    private static double Measure(Func<Task> run, int runs, int itemsPerRun)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            run().GetAwaiter().GetResult();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalSeconds / (runs * (double)itemsPerRun);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
