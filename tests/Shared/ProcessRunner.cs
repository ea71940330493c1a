using System.Diagnostics;
using System.Text;

namespace ParticleContracts.TestSupport;

/// <summary>The result of one child process: the command line, its exit code and everything it wrote.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    /// <summary>Deconstructs into exit code and output, for <c>var (exitCode, output) = ...</c>.</summary>
    public void Deconstruct(out int exitCode, out string output)
    {
        exitCode = ExitCode;
        output = Output;
    }

    /// <inheritdoc />
    public override string ToString() => $"`{CommandLine}` exited with {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>
/// Runs a program to its end (git, node, npm, dotnet) and collects everything it writes to stdout and stderr, with a
/// hang guard that kills the process tree. The one process runner of the test projects (linked into each).
/// </summary>
internal static class ProcessRunner
{
    /// <summary>Runs <paramref name="program"/>; a null value in <paramref name="environment"/> removes that variable.</summary>
    public static async Task<ProcessResult> RunAsync(
        string program,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        IEnumerable<KeyValuePair<string, string?>>? environment = null)
    {
        var argumentList = arguments.ToList();
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in argumentList)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? [])
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var commandLine = $"{Path.GetFileName(program)} {string.Join(' ', argumentList)}";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var guard = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish within {timeout}:{Environment.NewLine}{Snapshot(output)}");
        }

        // The parameterless wait drains the redirected streams after the timed wait saw the exit.
        await process.WaitForExitAsync();
        return new ProcessResult(commandLine, process.ExitCode, Snapshot(output));
    }

    /// <summary>
    /// The environment for a child <c>dotnet</c>: the test host's <c>MSBuild*</c>/<c>VSTEST*</c> variables removed
    /// (they would point the child build at the wrong SDK pieces), build servers and node reuse off (so no lingering
    /// node keeps the output pipes open), then <paramref name="extra"/>.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> CleanDotnetEnvironment(IEnumerable<KeyValuePair<string, string?>>? extra = null)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                environment[name] = null;
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in extra ?? [])
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>The <c>dotnet</c> host running the tests (<c>DOTNET_HOST_PATH</c>), else <c>dotnet</c> from the PATH.</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
