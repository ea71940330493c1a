using System.Collections.Generic;

namespace ParticleContracts.Generators.Lock;

/// <summary>Folder arithmetic on <c>/</c>-separated paths, for lock roots (no file system access, Roslyn-free).</summary>
internal static class LockPaths
{
    /// <summary>The folder of a file path (<c>a/b/c.json</c> → <c>a/b</c>), or empty.</summary>
    public static string FolderOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    /// <summary>The file name of a path (<c>a/b/c.json</c> → <c>c.json</c>).</summary>
    public static string FileNameOf(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Substring(normalized.LastIndexOf('/') + 1);
    }

    /// <summary>
    /// <c>a/b</c> + <c>../c</c> = <c>a/c</c>: <c>.</c> segments dropped, <c>..</c> resolved, a leading <c>/</c> kept;
    /// <c>.</c> when nothing is left.
    /// </summary>
    public static string Join(string folder, string relative)
    {
        var combined = (folder.Length == 0 ? relative : folder + "/" + relative).Replace('\\', '/');
        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        var joined = string.Join("/", parts);
        if (combined.Length > 0 && combined[0] == '/')
        {
            return "/" + joined;
        }

        return joined.Length == 0 ? "." : joined;
    }
}
