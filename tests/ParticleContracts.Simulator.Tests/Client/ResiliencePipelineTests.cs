using Microsoft.Extensions.DependencyInjection;

namespace ParticleContracts.Simulator.Tests.Client;

/// <summary>The DI-registered client (<c>AddParticleCloud</c>, with its retry pipeline) against injected faults.</summary>
public sealed class ResiliencePipelineTests
{
    [Fact]
    public async Task Transient_503s_are_retried_and_the_read_succeeds()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        sim.AddDevice("lamp").SetVariable("temp", 21.5);
        var services = new ServiceCollection();
        services.AddParticleCloud(o =>
        {
            o.BaseAddress = sim.BaseAddress;
            o.AccessToken = sim.AccessToken;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxRetryAttempts = 3;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ParticleCloudClient>();
        sim.Faults.FailNextRequests(2, 503);

        var temp = await client.GetVariableAsync<double>("lamp", "temp");

        Assert.Equal(21.5, temp);
    }

    [Fact]
    public async Task Function_calls_are_not_retried_by_default()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        var lamp = sim.AddDevice("lamp").SetFunction("led", _ => 1);
        var services = new ServiceCollection();
        services.AddParticleCloud(o =>
        {
            o.BaseAddress = sim.BaseAddress;
            o.AccessToken = sim.AccessToken;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ParticleCloudClient>();
        sim.Faults.FailNextRequests(1, 503);

        await Assert.ThrowsAsync<ParticleServerException>(() => client.CallFunctionAsync("lamp", "led", "on"));
        var second = await client.CallFunctionAsync("lamp", "led", "on");

        Assert.Equal(1, second.ReturnValue);
        Assert.Single(lamp.FunctionCalls);
    }
}
