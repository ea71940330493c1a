using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace ParticleContracts.Simulator.Tests.WebConsole;

/// <summary>
/// Debian's <c>chromium</c> + <c>chromium-driver</c> (which <c>.ci/run</c> installs), or the executables named by
/// <c>CHROMIUM_PATH</c> / <c>CHROMEDRIVER_PATH</c>, driven headless through Selenium. No driver is downloaded.
/// </summary>
internal static class HeadlessChromium
{
    public const string NotFound =
        "No Chromium to drive: install Debian's chromium and chromium-driver (.ci/run does this with apt-get) "
        + "or set CHROMIUM_PATH and CHROMEDRIVER_PATH.";

    private static readonly Lazy<(string Browser, string Driver)?> Executables = new(Locate);

    public static bool IsAvailable => Executables.Value is not null;

    public static ChromeDriver Start()
    {
        var (browser, driver) = Executables.Value ?? throw new InvalidOperationException(NotFound);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(driver)!, Path.GetFileName(driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = browser };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--no-proxy-server",
            "--window-size=1440,1400",
            "--lang=en-US");
        var chrome = new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
        chrome.Manage().Timeouts().ImplicitWait = TimeSpan.Zero;
        return chrome;
    }

    /// <summary>Polls until <paramref name="condition"/> holds (ignoring elements that are not there yet) or fails with <paramref name="what"/>.</summary>
    public static T WaitFor<T>(this IWebDriver driver, Func<IWebDriver, T?> condition, string what, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (condition(driver) is { } value && value is not false)
                {
                    return value;
                }
            }
            catch (Exception ex) when (ex is NoSuchElementException or StaleElementReferenceException)
            {
                last = ex;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException($"Timed out waiting for {what}.", last);
    }

    public static string TextOf(this IWebDriver driver, string css) => driver.FindElement(By.CssSelector(css)).Text;

    private static (string Browser, string Driver)? Locate()
    {
        var browser = FirstExisting(Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        var driver = FirstExisting(Environment.GetEnvironmentVariable("CHROMEDRIVER_PATH"), "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        return browser is null || driver is null ? null : (browser, driver);
    }

    private static string? FirstExisting(params string?[] candidates) =>
        candidates.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
}

/// <summary>A browser test: runs when Chromium and its driver are installed, and is skipped with <see cref="HeadlessChromium.NotFound"/> otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!HeadlessChromium.IsAvailable)
        {
            Skip = HeadlessChromium.NotFound;
        }
    }
}
