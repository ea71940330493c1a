using ParticleContracts;
using ParticleContracts.Simulator;

namespace WeatherStationSample;

/// <summary>Where the sample's calls go: the Particle Cloud when a token and device are configured, else the embedded simulator.</summary>
internal sealed class StationConnection : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ParticleCloudSimulator? _simulator;
    private readonly SimulatedDevice? _simulatedDevice;

    private StationConnection(HttpClient http, ParticleCloudClient client, string deviceIdOrName, string description,
        TimeSpan eventWindow, ParticleCloudSimulator? simulator = null, SimulatedDevice? simulatedDevice = null)
    {
        _http = http;
        Client = client;
        DeviceIdOrName = deviceIdOrName;
        Description = description;
        EventWindow = eventWindow;
        _simulator = simulator;
        _simulatedDevice = simulatedDevice;
    }

    public ParticleCloudClient Client { get; }

    /// <summary>True when the sample talks to its embedded simulator (it may then define the ledgers it needs).</summary>
    public bool IsSimulator => _simulator is not null;

    public string DeviceIdOrName { get; }

    /// <summary>Where the calls go; never contains the access token.</summary>
    public string Description { get; }

    /// <summary>How long the sample listens for live events.</summary>
    public TimeSpan EventWindow { get; }

    public static async Task<StationConnection> OpenAsync(string? accessToken, string? device, string? apiUrl)
    {
        var http = new HttpClient();
        if (!string.IsNullOrWhiteSpace(accessToken) && !string.IsNullOrWhiteSpace(device))
        {
            var options = new ParticleCloudOptions { AccessToken = accessToken };
            if (!string.IsNullOrWhiteSpace(apiUrl))
            {
                options.BaseAddress = new Uri(apiUrl, UriKind.Absolute);
            }

            return new StationConnection(http, new ParticleCloudClient(http, options), device,
                $"Particle Cloud at {options.BaseAddress} (device '{device}')", TimeSpan.FromSeconds(20));
        }

        var simulator = await ParticleCloudSimulator.StartAsync();
        var simulated = SimulatedStation.AddTo(simulator);
        var client = new ParticleCloudClient(http, new ParticleCloudOptions
        {
            BaseAddress = simulator.BaseAddress,
            AccessToken = simulator.AccessToken,
        });
        return new StationConnection(http, client, simulated.Name,
            $"embedded simulator at {simulator.BaseAddress} (no PARTICLE_ACCESS_TOKEN / PARTICLE_DEVICE set)",
            TimeSpan.FromSeconds(10), simulator, simulated);
    }

    /// <summary>
    /// On the simulator, publishes <paramref name="count"/> readings once the sample's event stream is open, as the
    /// firmware would with <c>Particle.publish</c>. On the real cloud the device publishes on its own.
    /// </summary>
    public async Task PublishDemoEventsAsync(int count, CancellationToken cancellationToken)
    {
        if (_simulator is null || _simulatedDevice is null)
        {
            return;
        }

        try
        {
            await _simulator.WaitForEventStreamsAsync(1, cancellationToken);
            for (var i = 0; i < count; i++)
            {
                _simulatedDevice.PublishEvent("weather/reading", SimulatedStation.Reading(i));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The sample stopped listening first.
        }
    }

    /// <summary>
    /// On the simulator, publishes a declared <c>weather/reading</c> event (JSON of the shape the firmware writes) every
    /// 100 ms until the sample stops listening, as the firmware would. The earlier stream may still count as open for a
    /// moment, so the readings repeat until the typed stream has what it wants. On the real cloud the device publishes on its own.
    /// </summary>
    public async Task PublishDeclaredReadingsAsync(CancellationToken cancellationToken)
    {
        if (_simulator is null || _simulatedDevice is null)
        {
            return;
        }

        try
        {
            for (var i = 0; i < 100 && !cancellationToken.IsCancellationRequested; i++)
            {
                _simulatedDevice.PublishDeclaredEvent("weather/reading", SimulatedStation.JsonReading(i));
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The sample stopped listening.
        }
    }

    /// <summary>On the simulator, what the device's <c>station/setpoint</c> subscription received (null on the real cloud).</summary>
    public async Task<string?> SetpointReceivedAsync()
    {
        if (_simulatedDevice is null)
        {
            return null;
        }

        using var wait = new CancellationTokenSource(EventWindow);
        var received = await _simulatedDevice.Events.WaitForReceivedAsync("station/setpoint", wait.Token);
        return received.Data;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}
