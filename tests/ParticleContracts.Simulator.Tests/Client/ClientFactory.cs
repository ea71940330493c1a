namespace ParticleContracts.Simulator.Tests.Client;

internal static class ClientFactory
{
    public static ParticleCloudClient Create(ParticleCloudSimulator sim, Action<ParticleCloudOptions>? configure = null, HttpClient? http = null)
    {
        var options = new ParticleCloudOptions
        {
            BaseAddress = sim.BaseAddress,
            AccessToken = sim.AccessToken,
            RequestTimeout = TimeSpan.FromSeconds(20),
            EventStreamReconnectDelay = TimeSpan.FromMilliseconds(50),
            EventStreamMaxReconnectDelay = TimeSpan.FromMilliseconds(200),
        };
        configure?.Invoke(options);
        return new ParticleCloudClient(http ?? new HttpClient(), options);
    }

    /// <summary>Reads events from a subscription into a channel, so a test can await the next one.</summary>
    public static async Task<ParticleEvent> NextAsync(IAsyncEnumerator<ParticleEvent> events)
    {
        Assert.True(await events.MoveNextAsync(), "The subscription ended.");
        return events.Current;
    }
}
