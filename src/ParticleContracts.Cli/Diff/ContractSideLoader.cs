using System.Diagnostics;
using System.Formats.Tar;
using ParticleContracts.Cli.Lock;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Diff;

/// <summary>
/// Loads one side of a <c>diff</c>: a lock file, a firmware folder or file, or a git revision of either
/// (<c>HEAD~1:firmware/weather-station</c>, path from the repository root), read with <c>git show</c> / <c>git archive</c>.
/// </summary>
internal static class ContractSideLoader
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The side's lock, or null after writing why to <paramref name="error"/>.</summary>
    public static ContractLock? Load(string side, string currentDirectory, TextWriter error)
    {
        var full = Path.GetFullPath(side, currentDirectory);
        if (File.Exists(full) && full.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var display = Path.GetRelativePath(currentDirectory, full).Replace('\\', '/');
            return ReadLock(display, File.ReadAllText(full), LockPaths.FolderOf(display), error);
        }

        if (File.Exists(full) || Directory.Exists(full))
        {
            return FromFirmware(side, currentDirectory, error);
        }

        var colon = side.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && !Path.IsPathRooted(side))
        {
            return FromRevision(side[..colon], side[(colon + 1)..].Trim('/'), currentDirectory, error);
        }

        error.WriteLine($"particle-contracts: '{side}' is neither a lock file, a firmware folder nor a git revision (REV:path)");
        return null;
    }

    private static ContractLock? FromFirmware(string path, string currentDirectory, TextWriter error)
    {
        var firmware = FirmwareContracts.Read([path], currentDirectory, currentDirectory, error);
        return firmware.HadInputErrors ? null : firmware.Lock;
    }

    /// <summary>Reads a lock and names its roots from <paramref name="lockFolder"/>, as firmware sides name theirs.</summary>
    private static ContractLock? ReadLock(string displayPath, string text, string lockFolder, TextWriter error)
    {
        var result = LockReader.Read(displayPath, text);
        if (result.Lock is null)
        {
            error.WriteLine($"particle-contracts: {displayPath}({result.Location?.Line},{result.Location?.Column}): {result.Error}");
            return null;
        }

        var contracts = result.Lock.Contracts.AsImmutableArray().Select(contract => contract with { Root = LockPaths.Join(lockFolder, contract.Root) });
        return LockBuilder.ToLock(contracts, result.Lock.Path);
    }

    private static ContractLock? FromRevision(string revision, string path, string currentDirectory, TextWriter error)
    {
        var top = Git(currentDirectory, ["rev-parse", "--show-toplevel"], error);
        if (top is null)
        {
            return null;
        }

        var repository = top.Output.Trim();
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var shown = Git(repository, ["show", revision + ":" + path], error);
            return shown is null ? null : ReadLock(revision + ":" + path, shown.Output, LockPaths.FolderOf(path), error);
        }

        var archive = Git(repository, ["archive", "--format=tar", revision, "--", path.Length == 0 ? "." : path], error, binary: true);
        if (archive is null)
        {
            return null;
        }

        var temp = Directory.CreateTempSubdirectory("particle-contracts-diff-").FullName;
        try
        {
            TarFile.ExtractToDirectory(new MemoryStream(archive.Bytes), temp, overwriteFiles: true);
            return FromFirmware(path.Length == 0 ? "." : path, temp, error);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private sealed record GitResult(string Output, byte[] Bytes);

    private static GitResult? Git(string workingDirectory, IReadOnlyList<string> arguments, TextWriter error, bool binary = false)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            using var buffer = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(buffer);
            if (!process.WaitForExit(GitTimeout))
            {
                process.Kill(entireProcessTree: true);
                error.WriteLine($"particle-contracts: git {arguments[0]} did not finish within {GitTimeout.TotalMinutes} minutes");
                return null;
            }

            if (process.ExitCode != 0)
            {
                error.WriteLine($"particle-contracts: git {string.Join(' ', arguments)} failed: {stderr.Result.Trim()}");
                return null;
            }

            var bytes = buffer.ToArray();
            return new GitResult(binary ? string.Empty : System.Text.Encoding.UTF8.GetString(bytes), bytes);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            error.WriteLine($"particle-contracts: cannot run git to read a revision: {exception.Message}");
            return null;
        }
    }
}
