using System;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// The one list of firmware file kinds: which files are firmware sources, which mark a project folder, which hold
/// settings (Workbench's <c>.vscode/settings.json</c>, environment defaults in <c>env.json</c>), and how to name
/// them in messages. The generator's input filter, the analyzers, the CLI, the simulator and the reader all ask here.
/// </summary>
internal static class FirmwareFileKinds
{
    /// <summary>The file that marks a Particle project folder (Workbench and the Particle CLI write it).</summary>
    public const string ProjectMarkerName = "project.properties";

    // Lower case, with the dot; compared without case. Everything here is parsed as C++ source.
    private static readonly string[] SourceExtensions = [".ino", ".cpp", ".cc", ".cxx", ".c", ".h", ".hpp", ".hh", ".hxx"];

    /// <summary>The source extensions for messages and docs: <c>.ino .cpp .cc .cxx .c .h .hpp .hh .hxx</c>.</summary>
    public static string SourceExtensionList { get; } = string.Join(" ", SourceExtensions);

    /// <summary>What the file at <paramref name="path"/> is, from its name alone (either separator).</summary>
    public static FirmwareFileRole RoleOf(string? path)
    {
        var fileName = FirmwarePath.FileName(path ?? string.Empty);
        if (string.Equals(fileName, ProjectMarkerName, StringComparison.OrdinalIgnoreCase))
        {
            return FirmwareFileRole.ProjectMarker;
        }

        if (string.Equals(fileName, Ledgers.EnvironmentDefaults.DefaultsFileName, StringComparison.OrdinalIgnoreCase))
        {
            return FirmwareFileRole.EnvironmentDefaults;
        }

        if (Targets.WorkbenchSettings.IsSettingsPath(path ?? string.Empty))
        {
            return FirmwareFileRole.WorkbenchSettings;
        }

        foreach (var extension in SourceExtensions)
        {
            if (fileName.Length > extension.Length && fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return FirmwareFileRole.Source;
            }
        }

        return FirmwareFileRole.Ignored;
    }

    /// <summary>True for a firmware source, a project marker, Workbench settings or <c>env.json</c>: a file the reader takes part in.</summary>
    public static bool IsFirmwareFile(string? path) => RoleOf(path) != FirmwareFileRole.Ignored;

    /// <summary>True for a firmware source (not <c>project.properties</c>).</summary>
    public static bool IsSource(string? path) => RoleOf(path) == FirmwareFileRole.Source;
}
