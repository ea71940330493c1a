using System.Net.Http.Headers;
using System.Text;

namespace ParticleContracts.Simulator.Tests.Process;

/// <summary>The standalone command's <c>--publish-every</c>: firmware devices publish their declared events on a schedule.</summary>
public sealed class PublishEveryOptionTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pc-publish-every-" + Guid.NewGuid().ToString("N"));

    public PublishEveryOptionTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "station"));
        File.WriteAllText(Path.Combine(_folder, "station", "station.ino"), """
            double temp = 21.5;
            void setup() {}
            void loop() { Particle.publish("weather/temp", String(temp)); }
            """);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Declared_events_arrive_on_the_schedule()
    {
        using var process = StandaloneSimulatorTests.Start("--port", "0", "--token", "events-token", "--firmware", _folder, "--publish-every", "200ms");
        var baseAddress = StandaloneSimulatorTests.WaitForBaseAddress(process);
        var banner = process.WaitForLine("Declared events: ", StartTimeout);

        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "events-token");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var body = await http.GetStreamAsync("v1/devices/events/weather", timeout.Token);
        var text = new StringBuilder();
        var buffer = new byte[1024];
        while (CountOf(text.ToString(), "event: weather/temp") < 2)
        {
            var read = await body.ReadAsync(buffer, timeout.Token);
            Assert.NotEqual(0, read);
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        Assert.EndsWith("Declared events: published every 0.2 s", banner, StringComparison.Ordinal);
        Assert.Contains("\"data\":\"1.5\"", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_option_events_are_published_on_demand()
    {
        using var process = StandaloneSimulatorTests.Start("--port", "0", "--firmware", _folder);

        var banner = process.WaitForLine("Declared events: ", StartTimeout);

        Assert.EndsWith("Declared events: on demand", banner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0s")]
    [InlineData("often")]
    public async Task An_invalid_interval_exits_with_a_message(string value)
    {
        using var process = StandaloneSimulatorTests.Start("--port", "0", "--publish-every", value);

        var exitCode = await process.WaitForExitAsync(StartTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--publish-every must be a positive duration", process.Output, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
