using System.Net;
using System.Text.RegularExpressions;
using ParticleContracts.Simulator.Tests.Process;

namespace ParticleContracts.Simulator.Tests.WebConsole;

/// <summary>The console is off by default in the library and on by default in the standalone command; the API is the same either way.</summary>
public sealed partial class ConsoleSwitchTests
{
    private const string Token = "0123456789abcdef0123456789abcdef01234567";

    /// <summary>Requests of every kind the API serves, with faults, offline devices and errors along the way.</summary>
    private static readonly (string Method, string Path, string? Json, string? Token)[] Script =
    [
        ("GET", "v1/devices", null, Token),
        ("GET", "v1/devices/lamp", null, Token),
        ("GET", "v1/devices/lamp/temp", null, Token),
        ("GET", "v1/devices/lamp/temp?format=raw", null, Token),
        ("POST", "v1/devices/lamp/led", """{"arg":"on"}""", Token),
        ("POST", "v1/devices/lamp/nope", """{"arg":"on"}""", Token),
        ("GET", "v1/devices/lamp/nope", null, Token),
        ("GET", "v1/devices/dark/temp", null, Token),
        ("POST", "v1/devices/events", """{"name":"hello","data":"x"}""", Token),
        ("GET", "v1/devices", null, null),
        ("GET", "v1/devices", null, "ffffffffffffffffffffffffffffffffffffffff"),
        ("GET", "v1/user", null, Token),
        ("GET", "v1/nothing-here", null, Token),
        ("GET", "somewhere/else", null, null),
        ("GET", "v1/devices", null, Token), // answered by the scripted 503 below
        ("GET", "v1/devices", null, Token),
    ];

    [Fact]
    public async Task The_library_keeps_the_console_off_unless_asked()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        using var http = SimulatorHttp.AuthorizedClient(sim);

        var (page, pageBody) = await http.GetJsonAsync("console");
        var (faults, _) = await http.GetJsonAsync("simulator/faults");

        Assert.Null(sim.ConsoleAddress);
        Assert.Equal(HttpStatusCode.NotFound, page);
        Assert.Equal(HttpStatusCode.NotFound, faults);
        Assert.False(pageBody.GetProperty("ok").GetBoolean());
        Assert.Empty(sim.ConsoleRequests);
    }

    [Fact]
    public async Task The_api_answers_the_same_with_the_console_on()
    {
        var off = await RunScriptAsync(enableConsole: false);
        var on = await RunScriptAsync(enableConsole: true);

        Assert.Equal(Script.Length, on.Count);
        Assert.Equal(off, on);
    }

    [Fact]
    public async Task The_standalone_command_serves_the_console_unless_told_not_to()
    {
        using (var process = StandaloneSimulatorTests.Start("--port", "0", "--token", "console-token"))
        {
            var baseAddress = StandaloneSimulatorTests.WaitForBaseAddress(process);
            var line = process.WaitForLine("Console: ", TimeSpan.FromSeconds(30));
            Assert.Contains(new Uri(baseAddress, "console").ToString(), line, StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = baseAddress };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("console")).StatusCode);
        }

        using (var process = StandaloneSimulatorTests.Start("--port", "0", "--no-console", "--token", "no-console-token"))
        {
            var baseAddress = StandaloneSimulatorTests.WaitForBaseAddress(process);
            process.WaitForLine("Press Ctrl+C to stop.", TimeSpan.FromSeconds(30));
            Assert.DoesNotContain("Console: ", process.Output, StringComparison.Ordinal);
            using var http = new HttpClient { BaseAddress = baseAddress };
            // Without the console, /console is an unknown route: denied without a token, 404 with one.
            Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("console")).StatusCode);
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "no-console-token");
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("console")).StatusCode);
        }
    }

    private static async Task<List<string>> RunScriptAsync(bool enableConsole)
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions
        {
            EnableConsole = enableConsole,
            AccessToken = Token,
            OfflineResponseDelay = TimeSpan.Zero,
        });
        sim.AddDevice("lamp").SetVariable("temp", 21.5).SetFunction("led", arg => arg.Length);
        sim.AddDevice("dark").SetVariable("temp", 1).SetOnline(false);
        using var http = SimulatorHttp.Client(sim);
        var replies = new List<string>();
        for (var i = 0; i < Script.Length; i++)
        {
            if (i == Script.Length - 2)
            {
                sim.Faults.FailNextRequests(1, 503);
            }

            var (method, path, json, token) = Script[i];
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            if (json is not null)
            {
                request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await http.SendAsync(request);
            var body = Timestamps().Replace(await response.Content.ReadAsStringAsync(), "<time>");
            replies.Add($"{method} {path} -> {(int)response.StatusCode} {response.Content.Headers.ContentType} {body}");
        }

        return replies;
    }

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")]
    private static partial Regex Timestamps();
}
