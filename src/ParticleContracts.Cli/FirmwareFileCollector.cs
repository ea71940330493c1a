using ParticleContracts.Discovery;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Cli;

/// <summary>
/// Reads the firmware files under the given paths (through <see cref="FirmwareDiscovery"/>), as sources named
/// relative to the current directory (full paths outside it), and prints each skipped entry as one diagnostic line on the error writer.
/// </summary>
internal sealed class FirmwareFileCollector
{
    private readonly string _currentDirectory;
    private readonly TextWriter _error;
    private readonly SortedDictionary<string, FirmwareSource> _sources = new(StringComparer.Ordinal);

    public FirmwareFileCollector(string currentDirectory, TextWriter error)
    {
        _currentDirectory = currentDirectory;
        _error = error;
    }

    /// <summary>True when any path was missing or a file could not be read (a discovery problem of severity Error).</summary>
    public bool HadErrors { get; private set; }

    public IReadOnlyCollection<FirmwareSource> Sources => _sources.Values;

    public void Add(string path)
    {
        var fullPath = Path.GetFullPath(path, _currentDirectory);
        var isFile = File.Exists(fullPath);
        if (!isFile && !Directory.Exists(fullPath))
        {
            Fail($"particle-contracts: path not found: {path}");
            return;
        }

        if (isFile && !FirmwareFileKinds.IsFirmwareFile(fullPath))
        {
            _error.WriteLine($"particle-contracts: not a firmware file ({FirmwareFileKinds.SourceExtensionList} or {FirmwareFileKinds.ProjectMarkerName}), ignored: {Relative(fullPath)}");
            return;
        }

        var name = NamerFor(fullPath);
        var found = FirmwareDiscovery.Read(fullPath);
        foreach (var problem in found.Problems)
        {
            var relative = Relative(problem.Path);
            var severity = problem.Severity;
            HadErrors |= severity == FirmwareSeverity.Error;
            _error.WriteLine($"{relative}: {severity.ToWireName()} {problem.Id}: {problem.Message(relative)}");
        }

        // The folder the user named bounds the project-root search (an ancestor named src above it does not count);
        // a file named on its own is bounded by its folder.
        var baseFolder = isFile ? null : name(fullPath);
        foreach (var file in found.Files)
        {
            var relative = name(file.Path);
            _sources[relative] = new FirmwareSource(relative, file.Text, baseFolder ?? FirmwarePath.DirectoryOf(relative));
        }
    }

    private string Relative(string fullPath) => FirmwarePath.Normalize(Path.GetRelativePath(_currentDirectory, fullPath));

    /// <summary>
    /// How a path under the named <paramref name="namedPath"/> is shown: relative to the current directory, or in full
    /// when the named path is outside it (a name starting with <c>..</c> would hide the project folder from the root
    /// search and the contract's name, and its files must be named the same way as the folder).
    /// </summary>
    private Func<string, string> NamerFor(string namedPath)
    {
        var relative = Relative(namedPath);
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal)
            ? static path => FirmwarePath.Normalize(path)
            : Relative;
    }

    private void Fail(string message)
    {
        HadErrors = true;
        _error.WriteLine(message);
    }
}
