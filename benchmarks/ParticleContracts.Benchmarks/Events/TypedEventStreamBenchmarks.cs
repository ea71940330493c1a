using System.Net;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using ParticleContracts.Benchmarks.Devices;
using ParticleContracts.Benchmarks.Infrastructure;

namespace ParticleContracts.Benchmarks.Events;

/// <summary>
/// Issues 13 and 18: typed event payloads through the generated stream member
/// (<c>WeatherStation.WeatherReadingEventsFromAllDevicesAsync</c>: <see cref="ParticleCloudClient.SubscribeAsync"/>, the
/// exact-name filter and the generated <c>WeatherReadingPayload.ReadJson</c>) over a recorded 100,000-event
/// <c>weather/reading</c> stream served from memory, beside a hand-written loop of <see cref="SseParser"/> over UTF-8
/// plus the source-generated <see cref="JsonSerializer"/> (<see cref="BaselineJsonContext"/>) for the envelope and
/// then the payload. Both keep the same fields and check the event name. Target: ≤ 1.1× the baseline's time.
/// </summary>
/// <remarks>
/// The baseline's payload is a record of the generated one's shape: System.Text.Json's generator cannot see types
/// another generator writes in the same compilation.
/// </remarks>
[Config(typeof(TypedEventStreamConfig))]
public class TypedEventStreamBenchmarks
{
    internal const int Events = 100_000;
    private const string EventName = "weather/reading";

    private byte[] _recorded = [];
    private ParticleCloudClient _client = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public void Setup()
    {
        _recorded = RecordedEventStream.CreateWeatherReadings(Events);
        _http = new HttpClient(new RecordedStreamHandler(_recorded));
        _client = new ParticleCloudClient(_http, new ParticleCloudOptions
        {
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            AccessToken = "benchmark-token",
        });

        var viaClient = GeneratedTypedStream().GetAwaiter().GetResult();
        var viaBaseline = SseParserAndSourceGeneratedJson().GetAwaiter().GetResult();
        if (viaClient != viaBaseline)
        {
            throw new InvalidOperationException($"The typed stream read a different checksum ({viaClient}) than the baseline ({viaBaseline}).");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    [Benchmark(Baseline = true, Description = "SseParser + source-generated JsonSerializer")]
    public async Task<long> SseParserAndSourceGeneratedJson()
    {
        long total = 0;
        var count = 0;
        var parser = SseParser.Create(
            new MemoryStream(_recorded, writable: false),
            static (_, utf8) => JsonSerializer.Deserialize(utf8, BaselineJsonContext.Default.BaselineEnvelope));
        await foreach (var item in parser.EnumerateAsync().ConfigureAwait(false))
        {
            if (item.Data is not { Data: { } data } envelope || !string.Equals(item.EventType, EventName, StringComparison.Ordinal))
            {
                continue;
            }

            var payload = JsonSerializer.Deserialize(data, BaselineJsonContext.Default.BaselineWeatherReading)!;
            total += Checksum(payload.Temp, payload.Humidity, payload.Raining, envelope.CoreId, envelope.PublishedAt, envelope.Ttl);
            if (++count == Events)
            {
                break;
            }
        }

        return total;
    }

    [Benchmark(Description = "Generated typed stream (SubscribeAsync + ReadJson)")]
    public async Task<long> GeneratedTypedStream()
    {
        long total = 0;
        var count = 0;
        await foreach (var e in WeatherStation.WeatherReadingEventsFromAllDevicesAsync(_client).ConfigureAwait(false))
        {
            var payload = e.Data ?? throw new InvalidOperationException(e.PayloadError?.Message);
            total += Checksum(payload.Temp, payload.Humidity, payload.Raining, e.DeviceId, e.PublishedAt, e.Ttl);
            if (++count == Events)
            {
                break;
            }
        }

        return total;
    }

    private static long Checksum(double temp, int humidity, bool raining, string? deviceId, DateTimeOffset? publishedAt, int? ttl) =>
        (long)Math.Round(temp * 10) + humidity + (raining ? 1000 : 0) + (deviceId?.Length ?? 0)
        + (publishedAt?.Millisecond ?? 0) + (ttl ?? 0);

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

/// <summary>The cloud's event envelope, the fields a typed event keeps.</summary>
internal sealed record BaselineEnvelope(
    [property: JsonPropertyName("data")] string? Data,
    [property: JsonPropertyName("ttl")] int? Ttl,
    [property: JsonPropertyName("published_at")] DateTimeOffset? PublishedAt,
    [property: JsonPropertyName("coreid")] string? CoreId,
    [property: JsonPropertyName("public")] bool? Public,
    [property: JsonPropertyName("productID")] int? ProductId);

/// <summary>The shape of the generated <c>WeatherStation.WeatherReadingPayload</c>.</summary>
internal sealed record BaselineWeatherReading(
    [property: JsonPropertyName("temp")] double Temp,
    [property: JsonPropertyName("humidity")] int Humidity,
    [property: JsonPropertyName("raining")] bool Raining);

/// <summary>The baseline's source-generated serializer metadata.</summary>
[JsonSerializable(typeof(BaselineEnvelope))]
[JsonSerializable(typeof(BaselineWeatherReading))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;

/// <summary>Adds events per second and bytes allocated per event to the shared columns.</summary>
internal sealed class TypedEventStreamConfig : BenchmarkConfig
{
    public TypedEventStreamConfig()
    {
        AddColumn(new ItemsPerSecondColumn("Events/s (median)", TypedEventStreamBenchmarks.Events));
        AddColumn(new AllocatedPerItemColumn("B/event", TypedEventStreamBenchmarks.Events));
    }
}
