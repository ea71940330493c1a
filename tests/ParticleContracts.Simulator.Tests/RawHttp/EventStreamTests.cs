using System.Net;
using System.Text;

namespace ParticleContracts.Simulator.Tests.RawHttp;

public sealed class EventStreamTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedDevice _lamp = null!;
    private SimulatedDevice _sensor = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(50) });
        _http = SimulatorHttp.AuthorizedClient(_sim);
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _lamp = _sim.AddDevice("lamp");
        _sensor = _sim.AddDevice("sensor", productId: 555);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task Stream_opens_with_ok_then_event_and_data_lines_with_the_cloud_fields()
    {
        using var response = await _http.GetAsync("v1/devices/events", HttpCompletionOption.ResponseHeadersRead);
        await _sim.WaitForEventStreamsAsync(1);
        var body = await response.Content.ReadAsStreamAsync();
        _lamp.PublishEvent("temperature", "23.4");

        var text = await ReadUntilAsync(body, "}\n\n");

        Assert.StartsWith(":ok\n\n", text, StringComparison.Ordinal);
        var frame = text[text.IndexOf("event:", StringComparison.Ordinal)..];
        Assert.Matches(
            "^event: temperature\ndata: \\{\"data\":\"23.4\",\"ttl\":60,\"published_at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\",\"coreid\":\"" + _lamp.Id + "\",\"userid\":\"[0-9a-f]{24}\",\"version\":0,\"public\":false\\}\n\n$",
            frame);
    }

    [Fact]
    public async Task Idle_stream_gets_keep_alive_newlines()
    {
        using var response = await _http.GetAsync("v1/devices/events", HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsStreamAsync();

        var text = await ReadUntilAsync(body, ":ok\n\n\n\n");

        Assert.Equal(":ok\n\n\n\n", text);
    }

    [Fact]
    public async Task Prefix_filter_matches_names_that_start_with_it()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events/temp");

        _lamp.PublishEvent("humidity", "40");
        _lamp.PublishEvent("temperature", "21");
        _lamp.PublishEvent("Temp", "case differs");
        _lamp.PublishEvent("temp", "exact");

        Assert.Equal(("temperature", "21"), Summary(await stream.NextAsync()));
        Assert.Equal(("temp", "exact"), Summary(await stream.NextAsync()));
    }

    [Fact]
    public async Task Prefix_may_contain_slashes()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events/spark/status");

        _lamp.PublishEvent("spark/other", "x");
        _lamp.SetOnline(false);

        var (name, data) = await stream.NextAsync();
        Assert.Equal("spark/status", name);
        Assert.Equal("offline", data.GetProperty("data").GetString());
        Assert.Equal(_lamp.Id, data.GetProperty("coreid").GetString());
    }

    [Fact]
    public async Task Device_stream_only_carries_that_device()
    {
        var other = _sim.AddDevice("other");
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/lamp/events");

        other.PublishEvent("ping", "other");
        _lamp.PublishEvent("ping", "lamp");

        var (_, data) = await stream.NextAsync();
        Assert.Equal("lamp", data.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Device_stream_with_prefix()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, $"v1/devices/{_lamp.Id}/events/mo");

        _lamp.PublishEvent("ping", "no");
        _lamp.PublishEvent("motion", "yes");

        Assert.Equal(("motion", "yes"), Summary(await stream.NextAsync()));
    }

    [Fact]
    public async Task Api_publish_is_delivered_as_coreid_api_and_answers_ok()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events");

        var (status, body) = await _http.PostJsonAsync("v1/devices/events", """{"name":"deploy","data":"v2","private":true}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"ok":true}""", body.Json());
        var (name, data) = await stream.NextAsync();
        Assert.Equal("deploy", name);
        Assert.Equal("api", data.GetProperty("coreid").GetString());
        Assert.False(data.GetProperty("public").GetBoolean());
    }

    [Fact]
    public async Task Form_encoded_publish_works_and_a_missing_name_is_400()
    {
        var (ok, _) = await _http.PostFormAsync("v1/devices/events", ("name", "x"), ("data", "1"), ("private", "true"));
        var (missing, body) = await _http.PostFormAsync("v1/devices/events", ("data", "1"));

        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.False(body.GetProperty("ok").GetBoolean());
        Assert.Contains(_sim.PublishedEvents, e => e.Name == "x" && e.CoreId == "api");
    }

    [Fact]
    public async Task Event_name_over_64_bytes_is_400()
    {
        var (status, _) = await _http.PostJsonAsync("v1/devices/events", $$"""{"name":"{{new string('n', 65)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Public_prefix_stream_sees_public_events_and_the_callers_own()
    {
        var stranger = _sim.AddDevice("stranger", owner: "someone@else");
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/events/weather");

        stranger.PublishEvent("weather/private", "hidden");
        stranger.PublishEvent("weather/public", "shared", isPublic: true);
        _lamp.PublishEvent("weather/mine", "own");

        Assert.Equal(("weather/public", "shared"), Summary(await stream.NextAsync()));
        Assert.Equal(("weather/mine", "own"), Summary(await stream.NextAsync()));
    }

    [Fact]
    public async Task Mine_stream_does_not_see_other_users_events()
    {
        var stranger = _sim.AddDevice("stranger", owner: "someone@else");
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events");

        stranger.PublishEvent("news", "theirs", isPublic: true);
        _lamp.PublishEvent("news", "mine");

        Assert.Equal(("news", "mine"), Summary(await stream.NextAsync()));
    }

    [Fact]
    public async Task Bare_public_firehose_is_400()
    {
        var (status, _) = await _http.GetJsonAsync("v1/events");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Product_streams_carry_product_devices_and_product_publishes()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/products/555/events");

        _lamp.PublishEvent("status", "developer device");
        _sensor.PublishEvent("status", "product device");
        var (status, _) = await _http.PostJsonAsync("v1/products/555/events", """{"name":"broadcast","data":"all"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, first) = await stream.NextAsync();
        Assert.Equal("product device", first.GetProperty("data").GetString());
        Assert.Equal(555, first.GetProperty("productID").GetInt32());
        Assert.Equal(("broadcast", "all"), Summary(await stream.NextAsync()));
    }

    [Fact]
    public async Task Product_device_stream_with_prefix()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, $"v1/products/555/devices/{_sensor.Id}/events/al");

        _sensor.PublishEvent("other", "no");
        _sensor.PublishEvent("alarm", "yes");

        Assert.Equal(("alarm", "yes"), Summary(await stream.NextAsync()));
    }

    [Fact]
    public async Task Stream_of_an_unknown_or_foreign_device_is_403()
    {
        _sim.AddDevice("stranger", owner: "someone@else");

        var (unknown, _) = await _http.GetJsonAsync("v1/devices/nobody/events");
        var (foreign, _) = await _http.GetJsonAsync("v1/devices/stranger/events");

        Assert.Equal(HttpStatusCode.Forbidden, unknown);
        Assert.Equal(HttpStatusCode.Forbidden, foreign);
    }

    [Fact]
    public async Task Several_subscribers_each_get_every_event()
    {
        await using var first = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events", expectedStreams: 1);
        await using var second = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events/t", expectedStreams: 2);

        _lamp.PublishEvent("t1", "a");
        _lamp.PublishEvent("t2", "b");

        Assert.Equal(("t1", "a"), Summary(await first.NextAsync()));
        Assert.Equal(("t2", "b"), Summary(await first.NextAsync()));
        Assert.Equal(("t1", "a"), Summary(await second.NextAsync()));
        Assert.Equal(("t2", "b"), Summary(await second.NextAsync()));
    }

    [Fact]
    public async Task Closing_a_stream_unsubscribes_it()
    {
        var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events");

        await stream.DisposeAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_sim.OpenEventStreams > 0)
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(0, _sim.OpenEventStreams);
    }

    [Fact]
    public async Task Device_publish_counts_as_hearing_from_the_device()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { TimeProvider = clock });
        var device = sim.AddDevice("d");

        clock.Advance(TimeSpan.FromMinutes(7));
        device.PublishEvent("ping");

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 7, 0, TimeSpan.Zero), device.LastHeard);
    }

    [Fact]
    public async Task Event_history_keeps_only_the_most_recent_events()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { EventHistoryLimit = 3 });
        var device = sim.AddDevice("d");

        for (var i = 0; i < 5; i++)
        {
            device.PublishEvent("e", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(["2", "3", "4"], sim.PublishedEvents.Select(e => e.Data));
    }

    private static (string Name, string? Data) Summary((string Name, System.Text.Json.JsonElement Data) e) =>
        (e.Name, e.Data.GetProperty("data").GetString());

    private static async Task<string> ReadUntilAsync(Stream body, string terminator)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var text = new StringBuilder();
        var buffer = new byte[1024];
        while (!text.ToString().Contains(terminator, StringComparison.Ordinal))
        {
            var read = await body.ReadAsync(buffer, timeout.Token);
            Assert.NotEqual(0, read);
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        var all = text.ToString();
        return all[..(all.IndexOf(terminator, StringComparison.Ordinal) + terminator.Length)];
    }
}
