using System.Globalization;
using ParticleContracts.Simulator;

namespace WeatherStationSample;

/// <summary>A simulated device running firmware/weather-station, with plausible readings.</summary>
internal static class SimulatedStation
{
    public const string DeviceName = "weather-station";

    public static SimulatedDevice AddTo(ParticleCloudSimulator simulator)
    {
        // Mirrors the firmware: setLocation accepts 1–63 characters into char location[64].
        var location = "unknown";
        var device = simulator.AddDevice(DeviceName);

        // The firmware's events: it publishes "weather/reading" and subscribes to "station/setpoint".
        device.Events.Declare("weather/reading", JsonReading(0));
        device.Events.Subscribe("station/setpoint");
        return device
            .SetVariable("temp", 21.5)
            .SetVariable("humidity", 48)
            .SetVariable("raining", false)
            .SetVariable("status", "running")
            .SetVariableProvider("location", () => Volatile.Read(ref location))
            .SetVariable("pressure", 1013.25)
            .SetVariable("dewPoint", 11.1)
            .SetVariable("uptime", 3600)
            .SetFunction("setLocation", value =>
            {
                if (value.Length == 0 || value.Length >= 64)
                {
                    return -1;
                }

                Volatile.Write(ref location, value);
                return 1;
            })
            .SetFunction("calibrate", offset => int.TryParse(offset.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? 1 : -1)
            // The typed functions, as the firmware's handlers answer: 0/1 accepted, -1 rejected.
            .SetFunction("setUnits", system => system is "metric" or "imperial" ? 0 : -1)
            .SetFunction("setAlarm", range => range.Split(',') is [var low, var high]
                && int.TryParse(low, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l)
                && int.TryParse(high, NumberStyles.Integer, CultureInfo.InvariantCulture, out var h) && l < h ? 1 : -1)
            .SetFunction("configure", json => json.StartsWith('{') ? 0 : -1);
    }

    /// <summary>A reading as the firmware publishes it: <c>{"temp":21.5,"humidity":48,"raining":false}</c>.</summary>
    public static string JsonReading(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"temp\":{21.5 + (index * 0.25)},\"humidity\":{48 + index},\"raining\":false}}");

    public static string Reading(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"temp={21.5 + (index * 0.25)};humidity={48 + index}");
}
