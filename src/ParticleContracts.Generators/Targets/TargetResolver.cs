using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Targets;

/// <summary>The target texts one source gives: a Device OS version and a platform name, each possibly missing.</summary>
/// <param name="DeviceOs">The version text, or null.</param>
/// <param name="Platform">The platform text, or null.</param>
/// <param name="DeviceOsLocation">Where the version text is (a settings file), or null for MSBuild values.</param>
/// <param name="PlatformLocation">Where the platform text is, or null.</param>
internal sealed record TargetSetting(string? DeviceOs, string? Platform, FirmwareLocation? DeviceOsLocation = null, FirmwareLocation? PlatformLocation = null)
{
    /// <summary>Nothing named.</summary>
    public static readonly TargetSetting None = new(null, null);

    /// <summary>The two Workbench settings of a project.</summary>
    public static TargetSetting From(WorkbenchSettings? settings) =>
        settings is null
            ? None
            : new(settings.FirmwareVersion?.Value, settings.TargetPlatform?.Value, settings.FirmwareVersion?.Location, settings.TargetPlatform?.Location);
}

/// <summary>A resolved target and the problems met on the way (text that is not a version or a platform).</summary>
internal sealed record TargetResolution(ParticleTarget Target, EquatableArray<FirmwareDiagnostic> Diagnostics);

/// <summary>
/// Decides a firmware project's target. Each of the Device OS version and the platform comes from the strongest
/// source that names it: the <c>ParticleFirmware</c> item's <c>DeviceOS</c>/<c>Platform</c> metadata, then the
/// MSBuild properties <c>ParticleDeviceOS</c>/<c>ParticlePlatform</c>, then Workbench's <c>.vscode/settings.json</c>,
/// then <see cref="ParticleTarget.Default"/>. A value that cannot be read is reported (PCT1096) and skipped.
/// </summary>
internal static class TargetResolver
{
    public static TargetResolution Resolve(TargetSetting metadata, TargetSetting properties, TargetSetting workbench)
    {
        var diagnostics = new List<FirmwareDiagnostic>();
        var version = ParticleTarget.DefaultDeviceOs;
        var versionOrigin = TargetOrigin.Default;
        ParticlePlatform? platform = null;
        var platformOrigin = TargetOrigin.Default;

        var sources = new[]
        {
            (Setting: workbench, Origin: TargetOrigin.WorkbenchSettings, Name: ".vscode/settings.json"),
            (Setting: properties, Origin: TargetOrigin.ProjectProperty, Name: "the MSBuild properties"),
            (Setting: metadata, Origin: TargetOrigin.ItemMetadata, Name: "the ParticleFirmware item"),
        };
        foreach (var (setting, origin, name) in sources)
        {
            if (!string.IsNullOrWhiteSpace(setting.DeviceOs))
            {
                if (DeviceOsVersion.TryParse(setting.DeviceOs, out var parsed))
                {
                    version = parsed;
                    versionOrigin = origin;
                }
                else
                {
                    diagnostics.Add(Invalid("Device OS version", setting.DeviceOs!, name, "Device OS " + version, setting.DeviceOsLocation));
                }
            }

            if (!string.IsNullOrWhiteSpace(setting.Platform))
            {
                if (ParticlePlatform.Find(setting.Platform) is { } found)
                {
                    platform = found;
                    platformOrigin = origin;
                }
                else
                {
                    diagnostics.Add(Invalid("platform", setting.Platform!, name, platform?.Name ?? "an unknown Gen 3 platform", setting.PlatformLocation));
                }
            }
        }

        var target = new ParticleTarget(version, platform, versionOrigin, platformOrigin);
        return new TargetResolution(target, diagnostics.ToEquatableArray());
    }

    private static FirmwareDiagnostic Invalid(string what, string text, string source, string usedInstead, FirmwareLocation? location) =>
        DiagnosticTable.Create(
            DiagnosticIds.UnrecognisedTarget,
            location ?? new FirmwareLocation(string.Empty, 0, 0, 0, 0, 0, 0),
            what,
            text.Trim(),
            source,
            usedInstead);
}
