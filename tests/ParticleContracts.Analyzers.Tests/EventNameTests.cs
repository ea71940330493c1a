using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class EventNameTests
{
    private const string StationPath = "/firmware/station/src/station.cpp";

    private const string Station = """
        #include "Particle.h"
        double t;
        unsigned long last;
        void onSetpoint(const char* e, const char* d) {}
        void setup() {
            Particle.subscribe("station/setpoint", onSetpoint);
        }
        void loop() {
            if (millis() - last > 1000) {
                last = millis();
                Particle.publish("weather/reading", String::format("{\"t\":%.1f}", t));
                Particle.publish("weather/alert", "hot");
            }
        }
        """;

    private const string RunTimeNames = """
        #include "Particle.h"
        void on(const char* e, const char* d) {}
        void setup() {
            Particle.subscribe(System.deviceID() + "/cmd", on);
            Particle.publish(System.deviceID() + "/hello");
        }
        """;

    private static AnalyzerTest<EventNameAnalyzer> Test(string statements, string firmware = Station)
    {
        var test = new AnalyzerTest<EventNameAnalyzer>(Sources.ClientOnlyApp(statements), withFirmware: false);
        test.TestState.AdditionalFiles.Add((StationPath, firmware));
        return test;
    }

    private static DiagnosticResult Unknown(string id, string name, string suffix) =>
        new DiagnosticResult(Descriptors.Find(id)!).WithLocation(0).WithArguments(name, suffix);

    [Fact]
    public async Task Subscribing_to_a_prefix_no_contract_publishes_is_a_warning_with_did_you_mean()
    {
        var test = Test("""
            await foreach (var e in client.SubscribeAsync(ParticleEventScope.MyDevices, {|#0:"weather/redaing"|})) { }
            """);
        test.ExpectedDiagnostics.Add(Unknown("PCT2010", "weather/redaing", "; did you mean 'weather/reading'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Publishing_a_name_no_contract_subscribes_to_is_info_with_did_you_mean()
    {
        var test = Test("""
            await client.PublishEventAsync({|#0:"station/setpiont"|}, "21");
            """);
        test.ExpectedDiagnostics.Add(Unknown("PCT2011", "station/setpiont", "; did you mean 'station/setpoint'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Names_and_prefixes_the_contracts_use_are_fine()
    {
        var test = Test("""
            await foreach (var e in client.SubscribeAsync(ParticleEventScope.MyDevices, "weather/")) { }
            await foreach (var e in client.SubscribeAsync(ParticleEventScope.Device("d"), "weather/reading")) { }
            await foreach (var e in client.SubscribeAsync(ParticleEventScope.MyDevices)) { }
            await client.PublishEventAsync("station/setpoint", "21");
            await client.PublishEventAsync("station/setpoint/now", "21");
            var name = System.Environment.GetEnvironmentVariable("E") ?? "x";
            await client.PublishEventAsync(name, "21");
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Run_time_names_in_the_firmware_silence_the_check()
    {
        var test = Test(
            """
            await foreach (var e in client.SubscribeAsync(ParticleEventScope.MyDevices, "anything")) { }
            await client.PublishEventAsync("whatever", "1");
            """,
            RunTimeNames);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_project_without_events_is_not_checked()
    {
        var test = new AnalyzerTest<EventNameAnalyzer>(Sources.ClientOnlyApp("""
            await client.PublishEventAsync("nobody/listens", "1");
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_replace_name_fix_uses_the_suggested_event_name()
    {
        var test = new CodeFixTest<EventNameAnalyzer, ReplaceNameCodeFixProvider>(
            Sources.ClientOnlyApp("""
                await client.PublishEventAsync({|#0:"station/setpiont"|}, "21");
                """),
            Sources.ClientOnlyApp("""
                await client.PublishEventAsync("station/setpoint", "21");
                """));
        test.TestState.AdditionalFiles.Add((StationPath, Station));
        test.ExpectedDiagnostics.Add(Unknown("PCT2011", "station/setpiont", "; did you mean 'station/setpoint'?"));
        await test.RunAsync();
    }
}
