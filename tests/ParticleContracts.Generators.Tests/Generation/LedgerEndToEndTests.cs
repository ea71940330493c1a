using System.Reflection;
using ParticleContracts.Simulator;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// The generated ledger and environment API, compiled and run against the simulator with a device built from the same
/// firmware: a typed set reaches the device as the firmware reads it, and a device write comes back through the typed get.
/// </summary>
public sealed class LedgerEndToEndTests : IDisposable
{
    private const string Driver = """
        namespace Consumer;

        /// <summary>Uses the generated API as an application would.</summary>
        public static class Driver
        {
            /// <summary>Typed ledger set and environment set.</summary>
            /// <param name="client">The client.</param>
            /// <param name="deviceId">The device.</param>
            /// <returns>The variables each set sent.</returns>
            public static async global::System.Threading.Tasks.Task<string> SetAsync(global::ParticleContracts.ParticleCloudClient client, string deviceId)
            {
                var station = new global::Consumer.Devices.Station(client, deviceId);
                await station.SetStationConfigLedgerAsync(deviceId, new global::Consumer.Devices.Station.StationConfigLedger
                {
                    Threshold = 7,
                    Wifi = new global::Consumer.Devices.Station.StationConfigLedgerWifi { Ssid = "home" },
                });
                var scope = global::ParticleContracts.ParticleEnvironmentScope.ForDevice(deviceId);
                var first = await station.SetEnvironmentAsync(scope, new global::Consumer.Devices.Station.Environment { RetryPeriod = 90, EnableDebug = true });
                var second = await station.SetEnvironmentAsync(scope, new global::Consumer.Devices.Station.Environment { RetryPeriod = 90, EnableDebug = false });
                await client.StartEnvironmentRolloutAsync(scope);
                return string.Join(",", first) + "|" + string.Join(",", second);
            }

            /// <summary>Typed ledger get, versions and environment render.</summary>
            /// <param name="client">The client.</param>
            /// <param name="deviceId">The device.</param>
            /// <returns>The values read.</returns>
            public static async global::System.Threading.Tasks.Task<string> GetAsync(global::ParticleContracts.ParticleCloudClient client, string deviceId)
            {
                var station = new global::Consumer.Devices.Station(client, deviceId);
                var status = await station.GetStationStatusLedgerAsync(deviceId);
                var environment = await station.RenderEnvironmentAsync(deviceId);
                var versions = await station.GetStationStatusLedgerVersionsAsync(deviceId);
                return global::System.FormattableString.Invariant($"{status.Temp}|{status.Ok}|{status.Count}|{environment.RetryPeriod}|{environment.EnableDebug}|{environment.Endpoint ?? "null"}|{versions.Count}");
            }
        }
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pc-ledger-e2e-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Typed_sets_reach_the_device_and_device_writes_come_back_typed()
    {
        var files = new[]
        {
            new FirmwareFile("/fw/station/src/station.cpp", LedgerGenerationTests.Firmware),
            new FirmwareFile("/fw/station/project.properties", "name=station\nenv=env.json\n"),
            new FirmwareFile("/fw/station/env.json", "{ \"RETRY_PERIOD\": \"45\", \"ENABLE_DEBUG\": \"false\" }"),
        };
        var driver = Compile(files);
        foreach (var file in files)
        {
            var path = Path.Combine(_folder, file.Path.TrimStart('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        await using var simulator = await ParticleCloudSimulator.StartAsync();
        var device = Assert.Single(simulator.AddDevicesFromFirmware(_folder));
        using var http = new HttpClient();
        var client = new ParticleCloudClient(http, new ParticleCloudOptions { BaseAddress = simulator.BaseAddress, AccessToken = simulator.AccessToken });
        await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Scope = ParticleLedgerScope.Device, Direction = ParticleLedgerDirection.Downstream });
        await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-status", Scope = ParticleLedgerScope.Device, Direction = ParticleLedgerDirection.Upstream });

        Assert.Equal(45, device.Firmware.ReadEnvironment()["RETRY_PERIOD"]);
        var sent = await InvokeAsync(driver, "SetAsync", client, device.Id);

        Assert.Equal("ENABLE_DEBUG,RETRY_PERIOD|ENABLE_DEBUG", sent);
        var config = device.Firmware.ReadLedger("station-config");
        Assert.Equal(7, config["threshold"]);
        var environment = device.Firmware.ReadEnvironment();
        Assert.Equal(90, environment["RETRY_PERIOD"]);
        Assert.Equal(false, environment["ENABLE_DEBUG"]);
        Assert.Throws<InvalidOperationException>(() => device.Firmware.WriteLedger("station-config", new Dictionary<string, object?> { ["threshold"] = 1 }));

        device.Firmware.WriteLedger("station-status", new Dictionary<string, object?> { ["temp"] = 21.5, ["ok"] = true, ["count"] = 3 });
        device.Firmware.WriteLedger("station-status", new Dictionary<string, object?> { ["count"] = 4 });

        Assert.Equal("21.5|True|4|90|False|null|1", await InvokeAsync(driver, "GetAsync", client, device.Id));
    }

    private static Type Compile(FirmwareFile[] files) =>
        GeneratorHarness.Load(GeneratorHarness.Run(files, sources: Driver), "ledger-e2e").GetType("Consumer.Driver", throwOnError: true)!;

    private static async Task<string> InvokeAsync(Type driver, string method, ParticleCloudClient client, string deviceId)
    {
        var task = (Task<string>)driver.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [client, deviceId])!;
        return await task;
    }
}
