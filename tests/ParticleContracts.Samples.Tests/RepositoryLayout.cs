using System.Reflection;

namespace ParticleContracts.Samples.Tests;

/// <summary>Finds the repository this test assembly was built from.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this assembly (and so the sample it depends on) was built in.</summary>
    public static string BuildConfiguration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BuildConfiguration").Value!;

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParticleContracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ParticleContracts.sln above {AppContext.BaseDirectory}.");
    }
}
