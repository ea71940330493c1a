using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Pipeline;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>The generated events file: snapshot, warning-free consumer compile, runtime decoding, incrementality.</summary>
public sealed class EventGenerationTests
{
    internal const string StationFirmware = """
        #include "Particle.h"
        #define READING_EVENT "weather/reading"
        double temperature;
        int humidity;
        String station = "roof";
        unsigned long lastPublish;
        void onSetpoint(const char* event, const char* data) {}
        void onCommand(const char* event, const char* data) {}
        void setup() {
            Particle.variable("temp", temperature);
            Particle.subscribe("setpoint", onSetpoint);
            Particle.subscribe("station/cmd", onCommand);
        }
        void loop() {
            if (millis() - lastPublish < 60000) {
                return;
            }
            lastPublish = millis();
            Particle.publish(READING_EVENT, String::format("{\"t\":%.1f,\"h\":%d,\"station\":\"%s\",\"raining\":%s}", temperature, humidity, station.c_str(), "false"), PRIVATE);
            Particle.publish("weather/temp", String(temperature));
            Particle.publish("weather/status", "online");
            Particle.publish("camera/frame", frame, sizeof(frame), ContentType::JPEG);
            Particle.publish(System.deviceID() + "/heartbeat");
        }
        uint8_t frame[64];
        """;

    private static ImmutableArray<FirmwareFile> Station(string text = StationFirmware) =>
        [new FirmwareFile("firmware/station/src/station.cpp", text), new FirmwareFile("firmware/station/project.properties", "name=station\n")];

    private static string EventsSource(GeneratorRun run) =>
        run.Sources.Single(source => source.HintName.EndsWith(".Events.g.cs", StringComparison.Ordinal)).Text;

    [Fact]
    public void Events_file_matches_the_snapshot()
    {
        var run = GeneratorHarness.Run(Station());
        Assert.Null(run.Result.Exception);
        Assert.Equal(["Consumer.Devices.Station.Events.g.cs", "Consumer.Devices.Station.g.cs"], run.Sources.Select(s => s.HintName));
        Snapshot.Verify("Events.Station", EventsSource(run));
    }

    [Fact]
    public void Generated_events_compile_warning_free_on_net8_and_net10_with_consumer_code()
    {
        const string consumer = """
            namespace Consumer;
            internal static class Use
            {
                public static async System.Threading.Tasks.Task<double> First(Consumer.Devices.IStation station, ParticleContracts.ParticleCloudClient client)
                {
                    await station.PublishSetpointAsync("21.5");
                    await foreach (var item in Consumer.Devices.Station.WeatherReadingEventsFromAllDevicesAsync(client))
                    {
                        return item.Data?.T ?? 0;
                    }

                    await foreach (var temp in ParticleContracts.ParticleEventStreamExtensions.ThrowOnPayloadMismatch(station.WeatherTempEventsAsync()))
                    {
                        return temp.Data;
                    }

                    await foreach (var frame in station.CameraFrameEventsAsync())
                    {
                        return frame.Data?.Length ?? 0;
                    }

                    return Consumer.Devices.Station.Contract.Events.Count;
                }
            }
            """;
        foreach (var framework in new[] { ConsumerFramework.Net80, ConsumerFramework.Net100 })
        {
            var run = GeneratorHarness.Run(Station(), framework, null, consumer);
            Assert.Null(run.Result.Exception);
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }
    }

    [Fact]
    public void Generated_payload_records_read_and_write_the_firmware_json()
    {
        var run = GeneratorHarness.Run(Station());
        using var stream = new MemoryStream();
        var emitted = run.Output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("events-" + Guid.NewGuid(), isCollectible: true);
        try
        {
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var payloadType = assembly.GetType("Consumer.Devices.Station+WeatherReadingPayload", throwOnError: true)!;
            var json = typeof(ParticleEventPayloads).GetMethod(nameof(ParticleEventPayloads.Json))!.MakeGenericMethod(payloadType);
            var payload = json.Invoke(null, ["weather/reading", "{\"t\":21.5,\"h\":40,\"station\":\"roof\",\"raining\":false,\"extra\":[1,2]}"])!;
            Assert.Equal(21.5, payloadType.GetProperty("T")!.GetValue(payload));
            Assert.Equal(40, payloadType.GetProperty("H")!.GetValue(payload));
            Assert.Equal("roof", payloadType.GetProperty("Station")!.GetValue(payload));
            Assert.Equal("False", payloadType.GetProperty("Raining")!.GetValue(payload)!.ToString());
            var toJson = typeof(ParticleEventStreams).GetMethod(nameof(ParticleEventStreams.ToJson))!.MakeGenericMethod(payloadType);
            Assert.Equal("{\"t\":21.5,\"h\":40,\"station\":\"roof\",\"raining\":false}", toJson.Invoke(null, [payload]));

            var mismatch = Assert.Throws<TargetInvocationException>(() => json.Invoke(null, ["weather/reading", "{\"t\":\"warm\"}"]));
            Assert.IsType<ParticleEventPayloadException>(mismatch.InnerException);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Contract_lists_every_event_and_metadata_marks_members_and_run_time_names()
    {
        var source = EventsSource(GeneratorHarness.Run(Station()));
        Assert.Contains("[global::ParticleContracts.ParticlePublishedEvent(\"weather/reading\")]", source, StringComparison.Ordinal);
        Assert.Contains("[global::ParticleContracts.ParticleSubscribedEvent(\"setpoint\")]", source, StringComparison.Ordinal);
        Assert.Contains("[global::ParticleContracts.ParticlePublishedEvent(\"\", IsPrefix = true)]", source, StringComparison.Ordinal);
        Assert.Contains("ParticleEventDirection.Published, \"{t:double,h:int32,station:string,raining:bool}\", true, \"src/station.cpp\"", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_payload_field_re_emits_only_the_events_file_of_that_contract()
    {
        ImmutableArray<FirmwareFile> files = [.. Station(), .. GeneratorHarness.LoadSample("tutorial-function")];
        var driver = GeneratorHarness.CreateDriver(files, out var texts);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);

        var oldText = texts.Single(t => t.Path == "firmware/station/src/station.cpp");
        var newText = new InMemoryAdditionalText(oldText.Path, StationFirmware.Replace("\\\"h\\\":%d", "\\\"h\\\":%f", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(oldText, newText).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var events = result.TrackedSteps[TrackingNames.EventModels].SelectMany(s => s.Outputs).ToArray();
        var changed = events.Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => ((EventModel)o.Value).TypeName).ToArray();
        Assert.Equal(["Station"], changed);
        var proxies = result.TrackedSteps[TrackingNames.ProxyModels].SelectMany(s => s.Outputs).ToArray();
        Assert.All(proxies, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, ((ProxyModel)o.Value).TypeName + " " + o.Reason));
        Assert.Contains(result.GeneratedSources, s => s.HintName.EndsWith("Station.Events.g.cs", StringComparison.Ordinal) && s.SourceText.ToString().Contains("public double H", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_firmware_gives_byte_identical_events_file()
    {
        Assert.Equal(EventsSource(GeneratorHarness.Run(Station())), EventsSource(GeneratorHarness.Run(Station())));
    }
}
