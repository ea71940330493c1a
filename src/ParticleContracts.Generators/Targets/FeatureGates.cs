using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Targets;

/// <summary>One gate: the diagnostic a <see cref="FeatureUse"/> gets when <see cref="Blocks"/> says the target lacks the feature.</summary>
/// <param name="Feature">The feature gated.</param>
/// <param name="Id">The <c>PCT109x</c> diagnostic ID; its text is in <see cref="DiagnosticTable"/>.</param>
/// <param name="Blocks">True when the target cannot use the feature (or the use has no effect there).</param>
internal sealed record FeatureGate(CloudFeature Feature, string Id, Func<ParticleTarget, bool> Blocks);

/// <summary>
/// The one table of target feature gates, and the check that turns the reader's <see cref="FeatureUse"/>s into
/// diagnostics for a target. Versions and sources are in the README's "Targets" section.
/// </summary>
internal static class FeatureGates
{
    /// <summary>Every gate, in diagnostic-ID order.</summary>
    public static readonly IReadOnlyList<FeatureGate> All =
    [
        new(CloudFeature.TypedPublish, DiagnosticIds.TypedPublishNeedsDeviceOs62, static target => target.DeviceOs < DeviceOsVersion.V6_2),
        new(CloudFeature.CloudEvent, DiagnosticIds.CloudEventNeedsDeviceOs63, static target => target.DeviceOs < DeviceOsVersion.V6_3),
        new(CloudFeature.Ledger, DiagnosticIds.LedgerNeedsDeviceOs61Gen3,
            static target => target.DeviceOs < DeviceOsVersion.V6_1 || target.Generation <= PlatformGeneration.Gen2),
        new(CloudFeature.EnvironmentVariables, DiagnosticIds.EnvironmentNeedsDeviceOs64, static target => target.DeviceOs < DeviceOsVersion.V6_4),
        new(CloudFeature.ProductIdMacro, DiagnosticIds.ProductIdRemoved, static target => target.DeviceOs >= DeviceOsVersion.V4_0),
        new(CloudFeature.SubscribeScope, DiagnosticIds.SubscribeScopeIgnored, static target => target.DeviceOs >= DeviceOsVersion.V6_0),
    ];

    /// <summary>The gate of <paramref name="id"/>, or null.</summary>
    public static FeatureGate? ForId(string id)
    {
        foreach (var gate in All)
        {
            if (string.Equals(gate.Id, id, StringComparison.Ordinal))
            {
                return gate;
            }
        }

        return null;
    }

    /// <summary>One diagnostic per use the target blocks, in the order of <paramref name="uses"/>.</summary>
    public static List<FirmwareDiagnostic> Check(ParticleTarget target, IEnumerable<FeatureUse> uses)
    {
        var diagnostics = new List<FirmwareDiagnostic>();
        var describedTarget = target.Describe();
        foreach (var use in uses)
        {
            var gate = GateOf(use.Feature);
            if (gate is null || !gate.Blocks(target))
            {
                continue;
            }

            diagnostics.Add(DiagnosticTable.Create(gate.Id, use.Location, use.Text, describedTarget));
        }

        return diagnostics;
    }

    private static FeatureGate? GateOf(CloudFeature feature)
    {
        foreach (var gate in All)
        {
            if (gate.Feature == feature)
            {
                return gate;
            }
        }

        return null;
    }
}
