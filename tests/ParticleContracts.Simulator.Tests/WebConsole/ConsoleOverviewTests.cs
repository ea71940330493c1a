using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace ParticleContracts.Simulator.Tests.WebConsole;

/// <summary>
/// The console over the repository's own firmware folder: a session that uses every panel, a screenshot saved as a
/// test artifact (<c>TestResults/console/console.png</c>), and proof that the page never put the token in a URL.
/// </summary>
public sealed class ConsoleOverviewTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [BrowserFact]
    public async Task A_full_session_keeps_the_token_out_of_every_url_and_is_saved_as_a_screenshot()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { EnableConsole = true });
        var devices = sim.AddDevicesFromFirmware(Path.Combine(RepositoryRoot(), "firmware"));
        var driver = chromium.Driver;
        try
        {
            driver.Navigate().GoToUrl(sim.ConsoleAddress!);
            driver.FindElement(By.Id("token")).SendKeys(sim.AccessToken);
            driver.FindElement(By.Id("login-button")).Click();
            var listed = driver.WaitFor(
                d => d.FindElements(By.CssSelector("#device-list tbody tr td.name")) is { Count: > 0 } cells && cells.Count == devices.Count ? cells.Select(c => c.Text).ToList() : null,
                "every firmware device in the list");
            Assert.Equal(devices.Select(d => d.Name), listed);

            // The richest device makes the most telling picture.
            var device = devices.OrderByDescending(d => d.Variables.Count + d.Functions.Count).ThenBy(d => d.Name, StringComparer.Ordinal).First();
            driver.FindElement(By.CssSelector($"#device-list tbody tr[data-device='{device.Name}']")).Click();
            driver.WaitFor(d => d.TextOf("#device-name") == device.Name, "the device view");
            await DriveAsync(driver, sim, device);

            var shot = Path.Combine(RepositoryRoot(), "TestResults", "console", "console.png");
            Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
            driver.ExecuteScript("window.scrollTo(0, 0);");
            driver.GetScreenshot().SaveAsFile(shot);
            Assert.True(new FileInfo(shot).Length > 10_000, "The screenshot is suspiciously small.");
        }
        finally
        {
            driver.Navigate().GoToUrl("about:blank");
        }

        var requests = sim.ConsoleRequests;
        Assert.Contains(requests, r => r.Path.StartsWith("/v1/devices/events", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Path.StartsWith("/simulator/", StringComparison.Ordinal));
        Assert.All(requests, r =>
        {
            Assert.DoesNotContain(sim.AccessToken, r.Path + r.Query, StringComparison.Ordinal);
            Assert.DoesNotContain("access_token", r.Query, StringComparison.OrdinalIgnoreCase);
            // Data calls carry the token in the Authorization header; only the static page shell goes without one.
            Assert.Equal(r.Path.StartsWith("/console", StringComparison.Ordinal) ? "none" : "bearer", r.Authentication);
        });
    }

    /// <summary>Sets every numeric variable a few times (for the chart), reads one, calls a function, publishes events and sets a fault.</summary>
    private static async Task DriveAsync(IWebDriver driver, ParticleCloudSimulator sim, SimulatedDevice device)
    {
        var numeric = device.Variables.Where(v => v.Value is SimulatedVariableType.Double or SimulatedVariableType.Int32).Select(v => v.Key).ToList();
        for (var step = 0; step < 6; step++)
        {
            foreach (var (name, index) in numeric.Select((n, i) => (n, i)))
            {
                var row = driver.FindElement(By.CssSelector($"tr[data-variable='{name}']"));
                var input = row.FindElement(By.CssSelector("input.set-value"));
                var value = device.Variables[name] == SimulatedVariableType.Double ? 10 + (step * (index + 1) * 0.75) + (index * 8) : 70 - (step * 3) - (index * 12);
                input.Clear();
                input.SendKeys(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                row.FindElement(By.CssSelector("button.set")).Click();
                var confirmation = "set to " + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                driver.WaitFor(_ => row.FindElement(By.CssSelector(".result")).Text == confirmation, confirmation);
            }

            await Task.Delay(700);
        }

        if (numeric.Count > 0)
        {
            var first = driver.FindElement(By.CssSelector($"tr[data-variable='{numeric[0]}']"));
            first.FindElement(By.CssSelector("button.read")).Click();
            driver.WaitFor(_ => first.FindElement(By.CssSelector(".result")).Text.StartsWith("200 ", StringComparison.Ordinal), "the read");
            driver.WaitFor(d => d.FindElements(By.CssSelector("#chart polyline")).Count == numeric.Count, "a chart line per numeric variable");
        }

        if (device.Functions.Count > 0)
        {
            var fn = driver.FindElement(By.CssSelector($"tr[data-function='{device.Functions[0]}']"));
            fn.FindElement(By.CssSelector("input.argument")).SendKeys("auto");
            fn.FindElement(By.CssSelector("button.call")).Click();
            // Devices built from firmware answer with the handler's codes (a bad argument gets its failure code), so any
            // return value shows that the call went through.
            driver.WaitFor(_ => fn.FindElement(By.CssSelector(".result")).Text.StartsWith("return_value ", StringComparison.Ordinal), "the function's return value");
        }

        await sim.WaitForEventStreamsAsync(1).WaitAsync(TimeSpan.FromSeconds(15));
        device.PublishEvent("weather/reading", "{\"temp\":21.5}");
        driver.FindElement(By.Id("publish-name")).SendKeys("console/hello");
        driver.FindElement(By.Id("publish-data")).SendKeys("from the console");
        driver.FindElement(By.CssSelector("#publish-form button[type='submit']")).Click();
        driver.WaitFor(d => d.FindElements(By.CssSelector("#event-log li")).Count >= 2, "events in the live log");

        var latency = driver.FindElement(By.Id("fault-latency"));
        latency.Clear();
        latency.SendKeys("150");
        driver.FindElement(By.CssSelector("#fault-form button[type='submit']")).Click();
        driver.WaitFor(_ => sim.Faults.Latency == TimeSpan.FromMilliseconds(150), "the latency fault");
        driver.WaitFor(d => Regex.IsMatch(d.TextOf("#fault-values"), @"Latency\s+150 ms"), "the current latency shown");
        // The app under test, calling the API beside the console: the request panel lists its calls, not the console's own.
        using var app = SimulatorHttp.AuthorizedClient(sim);
        foreach (var name in device.Variables.Keys.Take(3))
        {
            (await app.GetAsync($"v1/devices/{device.Name}/{name}")).Dispose();
        }

        driver.WaitFor(d => d.FindElements(By.CssSelector("#request-list tbody tr")).Count >= 3, "the app's calls in the request log");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParticleContracts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParticleContracts.sln not found above " + AppContext.BaseDirectory);
    }
}
