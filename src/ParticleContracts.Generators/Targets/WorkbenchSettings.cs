using System;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Targets;

/// <summary>One string setting and where its value is.</summary>
/// <param name="Value">The decoded string.</param>
/// <param name="Location">Where the value (with its quotes) is in the settings file.</param>
internal sealed record WorkbenchSetting(string Value, FirmwareLocation Location);

/// <summary>
/// The target settings of a Particle Workbench project, read from its <c>.vscode/settings.json</c>:
/// <c>particle.firmwareVersion</c> and <c>particle.targetPlatform</c>. The file is JSON with comments (as VS Code
/// writes it); the reader takes top-level string members only, ignores everything else, and never throws.
/// </summary>
/// <param name="Path">The settings file, <c>/</c> separators.</param>
/// <param name="FirmwareVersion">The <c>particle.firmwareVersion</c> member, or null.</param>
/// <param name="TargetPlatform">The <c>particle.targetPlatform</c> member, or null.</param>
internal sealed record WorkbenchSettings(string Path, WorkbenchSetting? FirmwareVersion, WorkbenchSetting? TargetPlatform)
{
    public const string FirmwareVersionKey = "particle.firmwareVersion";
    public const string TargetPlatformKey = "particle.targetPlatform";

    /// <summary>True for <c>…/.vscode/settings.json</c>.</summary>
    public static bool IsSettingsPath(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.EndsWith("/.vscode/settings.json", StringComparison.OrdinalIgnoreCase)
            || string.Equals(normalized, ".vscode/settings.json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The firmware project folder a settings file belongs to: the parent of <c>.vscode</c>.</summary>
    public static string ProjectFolderOf(string settingsPath)
    {
        var normalized = settingsPath.Replace('\\', '/');
        var vscode = normalized.LastIndexOf("/.vscode/", StringComparison.OrdinalIgnoreCase);
        return vscode > 0 ? normalized.Substring(0, vscode) : string.Empty;
    }

    /// <summary>Reads the two settings from <paramref name="text"/>; linear in its length.</summary>
    public static WorkbenchSettings Parse(string path, string text)
    {
        var scanner = new JsoncScanner(path.Replace('\\', '/'), text);
        WorkbenchSetting? version = null;
        WorkbenchSetting? platform = null;
        while (scanner.NextTopLevelStringMember(out var key, out var value))
        {
            if (string.Equals(key, FirmwareVersionKey, StringComparison.Ordinal))
            {
                version = value is null ? null : new WorkbenchSetting(value.Value, value.Location);
            }
            else if (string.Equals(key, TargetPlatformKey, StringComparison.Ordinal))
            {
                platform = value is null ? null : new WorkbenchSetting(value.Value, value.Location);
            }
        }

        return new WorkbenchSettings(path.Replace('\\', '/'), version, platform);
    }
}
