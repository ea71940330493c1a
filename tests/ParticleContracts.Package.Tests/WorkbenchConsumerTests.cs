namespace ParticleContracts.Package.Tests;

/// <summary>
/// A fresh project on the packed package meets the first-minutes cases: a Workbench project named as a bare folder
/// (its <c>.vscode/settings.json</c> sets the target, its library's <c>src</c> joins the device contract, the library's
/// examples stay out), a misspelled glob and an empty folder (warning PCT1097 naming the item).
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class WorkbenchConsumerTests(LocalPackageFeed feed)
{
    [Fact]
    public async Task Workbench_project_with_a_library_and_items_that_match_nothing()
    {
        Assert.All(feed.PackResults, pack => Assert.True(pack.ExitCode == 0, pack.ToString()));
        var consumer = Path.Combine(feed.WorkDirectory, "workbench-" + Guid.NewGuid().ToString("N")[..8]);
        WriteProject(consumer);

        var build = await DotnetCli.RunAsync(consumer, ["build", "--disable-build-servers"]);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning PCT1097: ParticleFirmware item 'firmwre/**/*' matches no firmware file; the glob matches nothing", build.Output);
        Assert.Contains("warning PCT1097: ParticleFirmware item 'firmware/empty' matches no firmware file; the folder holds no", build.Output);

        var run = await DotnetCli.RunAsync(consumer, ["run", "--no-build", "--disable-build-servers"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var printed = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // 2.3.1 from .vscode/settings.json: 622 bytes; the library's variable (charge) is in the contract, the example's
        // (exampleOnlyValue) is not; CallFunctionAsync, GetVariableAsync and VerifyAsync are on every proxy; a name is printed once however many overloads it has (a typed function gets a typed overload beside the string one).
        Assert.True(printed.Contains("limit=622"), run.ToString());
        Assert.True(printed.Contains("members=CallFunctionAsync,GetBatteryAsync,GetChargeAsync,GetVariableAsync,PingAsync,VerifyAsync"), run.ToString());
    }

    private void WriteProject(string consumer)
    {
        Write(consumer, "Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <WarningsAsErrors>$(WarningsAsErrors);PCT1002;PCT1012</WarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ParticleContracts" Version="{feed.Version}" />
                <ParticleFirmware Include="firmware/tracker" />
                <ParticleFirmware Include="firmwre/**/*" />
                <ParticleFirmware Include="firmware/empty" />
              </ItemGroup>
            </Project>
            """);
        Write(consumer, "Program.cs", """
            var members = typeof(Consumer.Devices.ITracker).GetMethods().Select(m => m.Name).Distinct().Where(n => n.EndsWith("Async", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Console.WriteLine($"limit={Consumer.Devices.Tracker.FunctionArgumentLimit}");
            Console.WriteLine($"members={string.Join(",", members)}");
            """);
        Write(consumer, "firmware/tracker/.vscode/settings.json", """
            {
                // as Workbench writes it
                "particle.targetPlatform": "boron",
                "particle.firmwareVersion": "2.3.1",
            }
            """);
        Write(consumer, "firmware/tracker/src/tracker.cpp", """
            #include "Particle.h"
            int battery;
            int ping(String arg) { return 1; }
            void setup() {
                Particle.variable("battery", battery);
                Particle.function("ping", ping);
            }
            """);
        Write(consumer, "firmware/tracker/lib/Gauge/src/Gauge.cpp", """
            double charge;
            void gaugeBegin() { Particle.variable("charge", charge); }
            """);
        Write(consumer, "firmware/tracker/lib/Gauge/examples/usage/usage.ino", """
            int exampleOnlyValue;
            void setup() { Particle.variable("exampleOnlyValue", exampleOnlyValue); }
            """);
        Write(consumer, "firmware/empty/README.md", "Firmware goes here.\n");
        Write(consumer, "nuget.config", $"""
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
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
