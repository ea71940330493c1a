using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Lock;

/// <summary>Contracts read from firmware paths, with their lock form (roots relative to a chosen folder).</summary>
/// <param name="Contracts">The contracts as the reader assembled them.</param>
/// <param name="Lock">Their wire shape, roots relative to the lock folder.</param>
/// <param name="HadInputErrors">True when a path was missing or a file unreadable.</param>
internal sealed record FirmwareContracts(ImmutableArray<DeviceContract> Contracts, ContractLock Lock, bool HadInputErrors)
{
    /// <summary>Reads the firmware under <paramref name="paths"/> (relative to <paramref name="currentDirectory"/>).</summary>
    /// <param name="paths">Firmware files or folders.</param>
    /// <param name="currentDirectory">Where relative paths start; contract roots are named relative to it.</param>
    /// <param name="lockDirectory">The folder the lock's <c>root</c> entries are relative to.</param>
    /// <param name="error">Where input problems are reported.</param>
    public static FirmwareContracts Read(IEnumerable<string> paths, string currentDirectory, string lockDirectory, TextWriter error)
    {
        // A project folder given as "." is named from the folder above it, so it is still named after itself (as the
        // build names it) wherever the command runs.
        var fullPaths = paths.Select(path => Path.GetFullPath(path, currentDirectory)).ToList();
        var baseDirectory = NamingBase(fullPaths, Path.GetFullPath(currentDirectory));
        var collector = new FirmwareFileCollector(baseDirectory, error);
        foreach (var path in fullPaths)
        {
            collector.Add(path);
        }

        var contracts = FirmwareReader.Read(collector.Sources);
        var locked = new List<LockedContract>(contracts.Length);
        foreach (var contract in contracts)
        {
            var root = Path.GetRelativePath(lockDirectory, Path.GetFullPath(contract.Root.Length == 0 ? "." : contract.Root, baseDirectory)).Replace('\\', '/');
            if (Path.IsPathRooted(root))
            {
                // Another drive: no relative path exists, and the lock never records an absolute one.
                root = contract.Root;
            }

            locked.Add(LockBuilder.Build(contract, root, contract.ProductVersion));
        }

        return new FirmwareContracts(contracts, LockBuilder.ToLock(locked), collector.HadErrors);
    }

    /// <summary>The current folder when every input lies below it, else the folder above the inputs' common folder.</summary>
    private static string NamingBase(List<string> fullPaths, string currentDirectory)
    {
        if (fullPaths.Count > 0 && fullPaths.TrueForAll(path => !string.Equals(path, currentDirectory, StringComparison.Ordinal) && IsSameOrUnder(path, currentDirectory)))
        {
            return currentDirectory;
        }

        var common = fullPaths.Count == 0 ? Path.GetFullPath(".") : Path.TrimEndingDirectorySeparator(fullPaths[0]);
        if (File.Exists(common))
        {
            common = Path.GetDirectoryName(common)!;
        }

        foreach (var path in fullPaths)
        {
            while (!IsSameOrUnder(path, common) && Path.GetDirectoryName(common) is { } parent)
            {
                common = parent;
            }
        }

        return Path.GetDirectoryName(common) ?? common;
    }

    private static bool IsSameOrUnder(string path, string folder) =>
        string.Equals(path, folder, StringComparison.Ordinal)
        || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
