using System;
using System.Collections.Generic;

namespace ParticleContracts.Generators.Firmware.Ledgers;

/// <summary>
/// Which <c>env.json</c> a project bundles: the file its <c>project.properties</c> names with <c>env=</c> (relative to
/// the project folder), when that file is among the inputs. Used by the grouper, so the build, the CLI and the
/// simulator agree.
/// </summary>
internal sealed class BundledEnvironment
{
    private readonly Dictionary<string, string> _namedByFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FirmwareFileModel> _filesByPath = new(StringComparer.Ordinal);

    /// <summary>Remembers a <c>project.properties</c> with an <c>env=</c> line, or an <c>env.json</c>.</summary>
    public void Add(FirmwareFileModel file)
    {
        if (file.Role == FirmwareFileRole.ProjectMarker && file.EnvironmentDefaults?.EnvironmentFile is { } named)
        {
            _namedByFolder[FirmwarePath.DirectoryOf(file.Path)] = named;
        }
        else if (file.Role == FirmwareFileRole.EnvironmentDefaults)
        {
            _filesByPath[FirmwarePath.Normalize(file.Path)] = file;
        }
    }

    /// <summary>The <c>env.json</c> the project in <paramref name="root"/> bundles, or null.</summary>
    public FirmwareFileModel? For(string root)
    {
        if (!_namedByFolder.TryGetValue(root, out var named))
        {
            return null;
        }

        var path = FirmwarePath.Normalize(root.Length == 0 ? named : root + "/" + named);
        return _filesByPath.TryGetValue(path, out var file) ? file : null;
    }
}
