using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Preprocessor;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// Groups per-file models into projects (the folder of <c>project.properties</c>, else the parent of <c>src/</c>,
/// else the file's folder), resolves names and types across each project's files, and produces one
/// <see cref="DeviceContract"/> per project, sorted by root. Deterministic: the result depends only on the set of
/// files, not their order.
/// </summary>
internal static class ContractAssembler
{
    public static ImmutableArray<DeviceContract> Assemble(IEnumerable<FirmwareFileModel> files, CancellationToken cancellationToken = default)
    {
        var all = SortedDistinct(files);
        var markers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in all)
        {
            if (file.Role == FirmwareFileRole.ProjectMarker)
            {
                markers.Add(DirectoryOf(file.Path));
            }
        }

        var groups = new SortedDictionary<string, List<FirmwareFileModel>>(StringComparer.Ordinal);
        foreach (var file in all)
        {
            if (file.Role != FirmwareFileRole.Source)
            {
                continue;
            }

            var root = ProjectRootOf(file.Path, markers);
            if (!groups.TryGetValue(root, out var list))
            {
                list = new List<FirmwareFileModel>();
                groups.Add(root, list);
            }

            list.Add(file);
        }

        var contracts = ImmutableArray.CreateBuilder<DeviceContract>(groups.Count);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            contracts.Add(Build(ContractNameFor(group.Key, group.Value), group.Key, group.Value, cancellationToken));
        }

        return contracts.MoveToImmutable();
    }

    /// <summary>Forces every given source file into one contract named <paramref name="contractName"/> (MSBuild <c>Contract="X"</c>).</summary>
    public static DeviceContract AssembleOne(string contractName, string root, IEnumerable<FirmwareFileModel> files, CancellationToken cancellationToken = default)
    {
        var sources = new List<FirmwareFileModel>();
        foreach (var file in SortedDistinct(files))
        {
            if (file.Role == FirmwareFileRole.Source)
            {
                sources.Add(file);
            }
        }

        return Build(ContractNaming.ToIdentifier(contractName), FirmwareFileParser.NormalizePath(root), sources, cancellationToken);
    }

    /// <summary>
    /// Forces every given source file into one contract named <paramref name="contractName"/>; its root is the
    /// deepest folder common to all files.
    /// </summary>
    public static DeviceContract AssembleOne(string contractName, IEnumerable<FirmwareFileModel> files, CancellationToken cancellationToken = default)
    {
        var list = SortedDistinct(files);
        string? root = null;
        foreach (var file in list)
        {
            if (file.Role != FirmwareFileRole.Source)
            {
                continue;
            }

            var directory = DirectoryOf(file.Path);
            root = root is null ? directory : CommonFolder(root, directory);
        }

        return AssembleOne(contractName, root ?? string.Empty, list, cancellationToken);
    }

    private static string CommonFolder(string left, string right)
    {
        while (left.Length > 0 && !(right == left || right.StartsWith(left + "/", StringComparison.Ordinal) || left == "/"))
        {
            left = DirectoryOf(left);
        }

        return left;
    }

    /// <summary>The project root of a file (see the type summary); <paramref name="projectFolders"/> are folders holding <c>project.properties</c>.</summary>
    public static string ProjectRootOf(string path, ISet<string> projectFolders)
    {
        var directory = DirectoryOf(path);
        var current = directory;
        while (true)
        {
            if (projectFolders.Contains(current))
            {
                return current;
            }

            if (current.Length == 0 || current == "/")
            {
                break;
            }

            current = DirectoryOf(current);
        }

        current = directory;
        while (current.Length > 0 && current != "/")
        {
            if (string.Equals(LastSegment(current), "src", StringComparison.Ordinal))
            {
                return DirectoryOf(current);
            }

            current = DirectoryOf(current);
        }

        return directory;
    }

    private static string ContractNameFor(string root, List<FirmwareFileModel> files)
    {
        var segment = LastSegment(root);
        if (segment.Length == 0 || segment == "." || segment == "..")
        {
            // A root without a folder name (the current directory): name it after its first file.
            var fileName = LastSegment(files[0].Path);
            var dot = fileName.LastIndexOf('.');
            segment = dot > 0 ? fileName.Substring(0, dot) : fileName;
        }

        return ContractNaming.ToIdentifier(segment);
    }

    private static List<FirmwareFileModel> SortedDistinct(IEnumerable<FirmwareFileModel> files)
    {
        var byPath = new SortedDictionary<string, FirmwareFileModel>(StringComparer.Ordinal);
        if (files is null)
        {
            return new List<FirmwareFileModel>();
        }

        foreach (var file in files)
        {
            if (file is not null && !byPath.ContainsKey(file.Path))
            {
                byPath.Add(file.Path, file);
            }
        }

        return new List<FirmwareFileModel>(byPath.Values);
    }

    private static DeviceContract Build(string name, string root, List<FirmwareFileModel> files, CancellationToken cancellationToken)
    {
        var symbols = new ProjectSymbols(files);
        var diagnostics = new List<FirmwareDiagnostic>();
        var registrations = new List<Registration>();
        var sites = new List<RegistrationSite>();
        var resolver = new RegistrationResolver(symbols, diagnostics);
        var paths = new List<string>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            paths.Add(file.Path);
            diagnostics.AddRange(file.Diagnostics);
            foreach (var site in file.Sites)
            {
                var conditional = false;
                var dropped = false;
                foreach (var condition in site.Conditions)
                {
                    switch (PreprocessorExpression.EvaluateCondition(condition, symbols.ScopeAt(file.Path, site.Location.Start)))
                    {
                        case false:
                            dropped = true;
                            break;
                        case null:
                            conditional = true;
                            break;
                    }
                }

                if (dropped)
                {
                    continue;
                }

                var registration = resolver.Resolve(site, conditional);
                if (registration is not null)
                {
                    registrations.Add(registration);
                    sites.Add(site);
                }
            }
        }

        ContractRules.Check(registrations, sites, diagnostics);
        registrations.Sort(CompareRegistrations);
        diagnostics.Sort(CompareDiagnostics);
        return new DeviceContract(name, root, paths.ToEquatableArray(), registrations.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static int CompareRegistrations(Registration left, Registration right)
    {
        var byFile = string.CompareOrdinal(left.Location.File, right.Location.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var byStart = left.Location.Start.CompareTo(right.Location.Start);
        return byStart != 0 ? byStart : left.Kind.CompareTo(right.Kind);
    }

    private static int CompareDiagnostics(FirmwareDiagnostic left, FirmwareDiagnostic right)
    {
        var byFile = string.CompareOrdinal(left.Location.File, right.Location.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var byStart = left.Location.Start.CompareTo(right.Location.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byId = string.CompareOrdinal(left.Id, right.Id);
        return byId != 0 ? byId : string.CompareOrdinal(left.Message, right.Message);
    }

    internal static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0)
        {
            return string.Empty;
        }

        return slash == 0 ? "/" : path.Substring(0, slash);
    }

    private static string LastSegment(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? trimmed : trimmed.Substring(slash + 1);
    }
}
