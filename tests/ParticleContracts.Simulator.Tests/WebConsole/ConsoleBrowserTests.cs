using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ParticleContracts.Simulator.Tests.WebConsole;

/// <summary>One headless Chromium shared by the browser tests of a class (each test gets its own simulator, hence its own origin and session storage).</summary>
public sealed class ChromiumFixture : IDisposable
{
    private readonly Lazy<ChromeDriver> _driver = new(HeadlessChromium.Start);

    public ChromeDriver Driver => _driver.Value;

    public void Dispose()
    {
        if (_driver.IsValueCreated)
        {
            _driver.Value.Quit();
            _driver.Value.Dispose();
        }
    }
}

/// <summary>The console page driven in a real browser against a running simulator.</summary>
public sealed class ConsoleBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IAsyncLifetime
{
    private readonly TempFirmware _firmware = new();
    private ParticleCloudSimulator _sim = null!;

    private ChromeDriver Driver => chromium.Driver;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions
        {
            EnableConsole = true,
            OfflineResponseDelay = TimeSpan.FromMilliseconds(20),
        });
        _sim.AddDevicesFromFirmware(_firmware.Root);
    }

    public async Task DisposeAsync()
    {
        // Leave the page first so its event stream closes before the simulator stops.
        Driver.Navigate().GoToUrl("about:blank");
        await _sim.DisposeAsync();
        _firmware.Dispose();
    }

    [BrowserFact]
    public void Without_a_token_only_the_login_prompt_shows_and_no_data_is_requested()
    {
        Driver.Navigate().GoToUrl(_sim.ConsoleAddress!);
        Driver.WaitFor(d => d.FindElement(By.Id("login-form")).Displayed, "the login prompt");
        Thread.Sleep(500);

        Assert.False(Driver.FindElement(By.Id("app")).Displayed);
        Assert.Empty(Driver.FindElements(By.CssSelector("#device-list tbody tr")));
        Assert.All(_sim.ConsoleRequests, r => Assert.StartsWith("/console", r.Path, StringComparison.Ordinal));

        Driver.FindElement(By.Id("token")).SendKeys("not-the-token");
        Driver.FindElement(By.Id("login-button")).Click();
        var error = Driver.WaitFor(d => d.TextOf("#login-error") is { Length: > 0 } text ? text : null, "the refusal");

        Assert.Contains("401", error, StringComparison.Ordinal);
        Assert.False(Driver.FindElement(By.Id("app")).Displayed);
        Assert.Null(Driver.ExecuteScript("return sessionStorage.getItem('particle-simulator-token');"));
    }

    [BrowserFact]
    public void Lists_the_firmware_devices_and_reads_a_variable_through_the_api()
    {
        _sim.GetDevice("lamp").SetVariable("temp", 23.25);
        LogIn();

        var names = Driver.WaitFor(
            d => d.FindElements(By.CssSelector("#device-list tbody tr td.name")) is { Count: 2 } cells ? cells.Select(c => c.Text).ToList() : null,
            "both devices in the list");
        Assert.Equal(["counter", "lamp"], names);
        Assert.Contains(TempFirmware.ExpectedId("lamp"), Driver.TextOf("#device-list tbody tr[data-device='lamp']"), StringComparison.Ordinal);

        SelectDevice("lamp");
        var row = Driver.FindElement(By.CssSelector("tr[data-variable='temp']"));
        Assert.Contains("double", row.Text, StringComparison.Ordinal);
        row.FindElement(By.CssSelector("button.read")).Click();

        Driver.WaitFor(_ => row.FindElement(By.CssSelector(".result")).Text == "200 23.25", "the read's reply");
        Driver.WaitFor(_ => row.FindElement(By.CssSelector(".value")).Text == "23.25", "the live value");
        Assert.Contains(_sim.ConsoleRequests, r => r.Path == "/v1/devices/" + TempFirmware.ExpectedId("lamp") + "/temp" && r.Status == 200);
    }

    [BrowserFact]
    public async Task Calls_a_function_with_an_argument_and_shows_the_return_value_or_the_error_body()
    {
        _sim.GetDevice("lamp").SetFunction("led", arg => arg == "on" ? 42 : -1);
        LogIn();
        SelectDevice("lamp");

        var row = Driver.FindElement(By.CssSelector("tr[data-function='led']"));
        row.FindElement(By.CssSelector("input.argument")).SendKeys("on");
        row.FindElement(By.CssSelector("button.call")).Click();
        Driver.WaitFor(_ => row.FindElement(By.CssSelector(".result")).Text == "return_value 42", "the return value");
        Assert.Equal(new SimulatedFunctionCall("led", "on", 42), Assert.Single(_sim.GetDevice("lamp").FunctionCalls));

        // An argument over the 1024-byte limit: the page shows the cloud's error body as the API returns it.
        var tooLong = new string('x', 1100);
        using var http = SimulatorHttp.AuthorizedClient(_sim);
        using var expected = await http.PostAsync("v1/devices/lamp/led", new FormUrlEncodedContent([new("arg", tooLong)]));
        var expectedText = $"{(int)expected.StatusCode} {await expected.Content.ReadAsStringAsync()}";
        var input = row.FindElement(By.CssSelector("input.argument"));
        input.Clear();
        input.SendKeys(tooLong);
        row.FindElement(By.CssSelector("button.call")).Click();

        Driver.WaitFor(_ => row.FindElement(By.CssSelector(".result")).Text == expectedText, "the cloud's error body");
        Assert.StartsWith("400 {", expectedText, StringComparison.Ordinal);
        Assert.Single(_sim.GetDevice("lamp").FunctionCalls);
    }

    [BrowserFact]
    public async Task Publishes_an_event_as_the_device_and_shows_it_in_the_live_log()
    {
        LogIn();
        SelectDevice("lamp");
        await _sim.WaitForEventStreamsAsync(1).WaitAsync(TimeSpan.FromSeconds(15));

        Driver.FindElement(By.Id("publish-name")).SendKeys("console/hello");
        Driver.FindElement(By.Id("publish-data")).SendKeys("21.5 C");
        Driver.FindElement(By.CssSelector("#publish-form button[type='submit']")).Click();

        var entry = Driver.WaitFor(d => d.FindElements(By.CssSelector("#event-log li[data-event='console/hello']")).FirstOrDefault(), "the event in the live log");
        Assert.Contains("21.5 C", entry.Text, StringComparison.Ordinal);
        Assert.Contains("lamp", entry.Text, StringComparison.Ordinal);
        var published = Assert.Single(_sim.PublishedEvents, e => e.Name == "console/hello");
        Assert.Equal(TempFirmware.ExpectedId("lamp"), published.CoreId);

        // The prefix filter re-subscribes to /v1/devices/events/<prefix>: other events no longer arrive.
        Driver.FindElement(By.Id("event-prefix")).SendKeys("only/");
        Driver.FindElement(By.CssSelector("#event-filter button[type='submit']")).Click();
        Driver.WaitFor(_ => _sim.ConsoleRequests.Any(r => r.Path == "/v1/devices/events/only/" && r.Status == 200), "the filtered stream");
        await _sim.WaitForEventStreamsAsync(1).WaitAsync(TimeSpan.FromSeconds(15));
        Driver.FindElement(By.Id("event-clear")).Click();
        _sim.GetDevice("lamp").PublishEvent("other/event", "x");
        _sim.GetDevice("lamp").PublishEvent("only/this", "y");
        Driver.WaitFor(d => d.FindElements(By.CssSelector("#event-log li[data-event='only/this']")).Count == 1, "the matching event");
        Assert.Empty(Driver.FindElements(By.CssSelector("#event-log li[data-event='other/event']")));
    }

    [BrowserFact]
    public void Taking_the_device_offline_makes_the_next_read_answer_408()
    {
        LogIn();
        SelectDevice("lamp");

        Driver.FindElement(By.Id("toggle-online")).Click();
        Driver.WaitFor(_ => !_sim.GetDevice("lamp").IsOnline, "the device to go offline");
        Driver.WaitFor(d => d.TextOf("#device-online") == "offline", "the offline badge");

        var row = Driver.FindElement(By.CssSelector("tr[data-variable='count']"));
        row.FindElement(By.CssSelector("button.read")).Click();
        Driver.WaitFor(_ => row.FindElement(By.CssSelector(".result")).Text == """408 {"ok":false,"error":"timed out"}""", "the 408 reply");

        Driver.FindElement(By.Id("toggle-online")).Click();
        Driver.WaitFor(_ => _sim.GetDevice("lamp").IsOnline, "the device to come back");
    }

    [BrowserFact]
    public async Task Dropping_the_event_streams_from_the_fault_panel_cuts_the_live_log_which_reconnects()
    {
        LogIn();
        SelectDevice("lamp");
        await _sim.WaitForEventStreamsAsync(1).WaitAsync(TimeSpan.FromSeconds(15));
        var opened = _sim.ConsoleRequests.Count(r => r.Path == "/v1/devices/events");

        Driver.FindElement(By.Id("drop-streams")).Click();

        Driver.WaitFor(d => d.TextOf("#fault-values").Contains("Streams just dropped", StringComparison.Ordinal), "the drop to be reported");
        Driver.WaitFor(_ => _sim.ConsoleRequests.Count(r => r.Path == "/v1/devices/events") > opened, "the live log to reconnect");
        await _sim.WaitForEventStreamsAsync(1).WaitAsync(TimeSpan.FromSeconds(15));
        Driver.WaitFor(d => d.TextOf("#stream-state") == "live", "the stream to be live again");
        _sim.GetDevice("lamp").PublishEvent("after/drop", "still here");
        Driver.WaitFor(d => d.FindElements(By.CssSelector("#event-log li[data-event='after/drop']")).Count == 1, "an event after the reconnect");
    }

    private void LogIn()
    {
        Driver.Navigate().GoToUrl(_sim.ConsoleAddress!);
        Driver.WaitFor(d => d.FindElement(By.Id("token")).Displayed, "the login prompt");
        Driver.FindElement(By.Id("token")).SendKeys(_sim.AccessToken);
        Driver.FindElement(By.Id("login-button")).Click();
        Driver.WaitFor(d => d.FindElement(By.Id("app")).Displayed, "the console after login");
    }

    private void SelectDevice(string name)
    {
        Driver.WaitFor(d => d.FindElements(By.CssSelector($"#device-list tbody tr[data-device='{name}']")).FirstOrDefault(), $"device {name} in the list").Click();
        Driver.WaitFor(d => d.TextOf("#device-name") == name, $"the view of {name}");
    }
}
