using System.Collections.Generic;

namespace ParticleContracts.Generators.Targets;

/// <summary>A size or count limit that depends on the target.</summary>
internal enum LimitKind
{
    /// <summary>Variable and function name, in UTF-8 bytes.</summary>
    NameBytes,

    /// <summary>A string variable's value, in UTF-8 bytes.</summary>
    VariableValueBytes,

    /// <summary>A function argument, in UTF-8 bytes.</summary>
    FunctionArgumentBytes,

    /// <summary>An event name, in bytes.</summary>
    EventNameBytes,

    /// <summary>The data of a classic <c>Particle.publish</c>, in bytes.</summary>
    EventDataBytes,

    /// <summary>The data of a <c>CloudEvent</c> publish, in bytes (none before 6.3.0).</summary>
    CloudEventDataBytes,

    /// <summary>Registered cloud variables (none fixed: the describe message's size decides).</summary>
    MaxVariables,

    /// <summary>Registered cloud functions (none fixed: the describe message's size decides).</summary>
    MaxFunctions,
}

/// <summary>Which platforms a <see cref="LimitRow"/> applies to.</summary>
internal enum PlatformScope
{
    /// <summary>Every platform.</summary>
    Any,

    /// <summary>Gen 1 and Gen 2 (Core, Photon, P1, Electron, E-Series).</summary>
    Gen2AndOlder,

    /// <summary>Gen 3 and Gen 4, and an unknown platform.</summary>
    Gen3AndNewer,

    /// <summary>Boron and B-SoM, which may carry the SARA-R410M-02B modem (modem firmware 02.03 or older).</summary>
    SaraR410Modem,
}

/// <summary>One row: from <paramref name="Since"/> on, on <paramref name="Scope"/>, the limit is <paramref name="Value"/>.</summary>
/// <param name="Kind">The limit.</param>
/// <param name="Since">The first Device OS version the row applies to.</param>
/// <param name="Scope">The platforms it applies to.</param>
/// <param name="Value">The limit; null when there is no fixed one.</param>
/// <param name="Source">Where the number comes from (shown in the README's Targets table).</param>
internal sealed record LimitRow(LimitKind Kind, DeviceOsVersion Since, PlatformScope Scope, int? Value, string Source);

/// <summary>
/// The one table of target-dependent limits. A limit is the row of its kind with the latest <c>Since</c> not after
/// the target's Device OS; among rows with the same <c>Since</c>, the most specific scope that fits the platform
/// wins (SARA-R410M over a generation over any). The README's "Targets" section shows this table; a test keeps
/// the two equal.
/// </summary>
internal static class TargetLimitTable
{
    private const string FieldLimits = "Particle docs, firmware reference \"Overview of API field limits\"";
    private const string Gen3Raise = "device-os PR #2260 (3.0.0): 622 to 1024 bytes on Gen 3, 864 on Gen 2";
    private const string Sara = "Particle docs, field limits: SARA-R410M-02B modem on modem firmware 02.03 or older";
    private const string CountCap = "device-os commit 5471602b4 (3.3.0): at most 100 variables and 100 functions";
    private const string NoCount = "device-os 0.4.0 CHANGELOG #111: no fixed count; the describe message's size decides";

    private static readonly DeviceOsVersion Any = new(0, 0, 0);

    /// <summary>Every row, by kind then version.</summary>
    public static readonly IReadOnlyList<LimitRow> Rows =
    [
        new(LimitKind.NameBytes, Any, PlatformScope.Any, 12, FieldLimits),
        new(LimitKind.NameBytes, DeviceOsVersion.V0_8, PlatformScope.Any, 64, "device-os PR #1537 (0.8.0); static_assert in spark_wiring_cloud.h"),

        new(LimitKind.VariableValueBytes, Any, PlatformScope.Any, 622, FieldLimits),
        new(LimitKind.VariableValueBytes, DeviceOsVersion.V3_0, PlatformScope.Gen2AndOlder, 864, Gen3Raise),
        new(LimitKind.VariableValueBytes, DeviceOsVersion.V3_0, PlatformScope.Gen3AndNewer, 1024, Gen3Raise),
        new(LimitKind.VariableValueBytes, DeviceOsVersion.V3_0, PlatformScope.SaraR410Modem, 782, Sara),

        new(LimitKind.FunctionArgumentBytes, Any, PlatformScope.Any, 63, FieldLimits),
        new(LimitKind.FunctionArgumentBytes, DeviceOsVersion.V0_8, PlatformScope.Any, 622, "device-os PR #1537 (0.8.0)"),
        new(LimitKind.FunctionArgumentBytes, DeviceOsVersion.V3_0, PlatformScope.Gen2AndOlder, 864, Gen3Raise),
        new(LimitKind.FunctionArgumentBytes, DeviceOsVersion.V3_0, PlatformScope.Gen3AndNewer, 1024, Gen3Raise),
        new(LimitKind.FunctionArgumentBytes, DeviceOsVersion.V3_0, PlatformScope.SaraR410Modem, 782, Sara),

        new(LimitKind.EventNameBytes, Any, PlatformScope.Any, 64, FieldLimits),

        new(LimitKind.EventDataBytes, Any, PlatformScope.Any, 255, FieldLimits),
        new(LimitKind.EventDataBytes, DeviceOsVersion.V0_8, PlatformScope.Any, 622, FieldLimits),
        new(LimitKind.EventDataBytes, DeviceOsVersion.V3_0, PlatformScope.Gen2AndOlder, 864, FieldLimits),
        new(LimitKind.EventDataBytes, DeviceOsVersion.V3_0, PlatformScope.Gen3AndNewer, 1024, FieldLimits),
        new(LimitKind.EventDataBytes, DeviceOsVersion.V3_0, PlatformScope.SaraR410Modem, 782, Sara),

        new(LimitKind.CloudEventDataBytes, Any, PlatformScope.Any, null, "CloudEvent does not exist before 6.3.0"),
        new(LimitKind.CloudEventDataBytes, DeviceOsVersion.V6_3, PlatformScope.Any, 16384, "Particle docs, typed and extended publish (6.3.0)"),

        new(LimitKind.MaxVariables, Any, PlatformScope.Any, null, NoCount),
        new(LimitKind.MaxVariables, DeviceOsVersion.V3_3, PlatformScope.Any, 100, CountCap),
        new(LimitKind.MaxFunctions, Any, PlatformScope.Any, null, NoCount),
        new(LimitKind.MaxFunctions, DeviceOsVersion.V3_3, PlatformScope.Any, 100, CountCap),
    ];

    /// <summary>The row that decides <paramref name="kind"/> for <paramref name="target"/>.</summary>
    public static LimitRow Lookup(LimitKind kind, ParticleTarget target)
    {
        LimitRow? best = null;
        foreach (var row in Rows)
        {
            if (row.Kind != kind || row.Since > target.DeviceOs || !Fits(row.Scope, target))
            {
                continue;
            }

            if (best is null || row.Since > best.Since || (row.Since == best.Since && row.Scope > best.Scope))
            {
                best = row;
            }
        }

        // Every kind has a row at 0.0.0 for any platform, so a row always fits.
        return best!;
    }

    private static bool Fits(PlatformScope scope, ParticleTarget target) => scope switch
    {
        PlatformScope.Gen2AndOlder => target.Generation <= PlatformGeneration.Gen2,
        PlatformScope.Gen3AndNewer => target.Generation >= PlatformGeneration.Gen3,
        PlatformScope.SaraR410Modem => target.Platform is { MayHaveSaraR410Modem: true },
        _ => true,
    };
}
