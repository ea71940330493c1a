using System.Globalization;
using ParticleContracts;
using Spectre.Console;
using WeatherStationSample.Devices;

namespace WeatherStationSample;

/// <summary>One variable as the sample shows it.</summary>
internal sealed record VariableReading(string CloudName, string CSharpType, string Member, string Value);

internal sealed record TypedCall(string Function, string Call, string ReturnValue, string Code);

/// <summary>Renders each step of the sample as a table.</summary>
internal static class StationReport
{
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(bool value) => value ? "true" : "false";

    /// <summary>Awaits one typed read and formats its value, or the cloud's error for this variable.</summary>
    public static async Task<string> ValueOf<T>(Task<T> read)
    {
        try
        {
            return await read switch
            {
                double value => Format(value),
                int value => Format(value),
                bool value => Format(value),
                var value => value?.ToString() ?? "",
            };
        }
        catch (ParticleUnknownVariableException exception)
        {
            return "not on the device: " + exception.Message;
        }
    }

    public static void Failure(ParticleCloudException exception)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]The cloud call failed ({exception.GetType().Name}):[/] {exception.Message}");
    }

    public static void Title(string connection)
    {
        if (Console.IsOutputRedirected)
        {
            // Piped to a file or a log: keep every table row on one line instead of wrapping at 80 columns.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        }

        AnsiConsole.Write(new Rule("[bold]WeatherStation[/] — typed Particle calls from firmware/weather-station").LeftJustified());
        AnsiConsole.MarkupLineInterpolated($"Connected to the {connection}.");
    }

    public static void Devices(IReadOnlyList<ParticleDeviceInfo> devices)
    {
        var table = new Table().Title("Devices").AddColumns("Name", "ID", "Platform", "Online");
        foreach (var device in devices)
        {
            table.AddRow(
                Markup.Escape(device.Name ?? "(unnamed)"),
                Markup.Escape(device.Id),
                device.PlatformId?.ToString(CultureInfo.InvariantCulture) ?? "-",
                device.Connected ? "yes" : "no");
        }

        AnsiConsole.Write(table);
    }

    public static void Variables(IReadOnlyList<VariableReading> readings)
    {
        var table = new Table().Title("Variables (typed members)").AddColumns("Cloud name", "C# type", "Member", "Value");
        foreach (var reading in readings)
        {
            table.AddRow(Markup.Escape(reading.CloudName), reading.CSharpType, reading.Member, Markup.Escape(reading.Value));
        }

        AnsiConsole.Write(table);
    }

    public static void FunctionCall(string function, string argument, int returnValue, string effect)
    {
        var table = new Table().Title("Function call").AddColumns("Function", "Argument", "Return value", "Effect");
        table.AddRow(Markup.Escape(function), Markup.Escape(argument), returnValue.ToString(CultureInfo.InvariantCulture), Markup.Escape(effect));
        AnsiConsole.Write(table);
    }

    public static void Configuration(IReadOnlyList<ConfigurationStep> steps)
    {
        var table = new Table().Title("Configuration (ledger and environment, typed from the firmware)").AddColumns("Firmware reads", "Member", "Value");
        foreach (var step in steps)
        {
            table.AddRow(Markup.Escape(step.FirmwareReads), step.Member, Markup.Escape(step.Value));
        }

        AnsiConsole.Write(table);
    }

    /// <summary>Awaits one typed function call; a device without the function shows the cloud's answer instead.</summary>
    public static async Task<TypedCall> CallOf<T>(string function, string call, Task<T> pending, Func<T, (int ReturnValue, string? Code)> show)
    {
        try
        {
            var (returnValue, code) = show(await pending);
            return new TypedCall(function, call, Format(returnValue), code ?? "unknown");
        }
        catch (ParticleUnknownFunctionException exception)
        {
            return new TypedCall(function, call, "-", "not on the device: " + exception.Message);
        }
    }

    public static void TypedCalls(IReadOnlyList<TypedCall> calls)
    {
        var table = new Table().Title("Typed function calls").AddColumns("Function", "C# call", "Return value", "Code");
        foreach (var call in calls)
        {
            table.AddRow(Markup.Escape(call.Function), Markup.Escape(call.Call), call.ReturnValue, Markup.Escape(call.Code));
        }

        AnsiConsole.Write(table);
    }

    public static void Drift(ParticleDeviceContract contract, ContractVerificationResult result)
    {
        var table = new Table().Title($"VerifyAsync(): {contract.Name} contract vs device '{Markup.Escape(result.DeviceIdOrName)}'")
            .AddColumns("Kind", "Cloud name", "Cloud type", "Firmware", "On device");
        foreach (var member in contract.Members)
        {
            var drift = result.Drifts.FirstOrDefault(d => d.Name == member.Name && d.MemberKind == member.Kind);
            table.AddRow(
                member.Kind == ParticleMemberKind.Variable ? "variable" : "function",
                Markup.Escape(member.Name),
                member.CloudType ?? "-",
                Markup.Escape($"{Path.GetFileName(member.File)}:{member.Line}"),
                drift is null ? "[green]ok[/]" : $"[red]{Markup.Escape(drift.ToString())}[/]");
        }

        foreach (var ledger in contract.Ledgers)
        {
            var drift = result.Drifts.FirstOrDefault(d => d.Name == ledger.Name && d.MemberKind == ParticleMemberKind.Ledger);
            table.AddRow(
                "ledger",
                Markup.Escape(ledger.Name),
                ledger.Direction.ToString(),
                "-",
                drift is null ? "[green]ok[/]" : $"[red]{Markup.Escape(drift.ToString())}[/]");
        }

        foreach (var extra in result.Drifts.Where(d => d.Kind == ContractDriftKind.ExtraOnDevice))
        {
            table.AddRow(
                extra.MemberKind == ParticleMemberKind.Variable ? "variable" : "function",
                Markup.Escape(extra.Name),
                extra.ActualCloudType ?? "-",
                "-",
                $"[yellow]{Markup.Escape(extra.ToString())}[/]");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(result.HasDrift
            ? $"[red]Drift: {result.Drifts.Count} difference(s) between the firmware and the device.[/]"
            : "[green]No drift: the device matches the firmware contract.[/]");
    }

    public static void Events(IReadOnlyList<ParticleEvent> events, TimeSpan window)
    {
        var table = new Table().Title("Live events").AddColumns("Event", "Data", "Published at");
        foreach (var particleEvent in events)
        {
            table.AddRow(
                Markup.Escape(particleEvent.Name),
                Markup.Escape(particleEvent.Data ?? ""),
                particleEvent.PublishedAt?.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "-");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{events.Count} event(s) received within {window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
    }

    public static void TypedPublish(string name, string data, string? received)
    {
        AnsiConsole.MarkupLineInterpolated($"Published [bold]{name}[/] = {data} through the typed publisher.");
        if (received is not null)
        {
            AnsiConsole.MarkupLineInterpolated($"The simulated device's subscription received {name} = {received}.");
        }
    }

    public static void TypedEvents(IReadOnlyList<ParticleEvent<WeatherStation.WeatherReadingPayload>> events, TimeSpan window)
    {
        var table = new Table().Title("Typed events (weather/reading)").AddColumns("Event", "Temp", "Humidity", "Raining", "Published at");
        foreach (var item in events)
        {
            var reading = item.Data;
            table.AddRow(
                Markup.Escape(item.Name),
                reading is null ? Markup.Escape(item.PayloadError?.Message ?? "-") : reading.Temp.ToString(CultureInfo.InvariantCulture),
                reading?.Humidity.ToString(CultureInfo.InvariantCulture) ?? "-",
                reading is null ? "-" : reading.Raining ? "true" : "false",
                item.PublishedAt?.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "-");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"{events.Count} typed event(s) received within {window.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
    }
}
