using System.CommandLine;
using System.Globalization;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

namespace ParticleContracts.Simulator;

/// <summary>
/// The standalone simulator: <c>dotnet run --project src/ParticleContracts.Simulator -- --port 9090 --firmware firmware --token T</c>.
/// Prints the base URL, the token, the console's address (unless <c>--no-console</c>) and the devices, then serves until Ctrl+C.
/// </summary>
internal static class Program
{
    /// <summary>Exit code when the folder given with <c>--firmware</c> cannot be used.</summary>
    private const int BadFirmware = 2;

    /// <summary>Exit code when the port is taken by another process.</summary>
    private const int PortInUse = 3;

    public static async Task<int> Main(string[] args)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "Loopback port to listen on (0 picks a free port).",
            DefaultValueFactory = _ => 9090,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        var firmware = new Option<DirectoryInfo?>("--firmware", "-f")
        {
            Description = "Folder of firmware projects; each contract found becomes a device named after its folder.",
        };
        var token = new Option<string?>("--token", "-t")
        {
            Description = "The access token to accept (a random one is generated and printed when omitted).",
        };
        var load = new LoadOptions();
        var events = new EventOptions();
        var consoleOn = new Option<bool>("--console")
        {
            Description = "Serve the web console at /console (the default).",
        };
        var noConsole = new Option<bool>("--no-console")
        {
            Description = "Do not serve the web console.",
        };
        var root = new RootCommand("Local Particle Cloud simulator: the Particle Cloud API wire format on 127.0.0.1.")
        {
            port,
            firmware,
            token,
            consoleOn,
            noConsole,
        };
        foreach (var option in load.All)
        {
            root.Options.Add(option);
        }

        root.Options.Add(events.PublishEvery);

        root.Validators.Add(result =>
        {
            if (result.GetValue(consoleOn) && result.GetValue(noConsole))
            {
                result.AddError("--console and --no-console cannot be used together.");
            }
        });
        root.SetAction((result, cancellationToken) =>
        {
            var options = new ParticleSimulatorOptions
            {
                Port = result.GetValue(port),
                AccessToken = result.GetValue(token) is { } given && !string.IsNullOrWhiteSpace(given) ? given : null,
                EnableConsole = !result.GetValue(noConsole),
            };
            load.ApplyTo(result, options);
            events.ApplyTo(result, options);
            return RunAsync(options, result.GetValue(firmware), result.InvocationConfiguration.Output, cancellationToken);
        });
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }

    private static async Task<int> RunAsync(ParticleSimulatorOptions options, DirectoryInfo? firmware, TextWriter output, CancellationToken cancellationToken)
    {
        if (firmware is { Exists: false })
        {
            await Console.Error.WriteLineAsync($"Firmware folder not found: {firmware.FullName}").ConfigureAwait(false);
            return BadFirmware;
        }

        // Unexpected failures behind a 500 reply go to stderr; replies carry only the cloud's generic error body.
        using var logging = LoggerFactory.Create(builder => builder.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        options.LoggerFactory = logging;
        ParticleCloudSimulator simulator;
        try
        {
            simulator = await ParticleCloudSimulator.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync(
                $"Port {options.Port.ToString(CultureInfo.InvariantCulture)} on 127.0.0.1 is already in use; choose another with --port (0 picks a free port).").ConfigureAwait(false);
            return PortInUse;
        }

        await using var running = simulator.ConfigureAwait(false);
        if (firmware is not null)
        {
            simulator.AddDevicesFromFirmware(firmware.FullName, Console.Error);
        }

        await output.WriteLineAsync($"Particle Cloud simulator listening on {simulator.BaseAddress}").ConfigureAwait(false);
        await output.WriteLineAsync($"Access token: {simulator.AccessToken}").ConfigureAwait(false);
        await output.WriteLineAsync(LoadOptions.Describe(options)).ConfigureAwait(false);
        await output.WriteLineAsync(EventOptions.Describe(options)).ConfigureAwait(false);
        if (simulator.ConsoleAddress is { } consoleAddress)
        {
            await output.WriteLineAsync($"Console: {consoleAddress} (log in with the access token)").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Devices ({simulator.Devices.Count.ToString(CultureInfo.InvariantCulture)}):").ConfigureAwait(false);
        foreach (var device in simulator.Devices)
        {
            await output.WriteLineAsync(Describe(device)).ConfigureAwait(false);
        }

        await output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: fall through to a clean stop.
        }

        await output.WriteLineAsync("Stopped.").ConfigureAwait(false);
        return 0;
    }

    private static string Describe(SimulatedDevice device)
    {
        var variables = string.Join(", ", device.Variables.Select(v => $"{v.Key} ({v.Value.ToWireName()})"));
        var functions = string.Join(", ", device.Functions);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"  {device.Name} [{device.Id}] platform {device.PlatformId}; variables: {(variables.Length == 0 ? "none" : variables)}; functions: {(functions.Length == 0 ? "none" : functions)}");
    }
}
