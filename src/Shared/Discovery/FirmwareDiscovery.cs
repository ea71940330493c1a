using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.Text;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Discovery;

/// <summary>
/// Finds and reads the firmware files under a path on disk, for the CLI and the simulator (the build gets its files
/// from MSBuild instead). Safe on any tree a user can point it at: directory links are never followed (a link back
/// into the tree is read through its real path anyway; a link out of it is outside what the user named), only
/// regular files are read, and no file over <see cref="MaxFileBytes"/> is read. Every skipped entry becomes a
/// <see cref="DiscoveryProblem"/> naming it, never an exception. The walk is iterative, so depth costs no stack.
/// </summary>
internal static class FirmwareDiscovery
{
    /// <summary>The largest firmware file read (32 MiB); a larger one is skipped with PCT1120.</summary>
    public const long MaxFileBytes = ParticleContracts.Generators.Firmware.ReaderLimits.MaxFileBytes;

    /// <summary>How many symbolic links one path may pass through before it counts as unresolvable (as Linux's <c>ELOOP</c>).</summary>
    private const int MaxLinkHops = 40;

    /// <summary>Reads the firmware files at <paramref name="path"/> (a folder, walked; or one file).</summary>
    /// <param name="path">A full path the user named; a link is followed here, because the user named it.</param>
    /// <param name="maxFileBytes">The size limit (tests pass a smaller one).</param>
    /// <returns>The files read, ordered by full path, and the entries skipped.</returns>
    public static DiscoveryResult Read(string path, long maxFileBytes = MaxFileBytes)
    {
        var result = new DiscoveryResult();
        var rootReal = RealPath(path);
        if (rootReal is null || !(Directory.Exists(rootReal) || File.Exists(rootReal)))
        {
            result.Problems.Add(new DiscoveryProblem(DiagnosticIds.UnreadableFirmwareEntry, path, "it does not exist"));
            return result;
        }

        if (!Directory.Exists(rootReal))
        {
            ReadFile(path, rootReal, maxFileBytes, result);
            return result;
        }

        Walk(path, rootReal, maxFileBytes, result);
        result.Files.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        result.Problems.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return result;
    }

    private static void Walk(string root, string rootReal, long maxFileBytes, DiscoveryResult result)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(folder).GetFileSystemInfos("*", options);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                result.Problems.Add(new DiscoveryProblem(DiagnosticIds.UnreadableFirmwareEntry, folder, Reason(exception)));
                continue;
            }

            foreach (var entry in entries)
            {
                try
                {
                    Visit(entry, rootReal, maxFileBytes, result, pending);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // E.g. a link that cannot be read; ReadFile handles the errors of reading the file itself.
                    result.Problems.Add(new DiscoveryProblem(DiagnosticIds.UnreadableFirmwareEntry, entry.FullName, Reason(exception)));
                }
            }
        }
    }

    private static void Visit(FileSystemInfo entry, string rootReal, long maxFileBytes, DiscoveryResult result, Stack<string> pending)
    {
        if (entry.LinkTarget is null)
        {
            if (entry is DirectoryInfo)
            {
                pending.Push(entry.FullName);
            }
            else if (FirmwareFileKinds.IsFirmwareFile(entry.FullName))
            {
                ReadFile(entry.FullName, entry.FullName, maxFileBytes, result);
            }

            return;
        }

        var target = RealPath(entry.FullName);
        if (target is not null && Directory.Exists(target))
        {
            var inside = IsSameOrUnder(target, rootReal);
            result.Problems.Add(new DiscoveryProblem(
                inside ? DiagnosticIds.FirmwareFolderLinkInsideTree : DiagnosticIds.FirmwareFolderLinkOutsideTree, entry.FullName, target));
            return;
        }

        if (!FirmwareFileKinds.IsFirmwareFile(entry.FullName))
        {
            return;
        }

        if (target is null || !File.Exists(target))
        {
            result.Problems.Add(new DiscoveryProblem(DiagnosticIds.UnreadableFirmwareEntry, entry.FullName, "its link target does not exist or the links form a loop"));
            return;
        }

        ReadFile(entry.FullName, target, maxFileBytes, result);
    }

    /// <summary>Reads one candidate file: <paramref name="path"/> names it, <paramref name="real"/> is what the links lead to.</summary>
    private static void ReadFile(string path, string real, long maxFileBytes, DiscoveryResult result)
    {
        try
        {
            var length = new FileInfo(real).Length;
            if (length == 0)
            {
                // FIFOs, devices and sockets report length 0; never open one (a FIFO blocks, /dev/zero never ends).
                if (SpecialKind(real) is { } kind)
                {
                    result.Problems.Add(new DiscoveryProblem(DiagnosticIds.NotARegularFirmwareFile, path, kind));
                    return;
                }

                result.Files.Add(new DiscoveredFile(path, string.Empty));
                return;
            }

            if (length > maxFileBytes)
            {
                result.Problems.Add(new DiscoveryProblem(DiagnosticIds.FirmwareFileTooLarge, path, length.ToString(System.Globalization.CultureInfo.InvariantCulture), maxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return;
            }

            if (ReadBounded(real, maxFileBytes) is not { } text)
            {
                result.Problems.Add(new DiscoveryProblem(DiagnosticIds.FirmwareFileTooLarge, path, "more than " + maxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), maxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return;
            }

            result.Files.Add(new DiscoveredFile(path, text));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            result.Problems.Add(new DiscoveryProblem(DiagnosticIds.UnreadableFirmwareEntry, path, Reason(exception)));
        }
    }

    /// <summary>The text of a regular file, or null when it holds more than <paramref name="maxFileBytes"/> (it grew after the size check).</summary>
    private static string? ReadBounded(string path, long maxFileBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        // As File.ReadAllText: UTF-8 unless a byte-order mark says otherwise.
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// "a named pipe", "a character device" … for a file that is not regular, else null. .NET has no public stat(2),
    /// but the tar writer classifies a path with lstat without opening anything but regular files.
    /// </summary>
    private static string? SpecialKind(string real)
    {
        using var archive = new MemoryStream();
        using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(real, "entry");
        }

        archive.Position = 0;
        using var reader = new TarReader(archive);
        return reader.GetNextEntry()?.EntryType switch
        {
            TarEntryType.Fifo => "a named pipe (FIFO)",
            TarEntryType.CharacterDevice => "a character device",
            TarEntryType.BlockDevice => "a block device",
            TarEntryType.RegularFile or TarEntryType.V7RegularFile or null => null,
            var other => other.ToString(),
        };
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link along it resolved (like realpath(3)), or null when a link
    /// cannot be resolved within <see cref="MaxLinkHops"/> hops. Missing components are kept as written.
    /// </summary>
    internal static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? string.Empty;
        var pending = Components(full, current);
        var index = 0;
        var hops = 0;
        while (index < pending.Count)
        {
            var next = Path.Combine(current, pending[index++]);
            string? link = null;
            try
            {
                link = new FileInfo(next).LinkTarget;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Unreadable: keep the name as written.
            }

            if (link is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            // A relative target is relative to the folder holding the link, which is already link-free.
            var resolved = Path.GetFullPath(link, current);
            current = Path.GetPathRoot(resolved) ?? string.Empty;
            var rest = Components(resolved, current);
            rest.AddRange(pending.GetRange(index, pending.Count - index));
            pending = rest;
            index = 0;
        }

        return current;
    }

    private static List<string> Components(string fullPath, string root) =>
        new(fullPath.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsSameOrUnder(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal)
        || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Reason(Exception exception) =>
        exception is UnauthorizedAccessException ? "permission denied" : exception.Message;
}

/// <summary>What <see cref="FirmwareDiscovery.Read"/> found.</summary>
internal sealed class DiscoveryResult
{
    /// <summary>The files read, ordered by path.</summary>
    public List<DiscoveredFile> Files { get; } = [];

    /// <summary>The entries skipped, ordered by path.</summary>
    public List<DiscoveryProblem> Problems { get; } = [];
}

/// <summary>A firmware file read from disk.</summary>
/// <param name="Path">The full path as found in the tree (not link-resolved), so names stay what the user sees.</param>
/// <param name="Text">The file's text.</param>
internal sealed record DiscoveredFile(string Path, string Text);

/// <summary>An entry skipped during discovery: a PCT1120–PCT1124 rule and its message arguments after the path.</summary>
/// <param name="Id">The diagnostic ID.</param>
/// <param name="Path">The full path of the entry.</param>
/// <param name="Arguments">The rule's message arguments after the path.</param>
internal sealed record DiscoveryProblem(string Id, string Path, params string[] Arguments)
{
    /// <summary>The table's message, with the entry named by <paramref name="displayPath"/>.</summary>
    public string Message(string displayPath)
    {
        var arguments = new object[Arguments.Length + 1];
        arguments[0] = displayPath;
        Arguments.CopyTo(arguments, 1);
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticTable.Get(Id).MessageFormat, arguments);
    }

    /// <summary>The rule's default severity.</summary>
    public ParticleContracts.Generators.Contracts.FirmwareSeverity Severity => DiagnosticTable.Get(Id).DefaultSeverity;
}
