// WeatherStation sample: typed calls to a Particle weather station through the proxy generated from
// firmware/weather-station. With PARTICLE_ACCESS_TOKEN and PARTICLE_DEVICE set it talks to the Particle Cloud
// (or to PARTICLE_API_URL); otherwise it starts the embedded simulator. It always ends by itself.
using ParticleContracts;
using WeatherStationSample;
using WeatherStationSample.Devices;

await using var connection = await StationConnection.OpenAsync(
    accessToken: Environment.GetEnvironmentVariable("PARTICLE_ACCESS_TOKEN"),
    device: Environment.GetEnvironmentVariable("PARTICLE_DEVICE"),
    apiUrl: Environment.GetEnvironmentVariable("PARTICLE_API_URL"));
StationReport.Title(connection.Description);

try
{
    var client = connection.Client;
    var station = new WeatherStation(client, connection.DeviceIdOrName);

    // 1. The devices this token can see.
    StationReport.Devices(await client.ListDevicesAsync());

    // 2. Every variable, read through its typed member: a typo or a wrong type here is a build error.
    //    A device running other firmware answers 404 for a missing variable; the cell shows it, step 4 explains it.
    StationReport.Variables(
    [
        new("temp", "double", nameof(station.GetTempAsync), await StationReport.ValueOf(station.GetTempAsync())),
        new("humidity", "int", nameof(station.GetHumidityAsync), await StationReport.ValueOf(station.GetHumidityAsync())),
        new("raining", "bool", nameof(station.GetRainingAsync), await StationReport.ValueOf(station.GetRainingAsync())),
        new("status", "string", nameof(station.GetStatusAsync), await StationReport.ValueOf(station.GetStatusAsync())),
        new("location", "string", nameof(station.GetLocationAsync), await StationReport.ValueOf(station.GetLocationAsync())),
        new("pressure", "double", nameof(station.GetPressureAsync), await StationReport.ValueOf(station.GetPressureAsync())),
        new("dewPoint", "double", nameof(station.GetDewPointAsync), await StationReport.ValueOf(station.GetDewPointAsync())),
        new("uptime", "int", nameof(station.GetUptimeAsync), await StationReport.ValueOf(station.GetUptimeAsync())),
    ]);

    // 3. A function call and its return value (1: accepted, -1: rejected by the firmware).
    int accepted = await station.SetLocationAsync("rooftop");
    string locationAfterCall = await station.GetLocationAsync();
    StationReport.FunctionCall("setLocation", "rooftop", accepted, $"location is now '{locationAfterCall}'");

    // 3b. Typed function calls: the generator read each handler body and generated overloads that send exactly what
    //     the firmware parses (a word, positional fields, a JSON object, a number); results carry its return codes.
    StationReport.TypedCalls(
    [
        await StationReport.CallOf("setUnits", "SetUnitsAsync(SetUnitsSystem.Metric)", station.SetUnitsAsync(WeatherStation.SetUnitsSystem.Metric), result => (result.ReturnValue, result.Code?.ToString())),
        await StationReport.CallOf("setAlarm", "SetAlarmAsync(-5, 30)", station.SetAlarmAsync(-5, 30), result => (result.ReturnValue, result.Code?.ToString())),
        await StationReport.CallOf("configure", "ConfigureAsync(new(Interval: 30, Label: \"roof\"))", station.ConfigureAsync(new WeatherStation.ConfigureArguments(Interval: 30, Label: "roof")), result => (result.ReturnValue, result.Code?.ToString())),
        await StationReport.CallOf("calibrate", "CalibrateAsync(2)", station.CalibrateAsync(2), result => (result.ReturnValue, result.Code?.ToString())),
    ]);

    // 4. Configuration through the firmware's own ledger and environment variable, typed from the firmware.
    StationReport.Configuration(await StationConfiguration.ApplyAsync(station, client, connection));

    // 5. Does the device still run the firmware this code was compiled against, and does the cloud define its ledger?
    StationReport.Drift(WeatherStation.Contract, await station.VerifyAsync());

    // 6. A few live events, waiting at most a bounded time so the sample always ends.
    using var eventWindow = new CancellationTokenSource(connection.EventWindow);
    var received = new List<ParticleEvent>();
    var publishing = connection.PublishDemoEventsAsync(count: 3, eventWindow.Token);
    try
    {
        await foreach (var particleEvent in client.SubscribeAsync(ParticleEventScope.Device(connection.DeviceIdOrName), cancellationToken: eventWindow.Token))
        {
            received.Add(particleEvent);
            if (received.Count == 3)
            {
                break;
            }
        }
    }
    catch (OperationCanceledException) when (eventWindow.IsCancellationRequested)
    {
        // The window closed: show what arrived.
    }

    await eventWindow.CancelAsync();
    await publishing;
    StationReport.Events(received, connection.EventWindow);

    // 7. Typed events, generated from the firmware's Particle.publish / Particle.subscribe calls: a typed publish to
    //    the "station/setpoint" subscription (its handler parses a number, so the publisher takes a double and
    //    writes it in the invariant culture), and the "weather/reading" stream with its JSON payload as a record.
    const double setpoint = 21.5;
    await station.PublishStationSetpointAsync(setpoint);
    StationReport.TypedPublish("station/setpoint", setpoint.ToString(System.Globalization.CultureInfo.InvariantCulture), await connection.SetpointReceivedAsync());
    using var typedWindow = new CancellationTokenSource(connection.EventWindow);
    var readings = new List<ParticleEvent<WeatherStation.WeatherReadingPayload>>();
    var publishingReadings = connection.PublishDeclaredReadingsAsync(typedWindow.Token);
    try
    {
        await foreach (var reading in station.WeatherReadingEventsAsync(typedWindow.Token))
        {
            readings.Add(reading);
            if (readings.Count == 2)
            {
                break;
            }
        }
    }
    catch (OperationCanceledException) when (typedWindow.IsCancellationRequested)
    {
        // The window closed: show what arrived.
    }

    await typedWindow.CancelAsync();
    await publishingReadings;
    StationReport.TypedEvents(readings, connection.EventWindow);
    return 0;
}
catch (ParticleCloudException exception)
{
    // Offline device (408), bad token (401), unknown device (403), ...: the message never contains the token.
    StationReport.Failure(exception);
    return 1;
}
