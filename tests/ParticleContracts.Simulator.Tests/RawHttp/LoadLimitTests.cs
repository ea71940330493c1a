using System.Net;

namespace ParticleContracts.Simulator.Tests.RawHttp;

/// <summary>What a simulator under load keeps and how it limits: bounded call history, Retry-After, the rate-limit switch.</summary>
public sealed class LoadLimitTests
{
    [Fact]
    public async Task Function_call_history_keeps_only_the_most_recent_calls_in_order()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { FunctionCallHistoryLimit = 3, RateLimitEnabled = false });
        var lamp = sim.AddDevice("lamp").SetFunction("led", argument => argument.Length);
        using var http = SimulatorHttp.AuthorizedClient(sim);

        for (var i = 1; i <= 10; i++)
        {
            var (status, _) = await http.PostJsonAsync("v1/devices/lamp/led", $$"""{"arg":"{{new string('x', i)}}"}""");
            Assert.Equal(HttpStatusCode.OK, status);
        }

        Assert.Equal([8, 9, 10], lamp.FunctionCalls.Select(call => call.ReturnValue));
        Assert.All(lamp.FunctionCalls, call => Assert.Equal("led", call.Function));
    }

    [Fact]
    public async Task The_default_call_history_is_small_and_bounded()
    {
        var limit = new ParticleSimulatorOptions().FunctionCallHistoryLimit;
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { RateLimitEnabled = false });
        var lamp = sim.AddDevice("lamp").SetFunction("led", _ => 1);
        using var http = SimulatorHttp.AuthorizedClient(sim);

        for (var i = 0; i < limit + 20; i++)
        {
            await http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"on"}""");
        }

        Assert.InRange(limit, 1, 1000);
        Assert.Equal(limit, lamp.FunctionCalls.Count);
    }

    [Fact]
    public async Task A_history_limit_of_zero_keeps_nothing_and_a_negative_one_is_rejected()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { FunctionCallHistoryLimit = 0 });
        var lamp = sim.AddDevice("lamp").SetFunction("led", _ => 1);
        using var http = SimulatorHttp.AuthorizedClient(sim);
        await http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"on"}""");

        Assert.Empty(lamp.FunctionCalls);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { FunctionCallHistoryLimit = -1 }));
    }

    [Fact]
    public async Task Retry_After_gives_the_seconds_until_the_window_frees_a_permit()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { RateLimitPermits = 2, RateLimitWindow = TimeSpan.FromSeconds(40) });
        sim.AddDevice("lamp").SetVariable("temp", 1);
        using var http = SimulatorHttp.AuthorizedClient(sim);

        await http.GetAsync("v1/devices/lamp/temp");
        await http.GetAsync("v1/devices/lamp/temp");
        using var limited = await http.GetAsync("v1/devices/lamp/temp");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var seconds = limited.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.NotNull(seconds);

        // The window started with the first request a moment ago: the next permit frees in (almost) 40 s, not 1 s.
        Assert.InRange(seconds.Value, 30, 40);
    }

    [Fact]
    public async Task With_the_rate_limit_off_no_request_is_refused()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { RateLimitPermits = 1, RateLimitEnabled = false });
        sim.AddDevice("lamp").SetVariable("temp", 1);
        using var http = SimulatorHttp.AuthorizedClient(sim);

        for (var i = 0; i < 20; i++)
        {
            var (status, _) = await http.GetJsonAsync("v1/devices/lamp/temp");
            Assert.Equal(HttpStatusCode.OK, status);
        }
    }
}
