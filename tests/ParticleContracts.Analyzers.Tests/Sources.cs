namespace ParticleContracts.Analyzers.Tests;

/// <summary>Wraps statements in a compilable app that has a raw client and a WeatherStation proxy at hand.</summary>
internal static class Sources
{
    public static string App(string statements, string extraTypes = "") => $$"""
        #nullable enable
        using System.Threading;
        using System.Threading.Tasks;
        using ParticleContracts;
        using MyApp.Devices;

        sealed class App
        {
            const string Temprature = "unused";

            async Task RunAsync(ParticleCloudClient client, WeatherStation station, CancellationToken ct)
            {
        {{Indent(statements, 8)}}
            }
        }

        {{extraTypes}}
        """;

    /// <summary>An app without generated proxies (no firmware in the project).</summary>
    public static string ClientOnlyApp(string statements) => $$"""
        using System.Threading.Tasks;
        using ParticleContracts;

        sealed class App
        {
            async Task RunAsync(ParticleCloudClient client)
            {
        {{Indent(statements, 8)}}
            }
        }
        """;

    private static string Indent(string text, int spaces)
    {
        var padding = new string(' ', spaces);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        return string.Join("\n", lines.Select(line => line.Length == 0 ? line : padding + line));
    }
}
