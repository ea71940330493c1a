using System;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>Which additional files may be firmware: sources by extension, and <c>project.properties</c>.</summary>
internal static class FirmwarePaths
{
    private static readonly string[] SourceExtensions = [".ino", ".cpp", ".cc", ".cxx", ".c", ".h", ".hpp", ".hh", ".hxx"];

    public static bool IsCandidate(string path)
    {
        // Not System.IO.Path: on .NET Framework hosts it throws for characters that are legal in other file systems.
        var fileName = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
        if (string.Equals(fileName, "project.properties", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var extension in SourceExtensions)
        {
            if (fileName.Length > extension.Length && fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
