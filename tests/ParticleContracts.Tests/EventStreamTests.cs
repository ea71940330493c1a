using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging.Testing;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>SSE subscription: framing, keep-alives, reconnects, cancellation.</summary>
public sealed class EventStreamTests
{
    private const string Device = "0123456789abcdef01234567";

    // Guards against a hang if a test fails; never reached by a passing test.
    private static readonly TimeSpan Safety = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Parses_split_chunks_crlf_and_lf_comments_keepalives_and_multiline_data()
    {
        var stream = new ChunkedStream()
            .Send(":ok\n\n")
            .Send("event: temp")
            .Send("erature\r\ndata: {\"data\":\"23.4\",\"ttl\":60,\"published_at\":\"2024-05-13T10:55:02.520Z\",\"coreid\":\"e00f\"")
            .Send(",\"userid\":\"u\",\"version\":0,\"public\":false,\"productID\":30301}\r")
            .Send("\n\r\n")
            .Send("\n\n\n")
            .Send("event: multi\ndata: {\"data\":\"a\",\n")
            .Send("data: \"ttl\":\"60\",\"coreid\":\"api\"}\n\n")
            .Send("\n")
            .Send("event: raw\ndata: line1\ndata: line2\n\n");
        var (handler, _) = Streams(stream);
        var client = TestClients.Create(handler);

        var events = await Take(client.SubscribeAsync(ParticleEventScope.MyDevices), 3);

        Assert.Equal(["temperature", "multi", "raw"], events.Select(e => e.Name));
        var first = events[0];
        Assert.Equal("23.4", first.Data);
        Assert.Equal(60, first.Ttl);
        Assert.Equal(new DateTimeOffset(2024, 5, 13, 10, 55, 2, 520, TimeSpan.Zero), first.PublishedAt);
        Assert.Equal("e00f", first.DeviceId);
        Assert.False(first.Public);
        Assert.Equal(30301, first.ProductId);
        Assert.Equal("a", events[1].Data);
        Assert.Equal(60, events[1].Ttl);
        Assert.Equal("api", events[1].DeviceId);
        Assert.Equal("line1\nline2", events[2].Data);

        var request = handler.Single;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("/v1/devices/events", request.PathAndQuery);
        Assert.Equal("text/event-stream", request.Accept);
        Assert.Equal($"Bearer {TestClients.Token}", request.Authorization);
        Assert.True(stream.Disposed);
    }

    [Theory]
    [InlineData(null, "mine", null, "temp", "/v1/devices/events/temp")]
    [InlineData(null, "device", "my device", null, "/v1/devices/my%20device/events")]
    [InlineData(null, "device", "my device", "door/open", "/v1/devices/my%20device/events/door%2Fopen")]
    [InlineData("my-product", "device", Device, "t", "/v1/products/my-product/devices/0123456789abcdef01234567/events/t")]
    [InlineData("my-product", "product", null, null, "/v1/products/my-product/events")]
    [InlineData(null, "product:42", null, "t", "/v1/products/42/events/t")]
    [InlineData(null, "public", null, "weather", "/v1/events/weather")]
    public async Task Subscribes_to_the_route_of_each_scope(string? product, string scope, string? device, string? prefix, string expectedPath)
    {
        var (handler, _) = Streams(new ChunkedStream().Send("event: e\ndata: {}\n\n"));
        var client = TestClients.Create(handler, o => o.Product = product);
        var eventScope = scope switch
        {
            "mine" => ParticleEventScope.MyDevices,
            "device" => ParticleEventScope.Device(device!),
            "product" => ParticleEventScope.ForProduct(),
            "public" => ParticleEventScope.Public,
            _ => ParticleEventScope.ForProduct(scope.Split(':')[1]),
        };

        await Take(client.SubscribeAsync(eventScope, prefix), 1);

        Assert.Equal(expectedPath, handler.Single.PathAndQuery);
    }

    [Theory]
    [InlineData(ParticleTokenPlacement.QueryString, "/v1/devices/events?access_token=" + TestClients.Token, null)]
    [InlineData(ParticleTokenPlacement.FormBody, "/v1/devices/events", "Bearer " + TestClients.Token)]
    public async Task Stream_requests_follow_the_token_placement(ParticleTokenPlacement placement, string expectedPathAndQuery, string? expectedAuthorization)
    {
        var (handler, _) = Streams(new ChunkedStream().Send("event: e\ndata: {}\n\n"));
        var client = TestClients.Create(handler, o => o.TokenPlacement = placement);

        await Take(client.SubscribeAsync(ParticleEventScope.MyDevices), 1);

        Assert.Equal(expectedPathAndQuery, handler.Single.PathAndQuery);
        Assert.Equal(expectedAuthorization, handler.Single.Authorization);
        Assert.Null(handler.Single.Body);
    }

    [Fact]
    public async Task Public_stream_without_prefix_is_rejected()
    {
        var (handler, _) = Streams(new ChunkedStream());
        var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ArgumentException>(() => Take(client.SubscribeAsync(ParticleEventScope.Public), 1));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Reconnects_after_the_server_drops_the_stream()
    {
        var first = new ChunkedStream().Send(":ok\n\nevent: one\ndata: {\"data\":\"1\"}\n\n");
        first.End();
        var second = new ChunkedStream().Send(":ok\n\nevent: two\ndata: {\"data\":\"2\"}\n\n");
        var (handler, _) = Streams(first, second);
        var (client, logs) = TestClients.CreateWithLogger(handler, FastReconnect);

        var events = await Take(client.SubscribeAsync(ParticleEventScope.MyDevices), 2);

        Assert.Equal(["one", "two"], events.Select(e => e.Name));
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(first.Disposed);
        var reconnect = Assert.Single(logs.Collector.GetSnapshot(), r => r.Id.Name == "ParticleEventStreamReconnecting");
        Assert.Contains("closed", reconnect.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnects_when_the_stream_stays_idle()
    {
        var silent = new ChunkedStream().Send(":ok\n\n");
        var second = new ChunkedStream().Send("event: after-idle\ndata: {}\n\n");
        var (handler, _) = Streams(silent, second);
        var (client, logs) = TestClients.CreateWithLogger(handler, o =>
        {
            FastReconnect(o);
            o.EventStreamIdleTimeout = TimeSpan.FromMilliseconds(150);
        });

        var events = await Take(client.SubscribeAsync(ParticleEventScope.Device("kitchen")), 1);

        Assert.Equal("after-idle", Assert.Single(events).Name);
        Assert.Equal(2, handler.Requests.Count);
        Assert.True(silent.Disposed);
        var reconnect = Assert.Single(logs.Collector.GetSnapshot(), r => r.Id.Name == "ParticleEventStreamReconnecting");
        Assert.Contains("idle timeout", reconnect.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keepalive_newlines_keep_the_stream_open_and_silence_past_the_idle_timeout_reconnects()
    {
        var time = new FakeTimeProvider();
        var first = new ChunkedStream().Send(":ok\n\n");
        var second = new ChunkedStream().Send("event: after-idle\ndata: {}\n\n");
        var (handler, _) = Streams(first, second);
        var client = TestClients.Create(handler, o =>
        {
            o.TimeProvider = time;
            o.EventStreamReconnectDelay = TimeSpan.Zero;
        });
        var received = Channel.CreateUnbounded<ParticleEvent>();
        using var safety = new CancellationTokenSource(Safety);
        var consumer = Task.Run(async () =>
        {
            await foreach (var item in client.SubscribeAsync(ParticleEventScope.MyDevices, cancellationToken: safety.Token))
            {
                await received.Writer.WriteAsync(item);
            }
        });
        await WaitUntil(() => handler.Requests.Count == 1);

        // 40 s of fake time with a keep-alive newline every 10 s: never 15 s without a byte.
        // Each newline is read (and the idle clock re-armed) before the next 10 s pass.
        await WaitUntil(() => first.IsDrained);
        for (var i = 0; i < 4; i++)
        {
            time.Advance(TimeSpan.FromSeconds(10));
            first.Send("\n");
            await WaitUntil(() => first.IsDrained);
        }

        first.Send("event: kept\ndata: {}\n\n");
        Assert.Equal("kept", (await received.Reader.ReadAsync(safety.Token)).Name);
        Assert.Single(handler.Requests);

        // Now silence: once more than 15 s pass without a byte, the client reconnects.
        while (handler.Requests.Count < 2)
        {
            time.Advance(TimeSpan.FromSeconds(16));
            await Task.Delay(5, safety.Token);
        }

        Assert.Equal("after-idle", (await received.Reader.ReadAsync(safety.Token)).Name);
        Assert.True(first.Disposed);
        await safety.CancelAsync();
        await consumer;
    }

    [Fact]
    public async Task Reconnects_after_transient_connect_failures()
    {
        var stream = new ChunkedStream().Send("event: finally\ndata: {}\n\n");
        var handler = new StubHttpHandler((_, index, _) => index switch
        {
            0 => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)),
            1 => Task.FromException<HttpResponseMessage>(new HttpRequestException("connection refused")),
            2 => Task.FromResult(StubHttpHandler.Json(HttpStatusCode.TooManyRequests, "{}")),
            _ => Task.FromResult(EventStreamResponse(stream)),
        });
        var (client, logs) = TestClients.CreateWithLogger(handler, FastReconnect);

        var events = await Take(client.SubscribeAsync(ParticleEventScope.MyDevices), 1);

        Assert.Equal("finally", Assert.Single(events).Name);
        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(
            ["server error", "network error", "rate limited"],
            logs.Collector.GetSnapshot().Where(r => r.Id.Name == "ParticleEventStreamReconnecting").Select(r => (string)r.StructuredState!.Single(p => p.Key == "Reason").Value!));
    }

    [Fact]
    public async Task Token_errors_end_the_subscription_with_their_exception()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.Unauthorized, """{"error":"invalid_token","error_description":"The access token provided is invalid."}""");
        var client = TestClients.Create(handler, FastReconnect);

        var error = await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => Take(client.SubscribeAsync(ParticleEventScope.MyDevices), 1));
        Assert.Equal("The access token provided is invalid.", error.ErrorDescription);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancellation_while_waiting_for_events_ends_the_sequence_cleanly()
    {
        var stream = new ChunkedStream().Send(":ok\n\nevent: first\ndata: {}\n\n");
        var (handler, _) = Streams(stream);
        var client = TestClients.Create(handler);
        using var cancellation = new CancellationTokenSource();

        var received = new List<string>();
        await foreach (var item in client.SubscribeAsync(ParticleEventScope.MyDevices, cancellationToken: cancellation.Token))
        {
            received.Add(item.Name);
            cancellation.Cancel(); // the next wait on the open stream observes it
        }

        Assert.Equal(["first"], received);
        Assert.True(stream.Disposed);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancellation_during_the_reconnect_delay_ends_the_sequence_cleanly()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var client = TestClients.Create(handler, o => o.EventStreamReconnectDelay = o.EventStreamMaxReconnectDelay = TimeSpan.FromMinutes(5));
        using var cancellation = new CancellationTokenSource();

        var subscription = Task.Run(async () =>
        {
            await foreach (var _ in client.SubscribeAsync(ParticleEventScope.MyDevices, cancellationToken: cancellation.Token))
            {
            }
        });
        while (handler.Requests.IsEmpty)
        {
            await Task.Delay(1);
        }

        cancellation.Cancel();
        await subscription.WaitAsync(Safety);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Cancellation_before_start_sends_nothing()
    {
        var (handler, _) = Streams(new ChunkedStream());
        var client = TestClients.Create(handler);

        var events = new List<ParticleEvent>();
        await foreach (var item in client.SubscribeAsync(ParticleEventScope.MyDevices, cancellationToken: new CancellationToken(canceled: true)))
        {
            events.Add(item);
        }

        Assert.Empty(events);
        Assert.Empty(handler.Requests);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var safety = new CancellationTokenSource(Safety);
        while (!condition())
        {
            await Task.Delay(1, safety.Token);
        }
    }

    private static void FastReconnect(ParticleCloudOptions options)
    {
        options.EventStreamReconnectDelay = TimeSpan.FromMilliseconds(1);
        options.EventStreamMaxReconnectDelay = TimeSpan.FromMilliseconds(5);
    }

    private static (StubHttpHandler Handler, ConcurrentQueue<ChunkedStream> Remaining) Streams(params ChunkedStream[] streams)
    {
        var remaining = new ConcurrentQueue<ChunkedStream>(streams);
        var handler = new StubHttpHandler(_ => remaining.TryDequeue(out var next)
            ? EventStreamResponse(next)
            : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        return (handler, remaining);
    }

    private static HttpResponseMessage EventStreamResponse(ChunkedStream stream)
    {
        var content = new StreamContent(stream);
        content.Headers.ContentType = new("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    private static async Task<List<ParticleEvent>> Take(IAsyncEnumerable<ParticleEvent> events, int count)
    {
        using var safety = new CancellationTokenSource(Safety);
        var taken = new List<ParticleEvent>();
        await foreach (var item in events.WithCancellation(safety.Token))
        {
            taken.Add(item);
            if (taken.Count == count)
            {
                break;
            }
        }

        Assert.False(safety.IsCancellationRequested, "the subscription did not deliver the expected events");
        return taken;
    }
}
