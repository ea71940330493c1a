using System;
using Microsoft.CodeAnalysis.Diagnostics;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>
/// Which additional files are contract locks (<c>particle-contracts.lock.json</c>, or any file with
/// <c>ParticleContractLock="true"</c> metadata from a <c>&lt;ParticleContractLock&gt;</c> item) and the lock options.
/// </summary>
internal static class LockInputs
{
    public const string LockMetadata = "build_metadata.AdditionalFiles.ParticleContractLock";
    public const string SeverityProperty = "build_property.ParticleContractLockSeverity";

    /// <summary>A cheap path test run before the per-file options are looked up.</summary>
    public static bool IsCandidate(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public static bool IsLock(string path, AnalyzerConfigOptions options) =>
        string.Equals(LockPaths.FileNameOf(path), LockSections.FileName, StringComparison.Ordinal)
        || (options.TryGetValue(LockMetadata, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    public static LockCheckOptions ReadOptions(AnalyzerConfigOptions globalOptions) =>
        LockCheckOptions.Parse(globalOptions.TryGetValue(SeverityProperty, out var value) ? value : null);
}
