namespace ParticleContracts.Package.Tests;

/// <summary>
/// A fresh project outside the repository restores <c>ParticleContracts</c> and <c>ParticleContracts.Simulator</c> by
/// version from the local feed (plus the machine's normal NuGet source), generates a proxy from its own firmware
/// folder through <c>&lt;ParticleFirmware&gt;</c>, runs against the simulator, and fails to build on a misspelled name.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ConsumerProjectTests(LocalPackageFeed feed)
{
    [Fact]
    public async Task Fresh_consumer_builds_runs_typed_calls_and_a_misspelled_name_fails_the_build()
    {
        Assert.All(feed.PackResults, pack => Assert.True(pack.ExitCode == 0, pack.ToString()));
        var consumer = CreateConsumer();
        Assert.False(consumer.StartsWith(RepositoryLayout.Root, StringComparison.Ordinal), "The consumer must live outside the repository.");

        var run = await DotnetCli.RunAsync(consumer, ["run", "--disable-build-servers"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] expectedLines =
        [
            "temperature=21.5",
            "humidity=64",
            "vented=True",
            "mode=eco",
            "setVent(open)=1",
            "setVent(sideways)=-1",
            "contract=Greenhouse members=5",
            "drift=False",
        ];
        var printed = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        foreach (var line in expectedLines)
        {
            Assert.True(printed.Contains(line), $"Expected the line '{line}' in:{Environment.NewLine}{run}");
        }

        // The same project with one misspelled raw variable name no longer builds.
        await File.WriteAllTextAsync(Path.Combine(consumer, "Misspelled.cs"), """
            namespace Consumer;

            internal static class Misspelled
            {
                public static Task<double> ReadAsync(Consumer.Devices.Greenhouse greenhouse) =>
                    greenhouse.GetVariableAsync<double>("temperatur");
            }
            """);
        var build = await DotnetCli.RunAsync(consumer, ["build", "--disable-build-servers", "--no-restore"]);
        Assert.True(build.ExitCode != 0, $"The build should fail on the misspelled name:{Environment.NewLine}{build}");
        Assert.Contains("Misspelled.cs", build.Output);
        Assert.Contains(
            "error PCT2001: No firmware contract 'Greenhouse' declares a variable named 'temperatur'; the cloud would answer 404; did you mean 'temperature'?",
            build.Output);
    }

    private string CreateConsumer()
    {
        var consumer = Path.Combine(feed.WorkDirectory, "consumer-" + Guid.NewGuid().ToString("N")[..8]);
        var template = Path.Combine(AppContext.BaseDirectory, "Consumer");
        foreach (var source in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(consumer, Path.GetRelativePath(template, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        var projectTemplate = Path.Combine(consumer, "Consumer.csproj.template");
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"),
            File.ReadAllText(projectTemplate).Replace("$PARTICLE_CONTRACTS_VERSION$", feed.Version, StringComparison.Ordinal));
        File.Delete(projectTemplate);

        // The local feed is added to the machine's sources (no <clear/>), so dependencies restore as usual.
        // A private packages folder keeps this run's packages out of the machine cache, which serves the rest read-only.
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="particlecontracts-local-feed" value="{feed.FeedDirectory}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{consumer}-packages" />
              </config>
              <fallbackPackageFolders>
                <add key="machine-packages" value="{feed.MachinePackagesFolder}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        return consumer;
    }
}
