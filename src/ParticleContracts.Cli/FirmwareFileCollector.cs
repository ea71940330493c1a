using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Cli;

/// <summary>Reads the firmware files under the given paths, as sources named relative to the current directory.</summary>
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

    /// <summary>True when any path was missing or a file could not be read.</summary>
    public bool HadErrors { get; private set; }

    public IReadOnlyCollection<FirmwareSource> Sources => _sources.Values;

    public void Add(string path)
    {
        var fullPath = Path.GetFullPath(path, _currentDirectory);
        if (File.Exists(fullPath))
        {
            AddFile(fullPath, baseFolder: null);
            return;
        }

        if (!Directory.Exists(fullPath))
        {
            Fail($"particle-contracts: path not found: {path}");
            return;
        }

        IEnumerable<string> files;
        try
        {
            files = Directory.EnumerateFiles(fullPath, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None })
                .OrderBy(file => file, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Fail($"particle-contracts: cannot read folder {path}: {exception.Message}");
            return;
        }

        // The folder the user named bounds the project-root search (an ancestor named src above it does not count).
        var baseFolder = Path.GetRelativePath(_currentDirectory, fullPath);
        foreach (var file in files)
        {
            AddFile(file, baseFolder);
        }
    }

    /// <param name="fullPath">The file.</param>
    /// <param name="baseFolder">The folder argument it was found under (relative), or null for a file named explicitly.</param>
    private void AddFile(string fullPath, string? baseFolder)
    {
        var relative = FirmwarePath.Normalize(Path.GetRelativePath(_currentDirectory, fullPath));
        if (!FirmwareFileKinds.IsFirmwareFile(relative))
        {
            if (baseFolder is null)
            {
                _error.WriteLine($"particle-contracts: not a firmware file ({FirmwareFileKinds.SourceExtensionList} or {FirmwareFileKinds.ProjectMarkerName}), ignored: {relative}");
            }

            return;
        }

        try
        {
            _sources[relative] = new FirmwareSource(relative, File.ReadAllText(fullPath), baseFolder ?? FirmwarePath.DirectoryOf(relative));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Fail($"particle-contracts: cannot read {relative}: {exception.Message}");
        }
    }

    private void Fail(string message)
    {
        HadErrors = true;
        _error.WriteLine(message);
    }
}
