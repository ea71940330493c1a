using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Ledgers;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// The one grouper of the build, the CLI and the simulator: groups parsed firmware files into contracts — by
/// <c>Contract</c> metadata, else by project folder (<see cref="ProjectRoot"/>) — and gives every contract a unique
/// type name and a valid namespace (PCT1082, PCT1083). <see cref="Group"/> only groups and names (one
/// <see cref="ContractGroup"/> per contract, compared by value); <see cref="Assemble"/> then assembles one group as a
/// separate per-contract step, so after an edit only the contracts whose files changed are re-assembled.
/// </summary>
internal static class ContractGrouping
{
    /// <summary>Assembles one group into the <see cref="ContractInput"/> the proxy building needs.</summary>
    public static ContractInput Assemble(ContractGroup group, CancellationToken cancellationToken) =>
        new(
            ContractAssembler.AssembleOne(group.ContractName, group.Root, group.Files, group.Target, group.UntypedFunctions, cancellationToken),
            group.TypeName,
            group.Namespace,
            group.FunctionArgumentLimit,
            group.Diagnostics);

    /// <summary>Groups the included source files into contracts and names them; assembles nothing.</summary>
    public static ImmutableArray<ContractGroup> Group(
        ImmutableArray<FirmwareFileModel> files,
        ImmutableArray<FirmwareFileOptions> fileOptions,
        GeneratorOptions options,
        CancellationToken cancellationToken)
    {
        var inputs = Sort(files, fileOptions);
        var ordered = FormGroups(inputs);

        // Hint names are compared without case, so type names must be unique that way too.
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<ContractGroup>(ordered.Count);
        foreach (var group in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(Name(group, inputs, options, taken));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Sorts the files by role: included sources (sorted by path, so the result does not depend on the order MSBuild
    /// lists the files in), project markers (their folders) and Workbench settings (by project folder).
    /// </summary>
    private static GroupingInputs Sort(ImmutableArray<FirmwareFileModel> files, ImmutableArray<FirmwareFileOptions> fileOptions)
    {
        var optionsByPath = new Dictionary<string, FirmwareFileOptions>(StringComparer.Ordinal);
        foreach (var fileOption in fileOptions)
        {
            optionsByPath[FirmwarePath.Normalize(fileOption.Path)] = fileOption;
        }

        var inputs = new GroupingInputs();
        foreach (var file in files)
        {
            optionsByPath.TryGetValue(FirmwarePath.Normalize(file.Path), out var fileOption);
            if (fileOption is { Included: false })
            {
                continue;
            }

            inputs.Environment.Add(file);
            if (file.Role == FirmwareFileRole.ProjectMarker)
            {
                inputs.ProjectFolders.Add(FirmwarePath.DirectoryOf(file.Path));
            }
            else if (file.Role == FirmwareFileRole.Source)
            {
                inputs.Included.Add((file, fileOption));
            }
            else if (file.Settings is { } settings)
            {
                inputs.SettingsByFolder[WorkbenchSettings.ProjectFolderOf(file.Path)] = settings;
            }
        }

        inputs.Included.Sort(static (left, right) => string.CompareOrdinal(left.File.Path, right.File.Path));
        return inputs;
    }

    /// <summary>
    /// Puts every included file into its group — by <c>Contract</c> metadata, else by project folder — and orders the
    /// groups by contract identifier, then root.
    /// </summary>
    private static List<FileGroup> FormGroups(GroupingInputs inputs)
    {
        var groups = new SortedDictionary<(bool Named, string Key), FileGroup>(GroupKeyComparer.Instance);
        foreach (var (file, fileOption) in inputs.Included)
        {
            var root = ProjectRoot.Of(file.Path, inputs.ProjectFolders, fileOption?.BaseFolder);
            var key = fileOption?.Contract is { } contractName ? (true, contractName) : (false, root);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new FileGroup(key.Item2, root, key.Item1 ? key.Item2 : FolderContractName(root, file.Path));
                groups.Add(key, group);
            }

            group.Files.Add(file);
            group.Namespace ??= fileOption?.Namespace;
            group.DeviceOs ??= fileOption?.DeviceOs;
            group.Platform ??= fileOption?.Platform;
            if (fileOption is not null)
            {
                foreach (var function in fileOption.UntypedFunctions)
                {
                    group.UntypedFunctions.Add(function);
                }
            }
        }

        var ordered = new List<FileGroup>(groups.Values);
        ordered.Sort(static (left, right) =>
        {
            var byName = string.CompareOrdinal(ContractNaming.ToIdentifier(left.ContractName), ContractNaming.ToIdentifier(right.ContractName));
            return byName != 0 ? byName : string.CompareOrdinal(left.Root, right.Root);
        });
        return ordered;
    }

    /// <summary>
    /// Names one group: its namespace (PCT1083 when the requested one is invalid), a type name unique in that namespace
    /// (PCT1082 when a suffix was needed; <paramref name="taken"/> holds the names given so far) and its target.
    /// </summary>
    private static ContractGroup Name(
        FileGroup group,
        GroupingInputs inputs,
        GeneratorOptions options,
        Dictionary<string, string> taken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<FirmwareDiagnostic>();
        var at = new FirmwareLocation(group.Files[0].Path, 1, 1, 0, 0, 1, 1);

        var @namespace = options.DefaultNamespace;
        if (group.Namespace is { } requested)
        {
            if (NamespaceNames.IsValid(requested))
            {
                @namespace = requested;
            }
            else
            {
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.InvalidContractNamespace, at, requested, @namespace));
            }
        }

        var baseName = ContractNaming.ToIdentifier(group.ContractName);
        var typeName = baseName;
        for (var suffix = 2; taken.ContainsKey(@namespace + "." + typeName); suffix++)
        {
            typeName = baseName + suffix.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.Equals(typeName, baseName, StringComparison.Ordinal))
        {
            var first = taken.TryGetValue(@namespace + "." + baseName, out var firstRoot) ? firstRoot : baseName;
            diagnostics.Add(DiagnosticTable.Create(
                DiagnosticIds.DuplicateContractName, at, baseName, @namespace, DisplayFolder(first), DisplayFolder(group.Root), typeName));
        }

        taken[@namespace + "." + typeName] = group.Root;
        var target = ResolveTarget(group, inputs.SettingsByFolder, options, at, diagnostics);

        // The env.json the project bundles (project.properties env=) travels with the sources into assembly.
        if (inputs.Environment.For(group.Root) is { } defaults)
        {
            group.Files.Add(defaults);
        }

        return new ContractGroup(
            group.ContractName,
            group.Root,
            group.Files.ToEquatableArray(),
            typeName,
            @namespace,
            options.FunctionArgumentLimitIsExplicit ? options.FunctionArgumentLimit : TargetLimits.For(target).FunctionArgumentBytes,
            diagnostics.ToImmutable().ToEquatableArray(),
            target,
            group.UntypedFunctions.ToEquatableArray());
    }

    /// <summary>
    /// The group's target: its items' <c>DeviceOS</c>/<c>Platform</c> metadata, then the project properties, then the
    /// Workbench settings of its project folder. Unreadable values (PCT1096) without a place of their own are reported
    /// at the contract's first file.
    /// </summary>
    private static ParticleTarget ResolveTarget(
        FileGroup group,
        Dictionary<string, WorkbenchSettings> settingsByFolder,
        GeneratorOptions options,
        FirmwareLocation at,
        ImmutableArray<FirmwareDiagnostic>.Builder diagnostics)
    {
        settingsByFolder.TryGetValue(group.Root, out var settings);
        var resolution = TargetResolver.Resolve(
            new TargetSetting(group.DeviceOs, group.Platform),
            new TargetSetting(options.DeviceOs, options.Platform),
            TargetSetting.From(settings));
        foreach (var diagnostic in resolution.Diagnostics)
        {
            diagnostics.Add(diagnostic.Location.File.Length > 0 ? diagnostic : diagnostic with { Location = at });
        }

        return resolution.Target;
    }

    /// <summary>The folder's name; for a root without one (files at the top level), the first file's name.</summary>
    private static string FolderContractName(string root, string firstFile)
    {
        var name = FirmwarePath.FolderName(root);
        return name.Length > 0 ? name : FirmwarePath.FileStem(firstFile);
    }

    /// <summary>A folder as messages show it: normalized, <c>.</c> for the current folder.</summary>
    private static string DisplayFolder(string folder) => FirmwarePath.Normalize(folder) is { Length: > 0 } normal ? normal : ".";

    /// <summary>The files of one grouping run, sorted by role.</summary>
    private sealed class GroupingInputs
    {
        public List<(FirmwareFileModel File, FirmwareFileOptions? Options)> Included { get; } = new();

        public HashSet<string> ProjectFolders { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, WorkbenchSettings> SettingsByFolder { get; } = new(StringComparer.Ordinal);

        public BundledEnvironment Environment { get; } = new();
    }

    private sealed class FileGroup(string key, string root, string contractName)
    {
        public string Key { get; } = key;

        public string Root { get; } = root;

        public string ContractName { get; } = contractName;

        public List<FirmwareFileModel> Files { get; } = new();

        public string? Namespace { get; set; }

        public string? DeviceOs { get; set; }

        public string? Platform { get; set; }

        public SortedSet<string> UntypedFunctions { get; } = new(StringComparer.Ordinal);
    }

    private sealed class GroupKeyComparer : IComparer<(bool Named, string Key)>
    {
        public static readonly GroupKeyComparer Instance = new();

        public int Compare((bool Named, string Key) x, (bool Named, string Key) y) =>
            x.Named != y.Named ? x.Named.CompareTo(y.Named) : string.CompareOrdinal(x.Key, y.Key);
    }
}
