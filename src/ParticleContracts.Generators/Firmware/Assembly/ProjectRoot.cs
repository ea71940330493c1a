using System;
using System.Collections.Generic;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// Which project folder a firmware file belongs to: the nearest folder holding <c>project.properties</c>, else the
/// parent of the nearest <c>src</c> folder, else the file's own folder. Never above the folder the user named (the
/// <c>ParticleFirmware</c> item's base folder, the CLI argument, the simulator's <c>--firmware</c>): an ancestor named
/// <c>src</c> or holding <c>project.properties</c> counts only when it is that folder or inside it, so a checkout under
/// <c>repo/src/</c> cannot merge the projects below it. A <c>src</c> folder the user named itself still belongs to its
/// parent (<c>lamp/src/**</c> is the project <c>lamp</c>), and a Workbench library's <c>lamp/lib/x/src</c> belongs to
/// <c>lamp</c> too.
/// </summary>
internal static class ProjectRoot
{
    /// <param name="path">The file (normalized).</param>
    /// <param name="projectFolders">Folders holding <c>project.properties</c> (normalized).</param>
    /// <param name="baseFolder">The folder the user named, or null when unknown (then every ancestor counts).</param>
    public static string Of(string path, ISet<string> projectFolders, string? baseFolder)
    {
        var directory = FirmwarePath.DirectoryOf(path);
        var limit = baseFolder is null ? null : FirmwarePath.Normalize(baseFolder);
        if (limit is not null && !FirmwarePath.IsAtOrBelow(directory, limit))
        {
            // Not below what was named (an explicit file elsewhere): the file's own folder is all that was named.
            return projectFolders.Contains(directory) ? directory : SrcParentOrSelf(directory, directory);
        }

        for (var current = directory; ; current = FirmwarePath.DirectoryOf(current))
        {
            if (projectFolders.Contains(current))
            {
                return current;
            }

            if (IsLast(current, limit))
            {
                break;
            }
        }

        return SrcParentOrSelf(directory, limit);
    }

    private static string SrcParentOrSelf(string directory, string? limit)
    {
        for (var current = directory; ; current = FirmwarePath.DirectoryOf(current))
        {
            if (string.Equals(FirmwarePath.FileName(current), "src", StringComparison.Ordinal))
            {
                // A Workbench library's sources (project/lib/<name>/src) belong to the project, not to a contract of their own.
                var project = FirmwarePath.DirectoryOf(current);
                var libraries = FirmwarePath.DirectoryOf(project);
                var owner = FirmwarePath.DirectoryOf(libraries);
                return string.Equals(FirmwarePath.FileName(libraries), "lib", StringComparison.Ordinal)
                    && (limit is null || FirmwarePath.IsAtOrBelow(owner, limit))
                        ? owner
                        : project;
            }

            if (IsLast(current, limit))
            {
                return directory;
            }
        }
    }

    /// <summary>True when the climb stops at <paramref name="current"/>: the named folder, or the top of the path.</summary>
    private static bool IsLast(string current, string? limit) =>
        (limit is not null && string.Equals(current, limit, StringComparison.Ordinal))
        || current.Length == 0
        || current == "/"
        || current == "//";
}
