using System;
using System.Collections.Generic;
using System.Text;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// The one path helper of the reader and everything built on it. Paths are plain strings with <c>/</c> separators
/// (<see cref="Normalize"/>); nothing here touches the file system or <c>System.IO.Path</c>, which throws on .NET
/// Framework hosts for characters other file systems allow.
/// </summary>
internal static class FirmwarePath
{
    /// <summary>
    /// <c>/</c> separators, no empty or <c>.</c> segments, <c>a/..</c> folded, no trailing <c>/</c>; the current folder
    /// is the empty string. A leading <c>/</c>, <c>//</c> (UNC) or leading <c>..</c> segments are kept: they cannot be
    /// folded without the file system.
    /// </summary>
    public static string Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var slashed = path!.Replace('\\', '/');
        var prefix = slashed.StartsWith("//", StringComparison.Ordinal) ? "//" : slashed[0] == '/' ? "/" : string.Empty;
        if (slashed.IndexOf("//", prefix.Length, StringComparison.Ordinal) < 0
            && slashed.IndexOf("./", StringComparison.Ordinal) < 0
            && slashed[slashed.Length - 1] != '/'
            && !slashed.EndsWith("/.", StringComparison.Ordinal)
            && slashed != ".")
        {
            return slashed; // the common case: already normal, no allocation beyond Replace
        }

        var segments = new List<string>();
        foreach (var segment in slashed.Substring(prefix.Length).Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            if (segment == ".." && prefix.Length > 0)
            {
                continue; // above the file-system root is the root
            }

            segments.Add(segment);
        }

        return prefix + string.Join("/", segments); // empty for the current folder
    }

    /// <summary>The folder of a normalized path: <c>a/b/c.cpp</c> → <c>a/b</c>; <c>/c.cpp</c> → <c>/</c>; <c>c.cpp</c> → empty.</summary>
    public static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return string.Empty;
        }

        return slash == 0 ? "/" : path.Substring(0, slash);
    }

    /// <summary>The last segment, either separator: <c>a\b/c.cpp</c> → <c>c.cpp</c>; <c>a/b/</c> → <c>b</c>.</summary>
    public static string FileName(string path)
    {
        var trimmed = path.TrimEnd('/', '\\');
        return trimmed.Substring(Math.Max(trimmed.LastIndexOf('/'), trimmed.LastIndexOf('\\')) + 1);
    }

    /// <summary>The file name without its last extension: <c>lamp.cpp</c> → <c>lamp</c>; <c>.hidden</c> stays.</summary>
    public static string FileStem(string path)
    {
        var name = FileName(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    /// <summary>
    /// A folder's own name for display and naming (<c>weather-station</c>), so generated code does not depend on where
    /// the repository is checked out; empty for a root without one (<c>/</c>, <c>.</c>, empty).
    /// </summary>
    public static string FolderName(string folder)
    {
        var name = FileName(Normalize(folder));
        return name is "." or ".." ? string.Empty : name;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or below it (both normalized; ordinal).</summary>
    public static bool IsAtOrBelow(string path, string folder)
    {
        if (folder.Length == 0)
        {
            return !(path.Length > 0 && path[0] == '/') && !path.StartsWith("..", StringComparison.Ordinal);
        }

        return string.Equals(path, folder, StringComparison.Ordinal)
            || (path.Length > folder.Length
                && path.StartsWith(folder, StringComparison.Ordinal)
                && (folder[folder.Length - 1] == '/' || path[folder.Length] == '/'));
    }

    /// <summary>The path below <paramref name="root"/>, with <c>/</c> separators; the normalized path itself when it is outside.</summary>
    public static string RelativeTo(string root, string path)
    {
        var normalizedPath = Normalize(path);
        var normalizedRoot = Normalize(root);
        if (normalizedRoot.Length > 0 && normalizedRoot != "." && normalizedPath.Length > normalizedRoot.Length && IsAtOrBelow(normalizedPath, normalizedRoot))
        {
            return normalizedPath.Substring(normalizedRoot.Length).TrimStart('/');
        }

        return normalizedPath;
    }

    /// <summary>The deepest folder holding both normalized folders (empty when they share none).</summary>
    public static string CommonFolder(string left, string right)
    {
        while (left.Length > 0 && !IsAtOrBelow(right, left))
        {
            if (left == "/" || left == "//")
            {
                return left;
            }

            left = DirectoryOf(left);
        }

        return left;
    }
}
