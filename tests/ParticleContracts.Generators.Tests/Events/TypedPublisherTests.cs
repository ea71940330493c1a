using System.Reflection;
using System.Text.Json;
using ParticleContracts.Generators.Tests.Generation;
using ParticleContracts.Simulator;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>
/// Typed publishers inferred from subscription handlers: the generated overloads (snapshot, warning-free compile,
/// byte-identical output), and a typed publish through the real client reaching a simulated device built from the
/// same firmware with data that decodes, the way the handler reads it, to the values sent.
/// </summary>
public sealed class TypedPublisherTests : IDisposable
{
    internal const string Firmware = """
        #include "Particle.h"
        int setpoint;
        int mode;
        int target;
        String label;
        int red, green, blue;
        void onSetpoint(const char* event, const char* data) {
            setpoint = atoi(data);
        }
        void onMode(const char* event, const char* data) {
            if (strcmp(data, "heat") == 0) mode = 1;
            else if (strcmp(data, "cool") == 0) mode = 2;
        }
        void onConfig(CloudEvent event) {
            Variant data = event.data();
            target = data.get("target").toInt();
            label = data.get("label").toString();
        }
        void onLog(const char* event, const char* data) {
            Serial.println(data);
        }
        void setup() {
            Particle.subscribe("station/setpoint", onSetpoint);
            Particle.subscribe("station/mode", onMode);
            Particle.subscribe("station/config", onConfig, SubscribeOptions());
            Particle.subscribe("station/color", [](const char* event, const char* data) { sscanf(data, "%d,%d,%d", &red, &green, &blue); });
        }
        void loop() {}
        """;

    private const string Driver = """
        namespace Consumer;

        /// <summary>Uses the generated publishers as an application would.</summary>
        public static class Driver
        {
            /// <summary>One typed publish per subscription, and one through the string overload.</summary>
            /// <param name="client">The client.</param>
            /// <returns>A task.</returns>
            public static async global::System.Threading.Tasks.Task PublishAsync(global::ParticleContracts.ParticleCloudClient client)
            {
                global::Consumer.Devices.IStation station = new global::Consumer.Devices.Station(client, "station");
                await station.PublishStationSetpointAsync(21);
                await station.PublishStationModeAsync(global::Consumer.Devices.Station.PublishStationModeArgument.Cool);
                await station.PublishStationConfigAsync(new global::Consumer.Devices.Station.PublishStationConfigPayload(7, "attic"));
                await station.PublishStationColorAsync(1, 2, 3);
                await station.PublishStationSetpointAsync("22");
            }
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pc-typed-publish-" + Guid.NewGuid().ToString("N"));

    private static FirmwareFile[] Files(string text = Firmware) =>
        [new FirmwareFile("/fw/station/src/station.cpp", text), new FirmwareFile("/fw/station/project.properties", "name=station\n")];

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Events_file_with_typed_publishers_matches_the_snapshot()
    {
        var run = GeneratorHarness.Run(Files());
        Assert.Null(run.Result.Exception);
        Snapshot.Verify("Events.TypedPublishers", EventsSource(run));
    }

    [Fact]
    public void Identical_firmware_gives_byte_identical_publishers()
    {
        Assert.Equal(EventsSource(GeneratorHarness.Run(Files())), EventsSource(GeneratorHarness.Run(Files())));
    }

    [Fact]
    public void A_handler_that_reads_nothing_narrower_keeps_only_the_string_overload()
    {
        var source = EventsSource(GeneratorHarness.Run(Files()));
        Assert.DoesNotContain("PublishStationLogAsync(", source, StringComparison.Ordinal);
        var logOnly = EventsSource(GeneratorHarness.Run(Files(Firmware.Replace("Particle.subscribe(\"station/setpoint\", onSetpoint);", "Particle.subscribe(\"station/log\", onLog);", StringComparison.Ordinal))));
        Assert.Contains("PublishStationLogAsync(string? data,", logOnly, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(logOnly, @"Task PublishStationLogAsync\("));
        Assert.DoesNotContain("PublishStationSetpointAsync(int", logOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typed_publishes_reach_the_simulated_subscriber_as_the_handler_reads_them()
    {
        var driver = Compile(Files());
        foreach (var file in Files())
        {
            var path = Path.Combine(_folder, file.Path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        await using var simulator = await ParticleCloudSimulator.StartAsync();
        var device = Assert.Single(simulator.AddDevicesFromFirmware(_folder));
        using var http = new HttpClient();
        var client = new ParticleCloudClient(http, new ParticleCloudOptions { BaseAddress = simulator.BaseAddress, AccessToken = simulator.AccessToken });

        await (Task)driver.GetMethod("PublishAsync", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [client])!;
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await device.Events.WaitForReceivedAsync("station/color", wait.Token);
        while (device.Events.Received.Count(e => e.Name == "station/setpoint") < 2)
        {
            await Task.Delay(10, wait.Token);
        }

        string Data(string name, int index = 0) => device.Events.Received.Where(e => e.Name == name).ElementAt(index).Data!;
        Assert.Equal(21, int.Parse(Data("station/setpoint"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("22", Data("station/setpoint", 1));
        Assert.Equal("cool", Data("station/mode"));
        using var config = JsonDocument.Parse(Data("station/config"));
        Assert.Equal(7, config.RootElement.GetProperty("target").GetInt32());
        Assert.Equal("attic", config.RootElement.GetProperty("label").GetString());
        Assert.Equal([1, 2, 3], Data("station/color").Split(',').Select(part => int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string EventsSource(GeneratorRun run) =>
        run.Sources.Single(source => source.HintName.EndsWith(".Events.g.cs", StringComparison.Ordinal)).Text;

    private static Type Compile(FirmwareFile[] files) =>
        GeneratorHarness.Load(GeneratorHarness.Run(files, sources: Driver), "typed-publish-e2e").GetType("Consumer.Driver", throwOnError: true)!;
}
