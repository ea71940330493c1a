using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Builds the firmware contracts of a compilation from its AdditionalFiles with the generator's own pipeline steps
/// (<see cref="FirmwareFileKinds"/>, <see cref="FirmwareFileParser"/>, <see cref="OptionsReader"/>,
/// <see cref="ContractGrouping"/>, <see cref="ProxyModelBuilder"/>), so the analyzers see exactly the contracts, proxy
/// type names and member names the generator emits. Built once per analyzer run and shared by every analyzer of it.
/// </summary>
internal static class FirmwareContractCatalog
{
    // AnalyzerOptions is immutable and shared by all analyzers of one driver run; a changed additional file gives a
    // new instance, so keying on it never serves stale contracts.
    private static readonly ConditionalWeakTable<AnalyzerOptions, ContractIndex> Cache = new();

    // An unchanged file keeps its SourceText instance across edits in the IDE, so its parse is reused even when a
    // new AnalyzerOptions is created.
    private static readonly ConditionalWeakTable<SourceText, FirmwareFileModel> ParsedFiles = new();

    /// <summary>The contracts visible to <paramref name="compilation"/>.</summary>
    public static ContractIndex Get(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(options, out var cached))
        {
            return cached;
        }

        var index = Build(compilation.AssemblyName, options, cancellationToken);
        return Cache.GetValue(options, _ => index);
    }

    /// <summary>True for firmware sources (not <c>project.properties</c>).</summary>
    public static bool IsSourcePath(string path) =>
        FirmwareFileKinds.IsSource(path);

    private static FirmwareFileModel Parse(AdditionalText file, CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return FirmwareFileParser.Parse(new FirmwareSource(file.Path, string.Empty), cancellationToken);
        }

        if (ParsedFiles.TryGetValue(text, out var cached) && string.Equals(cached.Path, FirmwarePath.Normalize(file.Path), StringComparison.Ordinal))
        {
            return cached;
        }

        var model = FirmwareFileParser.Parse(new FirmwareSource(file.Path, text.ToString()), cancellationToken);
        if (!ParsedFiles.TryGetValue(text, out _))
        {
            ParsedFiles.GetValue(text, _ => model);
        }

        return model;
    }

    private static ContractIndex Build(string? assemblyName, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var files = ImmutableArray.CreateBuilder<FirmwareFileModel>();
        var fileOptions = ImmutableArray.CreateBuilder<FirmwareFileOptions>();
        var namedWithSources = new HashSet<string>(StringComparer.Ordinal);
        var firstFileByName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fileOption = OptionsReader.ReadFile(file.Path, provider.GetOptions(file));
            if (fileOption is { Included: true, Contract: { } name })
            {
                if (!firstFileByName.TryGetValue(name, out var first) || string.CompareOrdinal(file.Path, first) < 0)
                {
                    firstFileByName[name] = file.Path;
                }

                if (IsSourcePath(file.Path))
                {
                    namedWithSources.Add(name);
                }
            }

            if (!FirmwareFileKinds.IsFirmwareFile(file.Path))
            {
                continue;
            }

            files.Add(Parse(file, cancellationToken));
            fileOptions.Add(fileOption);
        }

        var project = OptionsReader.ReadProject(provider.GlobalOptions, assemblyName);
        var groups = ContractGrouping.Group(files.ToImmutable(), fileOptions.ToImmutable(), project, cancellationToken);
        var inputs = ImmutableArray.CreateBuilder<ContractInput>(groups.Length);
        foreach (var group in groups)
        {
            inputs.Add(ContractGrouping.Assemble(group, cancellationToken));
        }

        var withoutSources = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in firstFileByName)
        {
            if (!namedWithSources.Contains(pair.Key))
            {
                withoutSources.Add(pair.Key, pair.Value);
            }
        }

        return new ContractIndex(inputs.MoveToImmutable(), project.FunctionArgumentLimit, withoutSources.ToImmutable());
    }
}
