using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>Project-wide options, from <c>build_property.*</c>.</summary>
/// <param name="DefaultNamespace">The namespace for contracts without <c>Namespace</c> metadata: <c>$(RootNamespace).Devices</c>.</param>
/// <param name="FunctionArgumentLimit">The largest function argument in UTF-8 bytes (<c>ParticleFunctionArgumentLimit</c>, default 1024).</param>
/// <param name="InvalidFunctionArgumentLimit">The property's text when it is not a positive integer (reported as PCT1084), else null.</param>
/// <param name="FunctionArgumentLimitIsExplicit">True when <c>ParticleFunctionArgumentLimit</c> is set: it then overrides every target's limit.</param>
/// <param name="DeviceOs">The <c>ParticleDeviceOS</c> property, or null.</param>
/// <param name="Platform">The <c>ParticlePlatform</c> property, or null.</param>
internal sealed record GeneratorOptions(
    string DefaultNamespace,
    int FunctionArgumentLimit,
    string? InvalidFunctionArgumentLimit,
    bool FunctionArgumentLimitIsExplicit = false,
    string? DeviceOs = null,
    string? Platform = null)
{
    /// <summary>The device limit since Device OS 3.0.</summary>
    public const int DefaultFunctionArgumentLimit = 1024;

    /// <summary>Used when neither <c>RootNamespace</c> nor an assembly name is available.</summary>
    public const string FallbackNamespace = "ParticleContracts.Devices";

    /// <summary>The options of a reader run without a project (CLI, simulator): fallback namespace, default limit.</summary>
    public static GeneratorOptions Default { get; } = new(FallbackNamespace, DefaultFunctionArgumentLimit, null);
}

/// <summary>One firmware file's MSBuild item metadata, from <c>build_metadata.AdditionalFiles.*</c>.</summary>
/// <param name="Path">The file path as the compiler sees it.</param>
/// <param name="Included">False when the item says <c>ParticleFirmware="false"</c>.</param>
/// <param name="Contract">The <c>Contract</c> metadata (overrides the folder-derived name), or null.</param>
/// <param name="Namespace">The <c>Namespace</c> metadata, or null.</param>
/// <param name="BaseFolder">
/// The folder the user named: the <c>ParticleFirmware</c> item's base folder, the CLI argument, the simulator's
/// <c>--firmware</c>. A project root is never looked for above it. Null when unknown (a plain additional file).
/// </param>
/// <param name="DeviceOs">The <c>DeviceOS</c> metadata (the target's Device OS), or null.</param>
/// <param name="Platform">The <c>Platform</c> metadata (the target's platform), or null.</param>
/// <param name="UntypedFunctions">The <c>UntypedFunctions</c> metadata: functions whose argument stays a string.</param>
internal sealed record FirmwareFileOptions(string Path, bool Included, string? Contract, string? Namespace, string? BaseFolder = null, string? DeviceOs = null, string? Platform = null, EquatableArray<string> UntypedFunctions = default);
