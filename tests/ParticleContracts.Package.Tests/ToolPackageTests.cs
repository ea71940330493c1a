namespace ParticleContracts.Package.Tests;

/// <summary>The <c>particle-contracts</c> dotnet tool installs from the feed and inspects firmware.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ToolPackageTests(LocalPackageFeed feed)
{
    [Fact]
    public async Task Tool_installs_from_the_local_feed_and_inspects_a_firmware_folder()
    {
        Assert.All(feed.PackResults, pack => Assert.True(pack.ExitCode == 0, pack.ToString()));
        var toolPath = Path.Combine(feed.WorkDirectory, "tool-" + Guid.NewGuid().ToString("N")[..8]);

        var install = await DotnetCli.RunAsync(feed.WorkDirectory,
        [
            "tool", "install", "ParticleContracts.Cli",
            "--tool-path", toolPath,
            "--version", feed.Version,
            "--add-source", feed.FeedDirectory,
        ]);
        Assert.True(install.ExitCode == 0, install.ToString());

        var shim = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "particle-contracts.exe" : "particle-contracts");
        Assert.True(File.Exists(shim), $"The tool command {shim} was not installed:{Environment.NewLine}{install}");
        var firmware = Path.Combine(AppContext.BaseDirectory, "Consumer", "firmware");
        var inspect = await DotnetCli.RunProgramAsync(shim, firmware, ["inspect", ".", "--json"]);

        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        var json = inspect.Output.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Greenhouse\"", json);
        Assert.Contains("\"name\":\"temperature\"", json);
        Assert.Contains("\"name\":\"setVent\"", json);
    }
}
