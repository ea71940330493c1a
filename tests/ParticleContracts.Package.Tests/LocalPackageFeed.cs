using ParticleContracts.TestSupport;
namespace ParticleContracts.Package.Tests;

/// <summary>
/// Packs <c>ParticleContracts</c>, <c>ParticleContracts.Simulator</c> and the <c>particle-contracts</c> tool once
/// into a private folder feed. Every run gets its own temp directory and its own prerelease version, so parallel
/// runs and the machine's NuGet cache never see each other's packages.
/// </summary>
public sealed class LocalPackageFeed : IAsyncLifetime
{
    public static readonly string[] PackedProjects =
    [
        "src/ParticleContracts/ParticleContracts.csproj",
        "src/ParticleContracts.Simulator/ParticleContracts.Simulator.csproj",
        "src/ParticleContracts.Cli/ParticleContracts.Cli.csproj",
    ];

    public LocalPackageFeed()
    {
        WorkDirectory = Path.Combine(Path.GetTempPath(), "pct-package-tests-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        var runId = "t" + Guid.NewGuid().ToString("N")[..10];
        var baseVersion = RepositoryLayout.ProductVersion;
        Version = baseVersion.Contains('-', StringComparison.Ordinal)
            ? $"{baseVersion}.pkgtest.{runId}"
            : $"{baseVersion}-pkgtest.{runId}";
    }

    /// <summary>Temp directory outside the repository holding the feed, build artifacts and consumers.</summary>
    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    /// <summary><c>ParticleContractsVersion</c> plus a prerelease tag unique to this run.</summary>
    public string Version { get; }

    /// <summary>The machine's global packages folder, used read-only as a fallback by consumers.</summary>
    public string MachinePackagesFolder { get; private set; } = "";

    public IReadOnlyList<ProcessResult> PackResults { get; private set; } = [];

    public string PackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.nupkg");

    public string SymbolPackagePath(string id) => Path.Combine(FeedDirectory, $"{id}.{Version}.snupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        var results = new List<ProcessResult>();
        foreach (var project in PackedProjects)
        {
            var result = await DotnetCli.RunAsync(RepositoryLayout.Root,
            [
                "pack", project,
                "-c", "Release",
                "-o", FeedDirectory,
                // Own bin/obj tree: parallel builds of the repository (other test projects, IDEs) are untouched.
                "--artifacts-path", Path.Combine(WorkDirectory, "artifacts"),
                "--disable-build-servers",
                "-p:Version=" + Version,
                "-p:ContinuousIntegrationBuild=true",
            ]);
            results.Add(result);
            if (result.ExitCode != 0)
            {
                break;
            }
        }

        PackResults = results;
        MachinePackagesFolder = await FindMachinePackagesFolderAsync();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never fail a test run over cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    private async Task<string> FindMachinePackagesFolderAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var result = await DotnetCli.RunAsync(WorkDirectory, ["nuget", "locals", "global-packages", "--list"]);
        const string Prefix = "global-packages:";
        var line = result.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line is null
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : line[Prefix.Length..].Trim();
    }
}
