using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ParticleContracts.Simulator.Cloud;
using ParticleContracts.Simulator.Http;

namespace ParticleContracts.Simulator.Tests.RawHttp;

/// <summary>The event path under load: bursts batched into few writes, one encoding shared by every stream.</summary>
public sealed class EventFanOutTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedDevice _lamp = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(50) });
        _http = SimulatorHttp.AuthorizedClient(_sim);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _lamp = _sim.AddDevice("lamp");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task A_burst_larger_than_one_flush_reaches_every_stream_complete_and_in_order()
    {
        await using var first = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events", expectedStreams: 1);
        await using var second = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events/burst", expectedStreams: 2);
        const int Count = 3_000; // ≈ 600 KB of frames: many flush batches per stream

        for (var i = 0; i < Count; i++)
        {
            _lamp.PublishEvent("burst", i.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var stream in new[] { first, second })
        {
            for (var i = 0; i < Count; i++)
            {
                var (name, data) = await stream.NextAsync();
                Assert.Equal("burst", name);
                Assert.Equal(i.ToString(CultureInfo.InvariantCulture), data.GetProperty("data").GetString());
            }
        }
    }

    [Fact]
    public async Task Events_still_arrive_between_keep_alives()
    {
        using var response = await _http.GetAsync("v1/devices/events", HttpCompletionOption.ResponseHeadersRead);
        await _sim.WaitForEventStreamsAsync(1);
        var body = await response.Content.ReadAsStreamAsync();

        var text = await ReadUntilAsync(body, ":ok\n\n\n");
        _lamp.PublishEvent("first", "1");
        text += await ReadUntilAsync(body, "}\n\n\n");
        _lamp.PublishEvent("second", "2");
        text += await ReadUntilAsync(body, "}\n\n");

        Assert.StartsWith(":ok\n\n\n", text, StringComparison.Ordinal);
        Assert.Contains("event: first\ndata: {\"data\":\"1\"", text, StringComparison.Ordinal);
        Assert.Contains("}\n\n\n", text, StringComparison.Ordinal); // a keep-alive after the first event
        Assert.EndsWith("}\n\n", text, StringComparison.Ordinal);
        Assert.Contains("event: second\ndata: {\"data\":\"2\"", text, StringComparison.Ordinal);
    }

    public static TheoryData<SimulatedEvent> Events() => new()
    {
        new SimulatedEvent("temperature", "23.4", 60, new DateTimeOffset(2026, 5, 13, 10, 55, 2, 520, TimeSpan.Zero), "e00fce68a1b2c3d4e5f60718", false, null) { Owner = "alice" },
        new SimulatedEvent("weird\nname", "<b> \"q\" & 'a' café ✓\n\t\\", 60, new DateTimeOffset(2026, 5, 13, 10, 55, 2, 0, TimeSpan.FromHours(2)), "api", true, 30301) { Owner = null },
        new SimulatedEvent("spark/status", null, 60, new DateTimeOffset(2026, 5, 13, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(9_999), "particle-internal", false, 7) { Owner = "bob" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Frame_is_the_cloud_envelope_written_with_the_default_json_escaping(SimulatedEvent e)
    {
        // The same envelope built as a JsonObject and written by System.Text.Json's defaults, field by field.
        var data = new JsonObject
        {
            ["data"] = e.Data,
            ["ttl"] = e.Ttl,
            ["published_at"] = e.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["coreid"] = e.CoreId,
        };
        if (e.Owner is { } owner)
        {
            data["userid"] = UserIds.FromUsername(owner);
        }

        data["version"] = 0;
        data["public"] = e.IsPublic;
        if (e.ProductId is { } productId)
        {
            data["productID"] = productId;
        }

        var expected = $"event: {e.Name.Replace('\n', ' ')}\ndata: {data.ToJsonString()}\n\n";

        Assert.Equal(expected, Encoding.UTF8.GetString(EventStreamWriter.Frame(e)));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void A_frame_written_into_a_pipe_is_the_shared_encoding_and_reports_its_length(SimulatedEvent e)
    {
        var pipe = new System.IO.Pipelines.Pipe();
        var first = EventStreamWriter.WriteFrame(e, pipe.Writer);
        var second = EventStreamWriter.WriteFrame(e, pipe.Writer);
        pipe.Writer.Complete();
        Assert.True(pipe.Reader.TryRead(out var read));
        var written = System.Buffers.BuffersExtensions.ToArray(read.Buffer);

        var frame = EventStreamWriter.Frame(e);
        Assert.Equal(frame.Length, first);
        Assert.Equal(frame.Length, second);
        Assert.Equal([.. frame, .. frame], written);
    }

    [Fact]
    public async Task An_event_only_one_stream_sends_and_one_two_streams_send_arrive_alike()
    {
        await using var all = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events", expectedStreams: 1);
        _lamp.PublishEvent("solo", "1");
        await using var burst = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events/shared", expectedStreams: 2);
        _lamp.PublishEvent("shared", "2");

        var (soloName, soloData) = await all.NextAsync();
        var (sharedName, sharedData) = await all.NextAsync();
        var (burstName, burstData) = await burst.NextAsync();
        Assert.Equal(("solo", "1"), (soloName, soloData.GetProperty("data").GetString()));
        Assert.Equal(("shared", "2"), (sharedName, sharedData.GetProperty("data").GetString()));
        Assert.Equal(("shared", "2"), (burstName, burstData.GetProperty("data").GetString()));
        Assert.Equal(sharedData.GetRawText(), burstData.GetRawText());
    }

    [Fact]
    public void Streams_share_one_encoding_of_an_event()
    {
        var queued = new QueuedEvent(new SimulatedEvent("t", "1", 60, DateTimeOffset.UnixEpoch, "api", false, null), streams: 2);
        var encodings = 0;
        byte[] Encode(SimulatedEvent e)
        {
            encodings++;
            return EventStreamWriter.Frame(e);
        }

        var first = queued.Encoded(Encode);
        var second = queued.Encoded(Encode);

        Assert.Same(first, second);
        Assert.Equal(1, encodings);
    }

    private static async Task<string> ReadUntilAsync(Stream body, string terminator)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var text = new StringBuilder();
        var buffer = new byte[1];
        while (!text.ToString().EndsWith(terminator, StringComparison.Ordinal))
        {
            var read = await body.ReadAsync(buffer, timeout.Token);
            Assert.True(read > 0, $"The stream ended before \"{terminator}\"; got \"{text}\".");
            text.Append((char)buffer[0]);
        }

        return text.ToString();
    }
}
