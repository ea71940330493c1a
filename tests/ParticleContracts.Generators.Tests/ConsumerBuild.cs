using System.Diagnostics;

namespace ParticleContracts.Generators.Tests;

/// <summary>Runs a real <c>dotnet build</c> of a consumer project in a temporary folder.</summary>
internal static class ConsumerBuild
{
    /// <summary>Builds the project in <paramref name="folder"/>; returns the exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> DotnetBuildAsync(string folder)
    {
        // The repository projects are already built (this test project references them); do not rebuild them here.
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "build", "-nologo", "-c", configuration, "-p:BuildProjectReferences=false", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
