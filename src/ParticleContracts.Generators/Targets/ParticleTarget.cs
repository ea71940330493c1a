namespace ParticleContracts.Generators.Targets;

/// <summary>Where a target's Device OS version or platform came from, strongest last.</summary>
internal enum TargetOrigin
{
    /// <summary>Nothing named it: <see cref="ParticleTarget.DefaultDeviceOs"/>, platform unknown.</summary>
    Default,

    /// <summary>Workbench's <c>.vscode/settings.json</c> in the firmware project.</summary>
    WorkbenchSettings,

    /// <summary>The MSBuild property <c>ParticleDeviceOS</c> / <c>ParticlePlatform</c>.</summary>
    ProjectProperty,

    /// <summary>The <c>DeviceOS</c> / <c>Platform</c> metadata of the <c>ParticleFirmware</c> item.</summary>
    ItemMetadata,
}

/// <summary>
/// The Device OS version and platform a firmware project is built for: the input to <see cref="TargetLimits"/>
/// and <see cref="FeatureGates"/>. An unknown platform counts as Gen 3 or newer without the SARA-R410M modem.
/// </summary>
/// <param name="DeviceOs">The Device OS version.</param>
/// <param name="Platform">The platform, or null when unknown.</param>
/// <param name="DeviceOsOrigin">Where <paramref name="DeviceOs"/> came from.</param>
/// <param name="PlatformOrigin">Where <paramref name="Platform"/> came from.</param>
internal sealed record ParticleTarget(
    DeviceOsVersion DeviceOs,
    ParticlePlatform? Platform,
    TargetOrigin DeviceOsOrigin,
    TargetOrigin PlatformOrigin)
{
    /// <summary>
    /// The Device OS assumed when nothing names one: 6.3.0, the first release of the 6.x line with every feature
    /// the gates know except environment variables. Its limits equal those of every 3.x+ Gen 3 device.
    /// </summary>
    public static readonly DeviceOsVersion DefaultDeviceOs = new(6, 3, 0);

    /// <summary>The target when nothing names one.</summary>
    public static readonly ParticleTarget Default = new(DefaultDeviceOs, null, TargetOrigin.Default, TargetOrigin.Default);

    /// <summary>The platform's generation; Gen 3 when the platform is unknown.</summary>
    public PlatformGeneration Generation => Platform?.Generation ?? PlatformGeneration.Gen3;

    /// <summary>For messages: <c>Device OS 4.2.0 on boron (from .vscode/settings.json)</c>.</summary>
    public string Describe()
    {
        var platform = Platform is null ? string.Empty : " on " + Platform.Name;
        return "Device OS " + DeviceOs + platform + " (" + DescribeOrigin() + ")";
    }

    private string DescribeOrigin()
    {
        var origin = DeviceOsOrigin >= PlatformOrigin ? DeviceOsOrigin : PlatformOrigin;
        return origin switch
        {
            TargetOrigin.WorkbenchSettings => "from .vscode/settings.json",
            TargetOrigin.ProjectProperty => "from ParticleDeviceOS/ParticlePlatform",
            TargetOrigin.ItemMetadata => "from the ParticleFirmware item's DeviceOS/Platform",
            _ => "the default; set ParticleDeviceOS or Workbench's particle.firmwareVersion",
        };
    }
}
