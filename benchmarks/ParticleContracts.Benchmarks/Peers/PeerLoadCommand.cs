using System.Diagnostics;
using System.Globalization;
using ParticleContracts.Benchmarks.Client;
using ParticleContracts.Benchmarks.Devices;

namespace ParticleContracts.Benchmarks.Peers;

/// <summary>
/// <c>peer-load &lt;workload&gt; &lt;baseUrl&gt; &lt;token&gt; &lt;calls&gt; &lt;warmup&gt; &lt;concurrency&gt; &lt;clk_tck&gt;</c>: our side of
/// <c>benchmarks/peers/run.sh</c>. The generated <see cref="WeatherStation"/> proxy over a directly constructed
/// <see cref="ParticleCloudClient"/> makes the calls; every reply is checked; one JSON line reports wall and CPU time
/// of the timed calls (after the warm-up). Workloads prefixed <c>raw-</c> run <see cref="RawParticleClient"/>, the
/// hand-written <see cref="HttpClient"/> + <see cref="System.Text.Json.JsonDocument"/> baseline, instead.
/// </summary>
internal static class PeerLoadCommand
{
    public const string Device = "weather-station";
    private const string OurClient = "ParticleContracts";
    private const string RawClient = "HttpClient+JsonDocument";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [var workload, var baseUrl, var token, var callsText, var warmupText, var concurrencyText, var clockText])
        {
            Console.Error.WriteLine("usage: peer-load <[raw-]variable|function|events> <baseUrl> <token> <calls> <warmup> <concurrency> <clk_tck>");
            return 2;
        }

        var calls = int.Parse(callsText, CultureInfo.InvariantCulture);
        var warmup = int.Parse(warmupText, CultureInfo.InvariantCulture);
        var concurrency = int.Parse(concurrencyText, CultureInfo.InvariantCulture);
        var clock = int.Parse(clockText, CultureInfo.InvariantCulture);
        using var http = new HttpClient();
        var baseUri = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        var client = new ParticleCloudClient(http, new ParticleCloudOptions { BaseAddress = baseUri, AccessToken = token });
        var raw = new RawParticleClient(http, baseUri, token, Device);
        var name = workload.StartsWith("raw-", StringComparison.Ordinal) ? RawClient : OurClient;
        var station = new WeatherStation(client, Device);
        Func<Task> call;
        switch (workload)
        {
            case "events":
                return await EventsAsync(name, SequenceNumbersAsync(client), calls, warmup, clock).ConfigureAwait(false);
            case "raw-events":
                return await EventsAsync(name, raw.SequenceNumbersAsync, calls, warmup, clock).ConfigureAwait(false);
            case "variable":
                call = async () => Check(await station.GetTempAsync().ConfigureAwait(false) == 0.0, "temp");
                break;
            case "function":
                call = async () => Check(await station.SetLocationAsync("Lausanne").ConfigureAwait(false) == 1, "setLocation");
                break;
            case "raw-variable":
                call = async () => Check(await raw.ReadVariableAsync().ConfigureAwait(false) == 0.0, "temp");
                break;
            case "raw-function":
                call = async () => Check(await raw.CallFunctionAsync().ConfigureAwait(false) == 1, "setLocation");
                break;
            default:
                throw new ArgumentException($"Unknown workload '{workload}'.");
        }

        await RunCallsAsync(call, warmup, concurrency).ConfigureAwait(false);
        var cpu = ProcessCpu.Seconds(clock);
        var watch = Stopwatch.StartNew();
        await RunCallsAsync(call, calls, concurrency).ConfigureAwait(false);
        Report(name, workload, concurrency, calls, watch.Elapsed.TotalSeconds, ProcessCpu.Seconds(clock) - cpu);
        return 0;
    }

    private static Func<CancellationToken, IAsyncEnumerable<int>> SequenceNumbersAsync(ParticleCloudClient client) =>
        cancellationToken => Sequence(client.SubscribeAsync(ParticleEventScope.MyDevices, cancellationToken: cancellationToken));

    private static async IAsyncEnumerable<int> Sequence(IAsyncEnumerable<ParticleEvent> events)
    {
        await foreach (var item in events.ConfigureAwait(false))
        {
            yield return int.Parse(item.Data!, CultureInfo.InvariantCulture);
        }
    }

    private static async Task RunCallsAsync(Func<Task> call, int count, int concurrency)
    {
        var next = -1;
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) < count)
                {
                    await call().ConfigureAwait(false);
                }
            });
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    /// <summary>
    /// Counts sequence numbers from the SSE source until the last one; the clock starts at event number
    /// <paramref name="warmup"/>, so a fresh process measures its steady state (the same warm-up the calls get).
    /// </summary>
    private static async Task<int> EventsAsync(string name, Func<CancellationToken, IAsyncEnumerable<int>> stream, int events, int warmup, int clock)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var expected = 0;
        var watch = new Stopwatch();
        var cpu = 0.0;
        await foreach (var sequence in stream(stop.Token).ConfigureAwait(false))
        {
            Check(sequence == expected, $"event {expected} (got {sequence})");
            if (expected == warmup)
            {
                cpu = ProcessCpu.Seconds(clock);
                watch.Start();
            }

            if (++expected == events)
            {
                break;
            }
        }

        Check(expected == events, $"{events} events (got {expected})");
        Report(name, "events", 1, events - warmup - 1, watch.Elapsed.TotalSeconds, ProcessCpu.Seconds(clock) - cpu);
        return 0;
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"Unexpected reply: {what}.");
        }
    }

    private static void Report(string client, string workload, int concurrency, int calls, double seconds, double cpuSeconds) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"client":"{{client}}","workload":"{{workload.Replace("raw-", string.Empty, StringComparison.Ordinal)}}","concurrency":{{concurrency}},"calls":{{calls}},"seconds":{{seconds:0.######}},"cpuSeconds":{{cpuSeconds:0.######}}}"""));
}
