using System.Diagnostics;
using System.Net;

namespace ParticleContracts.Simulator.Tests.RawHttp;

public sealed class FaultInjectionTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedDevice _lamp = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { FaultSeed = 1234, OfflineResponseDelay = TimeSpan.FromMilliseconds(20) });
        _http = SimulatorHttp.AuthorizedClient(_sim);
        _lamp = _sim.AddDevice("lamp").SetVariable("temp", 1).SetFunction("led", _ => 1);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task Latency_delays_every_reply_by_at_least_the_set_amount()
    {
        _sim.Faults.Latency = TimeSpan.FromMilliseconds(150);

        var watch = Stopwatch.StartNew();
        var (status, _) = await _http.GetJsonAsync("v1/devices/lamp/temp");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(140), $"Replied after {watch.Elapsed}.");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Scripted_failures_answer_the_next_requests_then_recover(int statusCode)
    {
        _sim.Faults.FailNextRequests(2, statusCode);

        var (first, body) = await _http.GetJsonAsync("v1/devices/lamp/temp");
        var (second, _) = await _http.PostJsonAsync("v1/devices/lamp/led", "{}");
        var (third, _) = await _http.GetJsonAsync("v1/devices/lamp/temp");

        Assert.Equal((HttpStatusCode)statusCode, first);
        Assert.Equal((HttpStatusCode)statusCode, second);
        Assert.False(body.GetProperty("ok").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, third);
        Assert.Empty(_lamp.FunctionCalls);
    }

    [Fact]
    public async Task Injected_429_carries_retry_after()
    {
        _sim.Faults.FailNextRequests(1, 429);

        using var response = await _http.GetAsync("v1/devices");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Intermittent_failures_hit_some_requests_and_not_others()
    {
        _sim.Faults.FailureRate = 0.5;
        _sim.Faults.FailureStatusCode = 502;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            statuses.Add((await _http.GetJsonAsync("v1/devices/lamp/temp")).Status);
        }

        Assert.Contains(HttpStatusCode.BadGateway, statuses);
        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.BadGateway));
    }

    [Fact]
    public async Task Reset_removes_every_fault()
    {
        _sim.Faults.FailureRate = 1;
        _sim.Faults.Reset();

        var (status, _) = await _http.GetJsonAsync("v1/devices/lamp/temp");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public void Invalid_fault_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Faults.FailureRate = 1.5);
        Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Faults.FailureStatusCode = 404);
        Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Faults.FailNextRequests(1, 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Faults.Latency = TimeSpan.FromSeconds(-1));
    }

    [Fact]
    public async Task Dropped_event_streams_end_abruptly()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events");

        Assert.Equal(1, _sim.Faults.DropEventStreams());

        Assert.True(await stream.EndsAsync());
    }

    [Fact]
    public async Task Device_going_offline_mid_call_gives_408_and_skips_the_handler()
    {
        await using var stream = await EventStreamReader.OpenAsync(_sim, _http, "v1/devices/events/spark");
        _lamp.DisconnectDuringNextCall();

        var (status, body) = await _http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"on"}""");
        var (statusEvent, data) = await stream.NextAsync();

        Assert.Equal(HttpStatusCode.RequestTimeout, status);
        Assert.Equal("""{"ok":false,"error":"timed out"}""", body.Json());
        Assert.Empty(_lamp.FunctionCalls);
        Assert.False(_lamp.IsOnline);
        Assert.Equal("spark/status", statusEvent);
        Assert.Equal("offline", data.GetProperty("data").GetString());
    }

    [Fact]
    public async Task Rate_limit_answers_429_once_the_window_is_used_up()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { RateLimitPermits = 3, RateLimitWindow = TimeSpan.FromHours(1) });
        using var http = SimulatorHttp.AuthorizedClient(sim);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await http.GetJsonAsync("v1/devices")).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
