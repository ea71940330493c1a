namespace ParticleContracts.Cli.Tests;

/// <summary>Runs the real command line in-process, and finds the repository.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(string currentDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error, currentDirectory);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParticleContracts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? Environment.GetEnvironmentVariable("PARTICLECONTRACTS_REPO_ROOT")
            ?? throw new InvalidOperationException("repository root not found");
    }

    /// <summary>Copies a folder of <c>firmware/</c> into <paramref name="target"/>.</summary>
    public static string CopyFirmware(string name, string target)
    {
        var source = Path.Combine(RepositoryRoot(), "firmware", name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }

        return target;
    }
}
