using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using ParticleContracts.Benchmarks.Infrastructure;
using ParticleContracts.Simulator;

namespace ParticleContracts.Benchmarks.Events;

/// <summary>
/// Issue 18: the simulator's event path (device publish → event bus → one SSE writer per open stream) beside a static
/// replay of the very bytes it sends, over loopback to the same <see cref="ParticleCloudClient.SubscribeAsync"/>
/// readers, for one and for 16 subscribers. Both sides of a ratio read the same frames; the static side only skips the
/// publishing, the fan-out and the framing. Target: the simulator at ≥ 0.8× the static stream's throughput.
/// </summary>
[Config(typeof(FanOutConfig))]
public class SimulatorFanOutBenchmarks
{
    internal const int Events = 50_000;
    private const string ReadyEvent = "fan/ready";
    private const string DataEvent = "fan/data";

    private ParticleCloudSimulator _simulator = null!;
    private SimulatedDevice _device = null!;
    private RecordedStreamServer _static = null!;
    private HttpClient _http = null!;
    private ParticleCloudClient _simulatorClient = null!;
    private ParticleCloudClient _staticClient = null!;

    /// <summary>Open event streams, each reading every event.</summary>
    [Params(1, 16)]
    public int Subscribers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _simulator = ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { RateLimitPermits = int.MaxValue }).GetAwaiter().GetResult();
        _device = _simulator.AddDevice("fan-station");
        _http = new HttpClient();
        _simulatorClient = new ParticleCloudClient(_http, new ParticleCloudOptions { BaseAddress = _simulator.BaseAddress, AccessToken = _simulator.AccessToken });
        _static = new RecordedStreamServer(CaptureAsync().GetAwaiter().GetResult(), TimeSpan.Zero);
        _staticClient = new ParticleCloudClient(_http, new ParticleCloudOptions { BaseAddress = _static.BaseAddress, AccessToken = "benchmark-token" });

        var viaStatic = StaticStream().GetAwaiter().GetResult();
        var viaSimulator = SimulatorFanOut().GetAwaiter().GetResult();
        if (viaStatic != viaSimulator || viaStatic != (long)Subscribers * Events)
        {
            throw new InvalidOperationException($"The readers counted {viaStatic} events from the static stream and {viaSimulator} from the simulator.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _static.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _simulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "static replay of the simulator's bytes")]
    public async Task<long> StaticStream()
    {
        var readers = new Task<int>[Subscribers];
        for (var i = 0; i < readers.Length; i++)
        {
            readers[i] = ReadAsync(_staticClient, ready: null);
        }

        return (await Task.WhenAll(readers).ConfigureAwait(false)).Sum();
    }

    /// <summary>
    /// Waits, outside the measured time, until the earlier iterations' streams have closed: a reader that stops reading
    /// leaves its connection to <c>SocketsHttpHandler</c>'s response drain (up to 2 s), and until it closes, the
    /// simulator would encode and write the next iteration's events to it too, work the static side never does.
    /// </summary>
    /// <remarks>Both cases get it, so both run with the same invocation count and stay in one ratio group.</remarks>
    [IterationSetup]
    public void WaitForDepartedStreams()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_simulator.OpenEventStreams > 0 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(5);
        }
    }

    [Benchmark(Description = "simulator: publish → bus → SSE")]
    public async Task<long> SimulatorFanOut()
    {
        var readers = new Task<int>[Subscribers];
        var ready = new TaskCompletionSource[Subscribers];
        for (var i = 0; i < readers.Length; i++)
        {
            ready[i] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            readers[i] = ReadAsync(_simulatorClient, ready[i]);
        }

        await PublishAsync(Task.WhenAll(ready.Select(r => r.Task))).ConfigureAwait(false);
        return (await Task.WhenAll(readers).ConfigureAwait(false)).Sum();
    }

    /// <summary>Reads until the last data event; every data event's sequence number is checked.</summary>
    private static async Task<int> ReadAsync(ParticleCloudClient client, TaskCompletionSource? ready)
    {
        var next = 0;
        await foreach (var e in client.SubscribeAsync(ParticleEventScope.MyDevices).ConfigureAwait(false))
        {
            if (e.Name == ReadyEvent)
            {
                ready?.TrySetResult();
                continue;
            }

            if (e.Name != DataEvent || int.Parse(e.Data!, CultureInfo.InvariantCulture) != next)
            {
                throw new InvalidOperationException($"Expected {DataEvent} {next}, got {e.Name} '{e.Data}'.");
            }

            if (++next == Events)
            {
                break;
            }
        }

        return next;
    }

    /// <summary>
    /// Publishes "ready" events until every stream is open (the simulator subscribes before <c>:ok</c>), waits until the
    /// earlier iterations' streams have closed, then publishes the data events.
    /// </summary>
    private async Task PublishAsync(Task allReady)
    {
        while (!allReady.IsCompleted)
        {
            _device.PublishEvent(ReadyEvent);
            await Task.WhenAny(allReady, Task.Delay(1)).ConfigureAwait(false);
        }

        // Departed streams are waited for before the iteration (WaitForDepartedStreams); the setup's own runs and the
        // capture can still leave one, and data events must not be written to it.
        while (_simulator.OpenEventStreams > Subscribers)
        {
            await Task.Delay(1).ConfigureAwait(false);
        }

        for (var i = 0; i < Events; i++)
        {
            _device.PublishEvent(DataEvent, i.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The bytes the simulator sends one stream for a ready event and the data events, read raw off the socket.</summary>
    private async Task<byte[]> CaptureAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_simulator.BaseAddress, "v1/devices/events"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _simulator.AccessToken);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        var captured = new MemoryStream();
        var buffer = new byte[64 * 1024];
        var last = Encoding.UTF8.GetBytes($"\"data\":\"{Events - 1}\"");
        var sawOk = false;
        while (true)
        {
            var read = await body.ReadAsync(buffer).ConfigureAwait(false);
            if (read == 0)
            {
                throw new InvalidOperationException("The simulator ended the event stream during the capture.");
            }

            captured.Write(buffer, 0, read);
            if (!sawOk)
            {
                // The stream is subscribed once ":ok" is out: publish one ready event and the data events.
                sawOk = true;
                _device.PublishEvent(ReadyEvent);
                for (var i = 0; i < Events; i++)
                {
                    _device.PublishEvent(DataEvent, i.ToString(CultureInfo.InvariantCulture));
                }
            }

            var bytes = captured.GetBuffer().AsSpan(0, (int)captured.Length);
            var at = bytes.IndexOf(last);
            if (at >= 0 && bytes[at..].IndexOf("\n\n"u8) is var end and >= 0)
            {
                return bytes[..(at + end + 2)].ToArray();
            }
        }
    }
}

/// <summary>Adds event deliveries per second (every subscriber reads every event) to the shared columns.</summary>
internal sealed class FanOutConfig : BenchmarkConfig
{
    public FanOutConfig() => AddColumn(new ItemsPerSecondColumn("Events/s per subscriber (median)", SimulatorFanOutBenchmarks.Events));
}
