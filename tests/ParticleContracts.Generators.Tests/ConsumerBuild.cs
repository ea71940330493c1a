using ParticleContracts.Generators.Tests.Generation;
using ParticleContracts.TestSupport;

namespace ParticleContracts.Generators.Tests;

/// <summary>A real consumer project in a temporary folder, wired to the repository's build, and its <c>dotnet build</c>.</summary>
internal static class ConsumerBuild
{
    // A hang guard, not a speed assertion.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Writes <c>{name}.csproj</c> in <paramref name="folder"/>: net10.0, nullable, <paramref name="rootNamespace"/>,
    /// the extra <paramref name="properties"/> and <paramref name="items"/> (MSBuild XML lines), importing
    /// <c>ParticleContracts.InRepo.targets</c> (the props/targets the package ships) and referencing the runtime.
    /// </summary>
    public static Task WriteProjectAsync(string folder, string rootNamespace, string properties, string items, string name = "Consumer")
    {
        var repo = GeneratorHarness.RepoRoot.Replace('\\', '/');
        return File.WriteAllTextAsync(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>{rootNamespace}</RootNamespace>
            {Indent(properties, "    ")}
              </PropertyGroup>
              <Import Project="{repo}/src/ParticleContracts/build/ParticleContracts.InRepo.targets" />
              <ItemGroup>
                <ProjectReference Include="{repo}/src/ParticleContracts/ParticleContracts.csproj" />
            {Indent(items, "    ")}
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>Builds the project in <paramref name="folder"/>; returns the exit code and everything it printed.</summary>
    public static Task<ProcessResult> DotnetBuildAsync(string folder)
    {
        // The repository projects are already built (this test project references them); do not rebuild them here.
        var configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return ProcessRunner.RunAsync(
            ProcessRunner.Dotnet,
            ["build", "-nologo", "-c", configuration, "-p:BuildProjectReferences=false", "-clp:NoSummary"],
            folder,
            HangGuard);
    }

    private static string Indent(string lines, string indent) =>
        string.Join('\n', lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => indent + line.Trim()));
}
