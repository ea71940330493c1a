using System.Xml.Linq;

namespace ParticleContracts.Package.Tests;

/// <summary>Finds the repository this test assembly was built from, and the one version property it packs.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>ParticleContractsVersion</c> from <c>Directory.Build.props</c>: the one place the version lives.</summary>
    public static string ProductVersion { get; } = ReadProductVersion();

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

    private static string ReadProductVersion()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        var version = props.Descendants("ParticleContractsVersion").Select(e => e.Value.Trim()).FirstOrDefault();
        return string.IsNullOrEmpty(version)
            ? throw new InvalidOperationException("Directory.Build.props defines no ParticleContractsVersion.")
            : version;
    }
}
