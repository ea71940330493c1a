using Microsoft.Extensions.Time.Testing;
using ParticleContracts.Simulator.Tests.Client;

namespace ParticleContracts.Simulator.Tests.Events;

/// <summary>
/// Periodic publishing of a firmware device's declared events on the simulator's clock: off by default, one round per
/// interval (every declared event, in name order, with its sample payload), skipped while offline, ended by stopping,
/// removing the device or disposing the simulator.
/// </summary>
public sealed class PeriodicPublishingTests : IDisposable
{
    private const string StationSource = """
        #include "Particle.h"
        double temp = 21.5;
        int humidity = 40;
        void setup() {}
        void loop() {
            Particle.publish("weather/reading", String::format("{\"temp\":%.1f,\"humidity\":%d}", temp, humidity), PRIVATE);
            Particle.publish("weather/temp", String(temp));
        }
        """;

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pc-periodic-" + Guid.NewGuid().ToString("N"));

    public PeriodicPublishingTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "station", "src"));
        File.WriteAllText(Path.Combine(_folder, "station", "project.properties"), "name=station\n");
        File.WriteAllText(Path.Combine(_folder, "station", "src", "station.cpp"), StationSource);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Off_by_default_nothing_is_published_as_time_passes()
    {
        await using var sim = await StartAsync(interval: null);
        var station = Assert.Single(sim.AddDevicesFromFirmware(_folder));

        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Null(station.Events.PublishInterval);
        Assert.Empty(Declared(sim));
        Assert.Null(new ParticleSimulatorOptions().DeclaredEventInterval);
    }

    [Fact]
    public async Task The_option_publishes_every_declared_event_once_per_interval()
    {
        await using var sim = await StartAsync(Interval);
        var station = Assert.Single(sim.AddDevicesFromFirmware(_folder));

        _clock.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.Empty(Declared(sim));
        _clock.Advance(TimeSpan.FromSeconds(1));
        _clock.Advance(Interval);
        _clock.Advance(Interval);

        var events = Declared(sim);
        Assert.Equal(Interval, station.Events.PublishInterval);
        (string, string?) reading = ("weather/reading", """{"temp":1.5,"humidity":1}""");
        (string, string?) temp = ("weather/temp", "1.5");
        Assert.Equal([reading, temp, reading, temp, reading, temp], events.Select(e => (e.Name, e.Data)));
        Assert.All(events, e => Assert.Equal(station.Id, e.CoreId));
        Assert.Equal(
            [_clock.GetUtcNow() - (2 * Interval), _clock.GetUtcNow() - Interval, _clock.GetUtcNow()],
            events.Select(e => e.PublishedAt).Distinct());
    }

    [Fact]
    public async Task Start_on_a_device_added_by_hand_publishes_its_declared_events_and_stop_ends_it()
    {
        await using var sim = await StartAsync(interval: null);
        var device = sim.AddDevice("hand");
        device.Events.Declare("hand/ping", "1");

        device.Events.StartPeriodicPublishing(TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));
        _clock.Advance(TimeSpan.FromSeconds(5));
        device.Events.StopPeriodicPublishing();
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(2, sim.PublishedEvents.Count(e => e.Name == "hand/ping"));
        Assert.Null(device.Events.PublishInterval);
        Assert.Throws<ArgumentOutOfRangeException>(() => device.Events.StartPeriodicPublishing(TimeSpan.Zero));
    }

    [Fact]
    public async Task Starting_again_replaces_the_schedule()
    {
        await using var sim = await StartAsync(Interval);
        var station = Assert.Single(sim.AddDevicesFromFirmware(_folder));

        station.Events.StartPeriodicPublishing(TimeSpan.FromMinutes(2));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(Declared(sim));
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(2, Declared(sim).Count);
    }

    [Fact]
    public async Task An_offline_device_publishes_nothing_until_it_is_back()
    {
        await using var sim = await StartAsync(Interval);
        var station = Assert.Single(sim.AddDevicesFromFirmware(_folder));

        station.SetOnline(false);
        _clock.Advance(Interval);
        Assert.Empty(Declared(sim));
        station.SetOnline(true);
        _clock.Advance(Interval);

        Assert.Equal(2, Declared(sim).Count);
    }

    [Fact]
    public async Task Removing_the_device_or_disposing_the_simulator_stops_publishing()
    {
        var sim = await StartAsync(Interval);
        var devices = sim.AddDevicesFromFirmware(_folder);
        var other = sim.AddDevice(new SimulatedDeviceDefinition("other") { PublishedEvents = { ["other/ping"] = "x" } });
        _clock.Advance(Interval);
        Assert.True(sim.RemoveDevice("station"));
        _clock.Advance(Interval);
        Assert.Equal(2, Declared(sim).Count);
        Assert.Equal(2, sim.PublishedEvents.Count(e => e.Name == "other/ping"));

        await sim.DisposeAsync();
        _clock.Advance(Interval);

        Assert.Equal(2, sim.PublishedEvents.Count(e => e.Name == "other/ping"));
        Assert.Null(other.Events.PublishInterval);
        Assert.Null(Assert.Single(devices).Events.PublishInterval);
    }

    [Fact]
    public async Task A_typed_stream_receives_the_periodic_events()
    {
        await using var sim = await StartAsync(Interval);
        Assert.Single(sim.AddDevicesFromFirmware(_folder));
        var client = ClientFactory.Create(sim);
        using var window = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var stream = ParticleEventStreams.SubscribeAsync(client, ParticleEventScope.Device("station"), "weather/temp", ParticleEventPayloads.Number, window.Token);
        await using var events = stream.GetAsyncEnumerator(window.Token);
        var first = events.MoveNextAsync();
        await sim.WaitForEventStreamsAsync(1, window.Token);
        _clock.Advance(Interval);
        Assert.True(await first);
        var second = events.MoveNextAsync();
        _clock.Advance(Interval);
        Assert.True(await second);

        Assert.Equal(1.5, events.Current.Data);
        Assert.Equal("weather/temp", events.Current.Name);
    }

    [Fact]
    public async Task A_non_positive_interval_is_refused_at_start()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => StartAsync(TimeSpan.Zero));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => StartAsync(TimeSpan.FromSeconds(-1)));
    }

    private Task<ParticleCloudSimulator> StartAsync(TimeSpan? interval) =>
        ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { TimeProvider = _clock, DeclaredEventInterval = interval });

    private static List<SimulatedEvent> Declared(ParticleCloudSimulator sim) =>
        [.. sim.PublishedEvents.Where(e => e.Name.StartsWith("weather/", StringComparison.Ordinal))];
}
