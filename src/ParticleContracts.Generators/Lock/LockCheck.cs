using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Lock;

/// <summary>A lock file the build was given: its lock, or why it cannot be read.</summary>
/// <param name="Path">The file's path as the compiler sees it.</param>
/// <param name="Lock">The lock, when it could be read.</param>
/// <param name="Error">PCT1104 at the problem, when it could not.</param>
internal sealed record LockFile(string Path, ContractLock? Lock, FirmwareDiagnostic? Error)
{
    public static LockFile Read(string path, string text)
    {
        var result = LockReader.Read(path, text);
        if (result.Lock is not null)
        {
            return new LockFile(path, result.Lock, null);
        }

        var location = result.Location ?? new FirmwareLocation(path, 1, 1, 0, 0, 1, 1);
        return new LockFile(path, null, DiagnosticTable.Create(DiagnosticIds.UnreadableLock, location, LockPaths.FileNameOf(path), result.Error ?? "unknown error"));
    }
}

/// <summary>How the build reports lock mismatches (<c>ParticleContractLockSeverity</c>).</summary>
/// <param name="BreakingSeverity">The severity of PCT1100/PCT1101: Error (default) or Warning.</param>
/// <param name="InvalidSeverity">The property's text when it is neither, else null (reported as PCT1105).</param>
internal sealed record LockCheckOptions(FirmwareSeverity BreakingSeverity, string? InvalidSeverity)
{
    public static LockCheckOptions Parse(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value) || string.Equals(value, "Error", System.StringComparison.OrdinalIgnoreCase))
        {
            return new LockCheckOptions(FirmwareSeverity.Error, null);
        }

        return string.Equals(value, "Warning", System.StringComparison.OrdinalIgnoreCase)
            ? new LockCheckOptions(FirmwareSeverity.Warning, null)
            : new LockCheckOptions(FirmwareSeverity.Error, value);
    }
}

/// <summary>
/// The build's lock check: compares a contract with its entry in a lock file (matched by folder, else by name) with
/// <see cref="ContractComparer"/> and turns each change into PCT1100–PCT1103 or PCT1106. Cosmetic changes, and additive
/// changes inside a member (a new payload field, word or key), are not reported.
/// </summary>
internal static class LockCheck
{
    public static EquatableArray<FirmwareDiagnostic> Run(DeviceContract contract, IReadOnlyList<LockFile> locks, LockCheckOptions options)
    {
        var (lockFile, entry) = FindEntry(contract, locks);
        if (lockFile is null || entry is null)
        {
            return EquatableArray<FirmwareDiagnostic>.Empty;
        }

        var current = LockBuilder.Build(contract, entry.Root, contract.ProductVersion);
        var diff = ContractComparer.CompareContracts(entry, current);
        var lockName = LockPaths.FileNameOf(lockFile.Path);
        var diagnostics = new List<FirmwareDiagnostic>();
        foreach (var change in diff.Changes)
        {
            var location = change.Location ?? entry.Location ?? new FirmwareLocation(lockFile.Path, 1, 1, 0, 0, 1, 1);
            if (change.Category == ChangeCategory.Breaking && diff.ProductVersionIncreased)
            {
                diagnostics.Add(DiagnosticTable.Create(
                    DiagnosticIds.VersionedBreakingChange,
                    location,
                    change.Description,
                    lockName,
                    VersionText(diff.OldProductVersion),
                    VersionText(diff.NewProductVersion),
                    change.Consequence ?? string.Empty));
            }
            else if (change.Category == ChangeCategory.Breaking)
            {
                diagnostics.Add(Breaking(change, contract.Name, lockName, location) with { Severity = options.BreakingSeverity });
            }
            else if (change.Kind == ChangeKind.MemberAdded)
            {
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.MemberNotInLock, location, Capitalized(change.Noun), change.Member!, contract.Name, lockName));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static FirmwareDiagnostic Breaking(ContractChange change, string contract, string lockName, FirmwareLocation location)
    {
        if (change.Detail is { } detail)
        {
            return DiagnosticTable.Create(DiagnosticIds.LockedDetailChanged, location, Capitalized(change.Noun), change.Member!, contract, detail, lockName, change.Consequence ?? string.Empty);
        }

        if (change.Kind == ChangeKind.PropertyChanged)
        {
            return DiagnosticTable.Create(
                DiagnosticIds.LockedMemberChanged,
                location,
                Capitalized(change.Noun),
                change.Member!,
                contract,
                change.Property!,
                change.NewValue ?? "none",
                lockName,
                change.OldValue ?? "none",
                change.Consequence ?? string.Empty);
        }

        return DiagnosticTable.Create(DiagnosticIds.LockedMemberRemoved, location, Capitalized(change.Noun), change.Member ?? contract, contract, lockName, change.Consequence ?? string.Empty);
    }

    /// <summary>The lock entry whose folder is the contract's, else the first entry with the contract's name.</summary>
    private static (LockFile? File, LockedContract? Entry) FindEntry(DeviceContract contract, IReadOnlyList<LockFile> locks)
    {
        var root = LockPaths.Join(string.Empty, contract.Root);
        (LockFile?, LockedContract?) byName = (null, null);
        foreach (var file in locks)
        {
            foreach (var entry in file.Lock?.Contracts ?? EquatableArray<LockedContract>.Empty)
            {
                if (LockPaths.Join(LockPaths.FolderOf(file.Path), entry.Root) == root)
                {
                    return (file, entry);
                }

                if (byName.Item1 is null && entry.Name == contract.Name)
                {
                    byName = (file, entry);
                }
            }
        }

        return byName;
    }

    private static string VersionText(int? version) => version?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Capitalized(string noun) => noun.Length == 0 ? noun : char.ToUpperInvariant(noun[0]) + noun.Substring(1);
}
