using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// <c>ParticleContract</c> item metadata on additional files (PCT2007): which contract names no firmware source
/// carries. Reads file names and metadata only, never file contents.
/// </summary>
internal static class ContractMetadata
{
    /// <summary>Each contract name carried by no firmware source, with the first file (ordinal path order) that carries it.</summary>
    public static ImmutableDictionary<string, string> WithoutSources(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var namedWithSources = new HashSet<string>(StringComparer.Ordinal);
        var firstFileByName = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fileOption = OptionsReader.ReadFile(file.Path, provider.GetOptions(file));
            if (fileOption is not { Included: true, Contract: { } name })
            {
                continue;
            }

            if (!firstFileByName.TryGetValue(name, out var first) || string.CompareOrdinal(file.Path, first) < 0)
            {
                firstFileByName[name] = file.Path;
            }

            if (FirmwareFileKinds.IsSource(file.Path))
            {
                namedWithSources.Add(name);
            }
        }

        var withoutSources = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var pair in firstFileByName)
        {
            if (!namedWithSources.Contains(pair.Key))
            {
                withoutSources.Add(pair.Key, pair.Value);
            }
        }

        return withoutSources.ToImmutable();
    }
}
