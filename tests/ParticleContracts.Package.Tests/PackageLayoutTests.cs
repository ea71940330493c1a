namespace ParticleContracts.Package.Tests;

/// <summary>The three packages hold what the issue promises, and nothing that breaks consumers (Roslyn copies).</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageLayoutTests(LocalPackageFeed feed)
{
    [Fact]
    public void Packages_have_the_documented_layout()
    {
        foreach (var pack in feed.PackResults)
        {
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }

        var runtime = NupkgContents.Open(feed.PackagePath("ParticleContracts"));
        string[] expected =
        [
            "README.md",
            "lib/net8.0/ParticleContracts.dll",
            "lib/net8.0/ParticleContracts.xml",
            "lib/net10.0/ParticleContracts.dll",
            "lib/net10.0/ParticleContracts.xml",
            "analyzers/dotnet/cs/ParticleContracts.Generators.dll",
            "analyzers/dotnet/cs/ParticleContracts.CodeFixes.dll",
        ];
        foreach (var entry in expected)
        {
            Assert.True(runtime.Entries.Contains(entry), $"{entry} missing from {runtime.Describe()}");
        }

        // The compiler supplies Roslyn; a bundled copy would shadow it or fail to load.
        Assert.DoesNotContain(runtime.Entries, e => Path.GetFileName(e).StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.All(runtime.Entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)),
            e => Assert.StartsWith("analyzers/dotnet/cs/ParticleContracts.", e));

        // ParticleFirmware items work in the consuming project and in projects that consume it.
        Assert.Contains(runtime.Entries, e => e is "build/ParticleContracts.props" or "build/ParticleContracts.targets");
        Assert.Contains(runtime.Entries, e => e is "buildTransitive/ParticleContracts.props" or "buildTransitive/ParticleContracts.targets");
        Assert.DoesNotContain(runtime.Entries, e => e.Contains("InRepo", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(feed.Version, runtime.MetadataValue("version"));
        Assert.Equal("README.md", runtime.MetadataValue("readme"));
        var license = runtime.Metadata.Element("license");
        Assert.NotNull(license);
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        // SourceLink stamps the commit the package was built from.
        Assert.Matches("^[0-9a-f]{40}$", runtime.Metadata.Element("repository")?.Attribute("commit")?.Value ?? "");
        Assert.True(runtime.IsReproducibleAssembly("lib/net10.0/ParticleContracts.dll"), "lib/net10.0/ParticleContracts.dll was not built deterministically.");
        Assert.True(runtime.IsReproducibleAssembly("analyzers/dotnet/cs/ParticleContracts.Generators.dll"), "The generator was not built deterministically.");

        var symbols = NupkgContents.Open(feed.SymbolPackagePath("ParticleContracts"));
        Assert.Contains("lib/net8.0/ParticleContracts.pdb", symbols.Entries);
        Assert.Contains("lib/net10.0/ParticleContracts.pdb", symbols.Entries);

        var simulator = NupkgContents.Open(feed.PackagePath("ParticleContracts.Simulator"));
        Assert.Contains("lib/net10.0/ParticleContracts.Simulator.dll", simulator.Entries);
        Assert.Contains("README.md", simulator.Entries);
        Assert.Contains(simulator.Metadata.Descendants("frameworkReference"), f => f.Attribute("name")?.Value == "Microsoft.AspNetCore.App");
        Assert.True(File.Exists(feed.SymbolPackagePath("ParticleContracts.Simulator")), "No symbols package for the simulator.");

        var tool = NupkgContents.Open(feed.PackagePath("ParticleContracts.Cli"));
        Assert.Contains(tool.Metadata.Descendants("packageType"), t => t.Attribute("name")?.Value == "DotnetTool");
        Assert.Contains("tools/net10.0/any/particle-contracts.dll", tool.Entries);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", tool.Entries);
    }
}
