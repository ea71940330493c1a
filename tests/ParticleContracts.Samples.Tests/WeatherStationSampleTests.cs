using ParticleContracts.TestSupport;
using ParticleContracts.Package.Tests;
using ParticleContracts.Simulator;

namespace ParticleContracts.Samples.Tests;

/// <summary>Runs samples/WeatherStation the way the README says and checks what it shows.</summary>
public sealed class WeatherStationSampleTests
{
    private static readonly Dictionary<string, string> NoCloudSettings = new()
    {
        ["PARTICLE_ACCESS_TOKEN"] = "",
        ["PARTICLE_DEVICE"] = "",
        ["PARTICLE_API_URL"] = "",
        ["NO_COLOR"] = "1",
    };

    [Fact]
    public async Task Without_a_token_the_sample_uses_the_embedded_simulator_and_shows_every_step()
    {
        var run = await RunSampleAsync(NoCloudSettings);

        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.Output;
        Assert.Contains("embedded simulator at http://127.0.0.1:", output);
        // Device list, then every variable through its typed member.
        Assert.Contains("weather-station", output);
        AssertRow(output, "temp", "GetTempAsync", "21.5");
        AssertRow(output, "humidity", "GetHumidityAsync", "48");
        AssertRow(output, "raining", "GetRainingAsync", "false");
        AssertRow(output, "status", "GetStatusAsync", "running");
        AssertRow(output, "pressure", "GetPressureAsync", "1013.25");
        AssertRow(output, "dewPoint", "GetDewPointAsync", "11.1");
        AssertRow(output, "uptime", "GetUptimeAsync", "3600");
        // The function call's return value and its effect.
        AssertRow(output, "setLocation", "rooftop", "1", "location is now 'rooftop'");
        // Typed function calls: the generated overloads and the firmware's named return codes.
        AssertRow(output, "setUnits", "SetUnitsAsync(SetUnitsSystem.Metric)", "0", "UnitsOk");
        AssertRow(output, "setAlarm", "SetAlarmAsync(-5, 30)", "1", "AlarmSet");
        AssertRow(output, "configure", "ConfigureAsync(new(Interval: 30, Label: \"roof\"))", "0", "Configured");
        AssertRow(output, "calibrate", "CalibrateAsync(2)", "1", "Value2");
        // Drift report: every registration checked, none drifted.
        AssertRow(output, "function", "calibrate", "ok");
        AssertRow(output, "ledger", "station-config", "Downstream", "ok");
        Assert.Contains("No drift: the device matches the firmware contract.", output);
        // Configuration through the members generated from the firmware's ledger and environment variable.
        AssertRow(output, "REPORT_INTERVAL default (env.json)", "WeatherStation.Environment.Defaults", "60");
        AssertRow(output, "ledger station-config: alertAbove", "SetStationConfigLedgerAsync", "30.5");
        AssertRow(output, "REPORT_INTERVAL", "SetEnvironmentAsync", "120 (after OTA and reboot)");
        // Live events, bounded.
        AssertRow(output, "weather/reading", "temp=21.5;humidity=48");
        AssertRow(output, "weather/reading", "temp=22;humidity=50");
        Assert.Contains("3 event(s) received", output);
        // Typed events: a typed publish reaches the device's subscription; the typed stream shows the JSON fields.
        Assert.Contains("The simulated device's subscription received station/setpoint = 21.5.", output);
        // Readings repeat (21.5 °C/48 %, then +0.25 °C/+1 % each) until the typed stream has two.
        Assert.Matches(@"weather/reading\s*│\s*\d+(\.\d+)?\s*│\s*\d+\s*│\s*false", output);
        Assert.Contains("2 typed event(s) received", output);
    }

    [Fact]
    public async Task With_a_token_and_device_the_sample_talks_to_that_cloud_and_never_prints_the_token()
    {
        const string Token = "sample-test-token-3f9a0c2e7b6d";
        await using var cloud = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { AccessToken = Token });
        var device = cloud.AddDevice("backyard-station")
            .SetVariable("temp", -3.25)
            .SetVariable("humidity", 91)
            .SetVariable("raining", true)
            .SetVariable("status", "storm")
            .SetVariable("location", "backyard")
            .SetVariable("pressure", 987.5)
            .SetVariable("dewPoint", -4.5)
            // Firmware drift: the device runs a build without "uptime" and with one more function.
            .SetFunction("setLocation", location => location == "rooftop" ? 7 : -1)
            .SetFunction("calibrate", _ => 1)
            .SetFunction("setUnits", units => units == "metric" ? 0 : -1)
            .SetFunction("setAlarm", _ => -1)
            .SetFunction("configure", _ => 0)
            .SetFunction("reboot", _ => 1);

        var publisher = Task.Run(async () =>
        {
            await cloud.WaitForEventStreamsAsync(1);
            device.PublishEvent("weather/alert", "wind=88");
        });
        var run = await RunSampleAsync(new Dictionary<string, string>(NoCloudSettings)
        {
            ["PARTICLE_ACCESS_TOKEN"] = Token,
            ["PARTICLE_DEVICE"] = "backyard-station",
            ["PARTICLE_API_URL"] = cloud.BaseAddress.ToString(),
        });
        await publisher;

        Assert.True(run.ExitCode == 0, run.ToString());
        var output = run.Output;
        Assert.Contains($"Particle Cloud at {cloud.BaseAddress}", output);
        Assert.DoesNotContain("embedded simulator", output);
        Assert.DoesNotContain(Token, output);
        AssertRow(output, "temp", "GetTempAsync", "-3.25");
        AssertRow(output, "raining", "GetRainingAsync", "true");
        AssertRow(output, "status", "GetStatusAsync", "storm");
        AssertRow(output, "uptime", "GetUptimeAsync", "not on the device:", "uptime");
        AssertRow(output, "setLocation", "rooftop", "7");
        AssertRow(output, "setAlarm", "SetAlarmAsync(-5, 30)", "-1", "AlarmInvalid");
        AssertRow(output, "variable", "uptime", "variable 'uptime' is in the contract but not on the device");
        AssertRow(output, "function", "reboot", "function 'reboot' is on the device but not in the contract");
        AssertRow(output, "ledger", "station-config", "Downstream", "ledger 'station-config'");
        Assert.Contains("Drift: 3 difference(s)", output);
        AssertRow(output, "weather/alert", "wind=88");
        Assert.Contains("1 event(s) received", output);
        Assert.Contains("Published station/setpoint = 21.5 through the typed publisher.", output);
        Assert.Contains("0 typed event(s) received", output);
    }

    /// <summary>`dotnet run --project samples/WeatherStation`, as in the README, on the build this test depends on.</summary>
    private static Task<ProcessResult> RunSampleAsync(IReadOnlyDictionary<string, string> environment) =>
        DotnetCli.RunAsync(RepositoryLayout.Root,
            ["run", "--project", "samples/WeatherStation", "--no-build", "-c", RepositoryLayout.BuildConfiguration],
            environment);

    /// <summary>Asserts that one line (a table row) holds every cell, in order.</summary>
    private static void AssertRow(string output, params string[] cells)
    {
        var found = output.Split('\n').Any(line =>
        {
            var at = 0;
            foreach (var cell in cells)
            {
                var index = line.IndexOf(cell, at, StringComparison.Ordinal);
                if (index < 0)
                {
                    return false;
                }

                at = index + cell.Length;
            }

            return true;
        });
        Assert.True(found, $"No line holds [{string.Join(" | ", cells)}] in:{Environment.NewLine}{output}");
    }
}
