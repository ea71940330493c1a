using ParticleContracts.TestSupport;
namespace ParticleContracts.Cli.Tests.Export;

/// <summary>
/// The JavaScript validators the export tests run: the official AsyncAPI parser, Ajv with the W3C Thing Model schema,
/// and TypeScript against particle-api-js 12.0.3. Installed with npm into a per-version cache folder under the temp
/// directory (once per machine), as the simulator's particle-api-js compatibility test does.
/// </summary>
internal static class NodeValidators
{
    private static readonly string[] Packages =
    [
        "@asyncapi/parser@3.6.3",
        "ajv@8.20.0",
        "ajv-formats@3.0.1",
        "wot-thing-model-types@1.1.0-12-March-2025",
        "typescript@5.9.3",
        "particle-api-js@12.0.3",
        "@types/node@20",
        "@types/node-fetch@2",
    ];

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    /// <summary>The folder whose <c>node_modules</c> holds the validators.</summary>
    public static async Task<string> InstallAsync()
    {
        // The marker lists the packages, so a changed list reinstalls.
        var dir = Path.Combine(Path.GetTempPath(), "particle-contracts-npm", "export-validators");
        var marker = Path.Combine(dir, "installed.txt");
        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(marker) && await File.ReadAllTextAsync(marker) == string.Join('\n', Packages))
            {
                return dir;
            }

            Directory.CreateDirectory(dir);
            await File.WriteAllTextAsync(Path.Combine(dir, "package.json"), """{ "name": "particle-contracts-export-validators", "private": true }""");
            var (exitCode, output) = await ProcessRunner.RunAsync(
                "npm",
                ["install", .. Packages, "--no-audit", "--no-fund", "--no-save", "--loglevel=error"],
                dir,
                TimeSpan.FromMinutes(8));
            Assert.True(exitCode == 0, "npm install failed:\n" + output);
            await File.WriteAllTextAsync(marker, string.Join('\n', Packages));
            return dir;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    /// <summary>Runs one of the <c>Validators/*.cjs</c> scripts over <paramref name="files"/>.</summary>
    public static async Task<ProcessResult> RunScriptAsync(string script, IEnumerable<string> files)
    {
        var dir = await InstallAsync();
        return await ProcessRunner.RunAsync(
            "node",
            [Path.Combine(AppContext.BaseDirectory, "Validators", script), .. files],
            dir,
            TimeSpan.FromMinutes(2),
            new Dictionary<string, string?> { ["NODE_PATH"] = Path.Combine(dir, "node_modules") });
    }

    /// <summary>Type-checks a TypeScript project folder with <c>tsc -p</c>, resolving packages from the validators' folder.</summary>
    public static async Task<ProcessResult> TypeCheckAsync(string projectDirectory)
    {
        var dir = await InstallAsync();
        var link = Path.Combine(projectDirectory, "node_modules");
        if (!Directory.Exists(link))
        {
            Directory.CreateSymbolicLink(link, Path.Combine(dir, "node_modules"));
        }

        return await ProcessRunner.RunAsync(
            "node",
            [Path.Combine(dir, "node_modules", "typescript", "bin", "tsc"), "-p", projectDirectory],
            projectDirectory,
            TimeSpan.FromMinutes(3));
    }
}
