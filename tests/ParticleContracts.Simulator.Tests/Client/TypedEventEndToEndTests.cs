using System.Text.Json;

namespace ParticleContracts.Simulator.Tests.Client;

/// <summary>
/// Typed events over the real client and simulator: devices created from firmware publish their declared events
/// (sample payloads of the inferred shape), typed streams decode them, and typed publishes reach a simulated subscriber.
/// </summary>
public sealed class TypedEventEndToEndTests : IAsyncLifetime, IDisposable
{
    private const string StationSource = """
        #include "Particle.h"
        double temp = 21.5;
        int humidity = 40;
        unsigned long last;
        void onSetpoint(const char* event, const char* data) {}
        void setup() {
            Particle.subscribe("station/setpoint", onSetpoint);
        }
        void loop() {
            if (millis() - last > 60000) {
                last = millis();
                Particle.publish("weather/reading", String::format("{\"temp\":%.1f,\"humidity\":%d}", temp, humidity), PRIVATE);
                Particle.publish("weather/temp", String(temp));
            }
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pc-events-" + Guid.NewGuid().ToString("N"));
    private ParticleCloudSimulator _sim = null!;
    private ParticleCloudClient _client = null!;
    private SimulatedDevice _station = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "station", "src"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "station", "project.properties"), "name=station\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "station", "src", "station.cpp"), StationSource);
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(200) });
        _client = ClientFactory.Create(_sim);
        _station = Assert.Single(_sim.AddDevicesFromFirmware(_folder));
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Devices_from_firmware_declare_their_events_with_sample_payloads_of_the_inferred_shape()
    {
        Assert.Equal("""{"temp":1.5,"humidity":1}""", _station.Events.Declared["weather/reading"]);
        Assert.Equal("1.5", _station.Events.Declared["weather/temp"]);
        Assert.Equal(["station/setpoint"], _station.Events.Subscriptions);
        Assert.Throws<KeyNotFoundException>(() => _station.PublishDeclaredEvent("weather/unknown"));
    }

    [Fact]
    public async Task Typed_stream_receives_typed_payloads_and_reports_a_mismatch_as_an_item()
    {
        using var window = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var stream = ParticleEventStreams.SubscribeAsync(_client, ParticleEventScope.Device("station"), "weather/reading", ParticleEventPayloads.Json<Reading>, window.Token);
        var received = new List<ParticleEvent<Reading>>();
        var publishing = PublishWhenSubscribedAsync(() =>
        {
            _station.PublishDeclaredEvent("weather/temp");
            _station.PublishDeclaredEvent("weather/reading");
            _station.PublishDeclaredEvent("weather/reading", """{"temp":"warm"}""");
            _station.PublishDeclaredEvent("weather/reading", """{"temp":18.25,"humidity":55}""");
        });
        await foreach (var item in stream)
        {
            received.Add(item);
            if (received.Count == 3)
            {
                break;
            }
        }

        await publishing;
        Assert.All(received, item => Assert.Equal("weather/reading", item.Name));
        Assert.Equal(new Reading { Temp = 1.5, Humidity = 1 }, received[0].Data);
        Assert.Equal(_station.Id, received[0].DeviceId);
        Assert.NotNull(received[1].PayloadError);
        Assert.Equal("""{"temp":"warm"}""", received[1].RawData);
        Assert.Equal(new Reading { Temp = 18.25, Humidity = 55 }, received[2].Data);
    }

    [Fact]
    public async Task Throw_on_payload_mismatch_ends_the_stream_with_the_error()
    {
        using var window = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var stream = ParticleEventStreams.SubscribeAsync(_client, ParticleEventScope.MyDevices, "weather/temp", ParticleEventPayloads.Number, window.Token).ThrowOnPayloadMismatch(window.Token);
        var publishing = PublishWhenSubscribedAsync(() =>
        {
            _station.PublishDeclaredEvent("weather/temp");
            _station.PublishDeclaredEvent("weather/temp", "n/a");
        });
        var values = new List<double>();
        var error = await Assert.ThrowsAsync<ParticleEventPayloadException>(async () =>
        {
            await foreach (var item in stream)
            {
                values.Add(item.Data);
            }
        });

        await publishing;
        Assert.Equal([1.5], values);
        Assert.Equal("weather/temp", error.EventName);
    }

    [Fact]
    public async Task Typed_publish_reaches_the_simulated_subscriber()
    {
        await ParticleEventStreams.PublishAsync(_client, "station/setpoint", "21");
        await ParticleEventStreams.PublishJsonAsync(_client, "station/setpoint/json", new Reading { Temp = 19.5, Humidity = 2 });
        await ParticleEventStreams.PublishAsync(_client, "other/thing", "x");

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = await _station.Events.WaitForReceivedAsync("station/setpoint/json", wait.Token);
        Assert.Equal("""{"temp":19.5,"humidity":2}""", received.Data);
        var setpoint = Assert.Single(_station.Events.Received, e => e.Name == "station/setpoint");
        Assert.Equal("21", setpoint.Data);
        Assert.DoesNotContain(_station.Events.Received, e => e.Name == "other/thing");
    }

    /// <summary>Publishes once the stream is open (the simulator counts open streams), so no event is published before it.</summary>
    private async Task PublishWhenSubscribedAsync(Action publish)
    {
        var before = _sim.OpenEventStreams;
        for (var i = 0; i < 200 && _sim.OpenEventStreams <= before; i++)
        {
            await Task.Delay(25);
        }

        publish();
    }

    private sealed record Reading : IParticleEventPayload<Reading>
    {
        public double Temp { get; init; }

        public int Humidity { get; init; }

        public static Reading ReadJson(ref Utf8JsonReader reader)
        {
            double temp = 0;
            int humidity = 0;
            while (ParticleEventJson.NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("temp"))
                {
                    temp = ParticleEventJson.ReadDouble(ref reader);
                }
                else if (reader.ValueTextEquals("humidity"))
                {
                    humidity = ParticleEventJson.ReadInt32(ref reader);
                }
                else
                {
                    ParticleEventJson.Skip(ref reader);
                }
            }

            return new Reading { Temp = temp, Humidity = humidity };
        }

        public void WriteJson(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteNumber("temp", Temp);
            writer.WriteNumber("humidity", Humidity);
            writer.WriteEndObject();
        }
    }
}
