using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ParticleContracts.Benchmarks.Client;
using ParticleContracts.Benchmarks.Infrastructure;

namespace ParticleContracts.Benchmarks.Events;

/// <summary>
/// Issue 8 §5: events per second through the client's event reader (<see cref="ParticleCloudClient.SubscribeAsync"/>:
/// SSE framing, idle-timeout stream, JSON to <see cref="ParticleEvent"/>) over a recorded 100,000-event stream served
/// from memory, beside a hand-written <see cref="SseParser"/> + <see cref="JsonDocument"/> loop reading the same fields.
/// Target: ≥ 1,000,000 events/s.
/// </summary>
[Config(typeof(EventStreamConfig))]
public class EventStreamBenchmarks
{
    internal const int Events = 100_000;

    private byte[] _recorded = [];
    private ParticleCloudClient _client = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup()
    {
        _recorded = RecordedEventStream.Create(Events);
        _http = new HttpClient(new RecordedStreamHandler(_recorded));
        _client = new ParticleCloudClient(_http, new ParticleCloudOptions
        {
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            AccessToken = "benchmark-token",
        });

        var viaClient = ClientSubscribe().GetAwaiter().GetResult();
        var viaBaseline = SseParserAndJsonDocument().GetAwaiter().GetResult();
        if (viaClient != viaBaseline)
        {
            throw new InvalidOperationException($"The client read a different payload total ({viaClient}) than the baseline ({viaBaseline}).");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "SseParser + JsonDocument")]
    public async Task<long> SseParserAndJsonDocument()
    {
        long total = 0;
        var count = 0;
        await foreach (var item in SseParser.Create(new MemoryStream(_recorded, writable: false)).EnumerateAsync().ConfigureAwait(false))
        {
            total += RawParticleClient.ReadEnvelope(item.Data).Length + item.EventType.Length;
            if (++count == Events)
            {
                break;
            }
        }

        return total;
    }

    [Benchmark(Description = "ParticleCloudClient.SubscribeAsync")]
    public async Task<long> ClientSubscribe()
    {
        long total = 0;
        var count = 0;
        await foreach (var e in _client.SubscribeAsync(ParticleEventScope.MyDevices).ConfigureAwait(false))
        {
            total += (e.Data?.Length ?? 0) + e.Name.Length;
            if (++count == Events)
            {
                break;
            }
        }

        return total;
    }

    /// <summary>Serves the recorded stream for every request, as the cloud would (200, text/event-stream).</summary>
    private sealed class RecordedStreamHandler(byte[] recorded) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new MemoryStream(recorded, writable: false));
            content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}

/// <summary>Adds events per second to the shared columns.</summary>
internal sealed class EventStreamConfig : BenchmarkConfig
{
    public EventStreamConfig() => AddColumn(new ItemsPerSecondColumn("Events/s (median)", EventStreamBenchmarks.Events));
}
