using ParticleContracts;
using WeatherStationSample.Devices;

namespace WeatherStationSample;

/// <summary>One row of the configuration step.</summary>
internal sealed record ConfigurationStep(string FirmwareReads, string Member, string Value);

/// <summary>
/// Configures the station through the members generated from its firmware: the <c>station-config</c> ledger the
/// firmware reads (<c>alertAbove</c>, a double) and the <c>REPORT_INTERVAL</c> environment variable (an int, default in
/// env.json). A cloud without the ledger definition shows why instead of failing the sample.
/// </summary>
internal static class StationConfiguration
{
    public static async Task<IReadOnlyList<ConfigurationStep>> ApplyAsync(WeatherStation station, ParticleCloudClient client, StationConnection connection)
    {
        var steps = new List<ConfigurationStep>
        {
            new("REPORT_INTERVAL default (env.json)", "WeatherStation.Environment.Defaults", StationReport.Format(WeatherStation.Environment.Defaults.ReportInterval ?? 0)),
        };
        var deviceId = (await client.GetDeviceAsync(connection.DeviceIdOrName)).Id;
        if (connection.IsSimulator)
        {
            await client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "station-config", Scope = ParticleLedgerScope.Device, Direction = ParticleLedgerDirection.Downstream });
        }

        try
        {
            var config = await station.SetStationConfigLedgerAsync(deviceId, new WeatherStation.StationConfigLedger { AlertAbove = 30.5 });
            steps.Add(new("ledger station-config: alertAbove", nameof(station.SetStationConfigLedgerAsync), StationReport.Format(config.AlertAbove ?? 0)));
        }
        catch (ParticleCloudException exception)
        {
            steps.Add(new("ledger station-config: alertAbove", nameof(station.SetStationConfigLedgerAsync), "not available: " + exception.Message));
        }

        try
        {
            var scope = ParticleEnvironmentScope.ForDevice(deviceId);
            await station.SetEnvironmentAsync(scope, new WeatherStation.Environment { ReportInterval = 120 });
            var rendered = await station.RenderEnvironmentAsync(deviceId);
            var value = rendered.ReportInterval is { } interval ? StationReport.Format(interval) + " (after OTA and reboot)" : "not set";
            steps.Add(new("REPORT_INTERVAL", nameof(station.SetEnvironmentAsync), value));
        }
        catch (ParticleCloudException exception)
        {
            steps.Add(new("REPORT_INTERVAL", nameof(station.SetEnvironmentAsync), "not available: " + exception.Message));
        }

        return steps;
    }
}
