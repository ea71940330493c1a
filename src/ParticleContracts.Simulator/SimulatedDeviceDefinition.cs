namespace ParticleContracts.Simulator;

/// <summary>
/// The shape of a device to add: identity plus the variables (name → type) and functions it declares, as a firmware
/// contract describes them. <see cref="ParticleCloudSimulator.AddDevice(SimulatedDeviceDefinition)"/> gives every
/// variable its type's default value and every function a handler returning 1; both can be overridden afterwards.
/// </summary>
public sealed class SimulatedDeviceDefinition
{
    /// <summary>Creates a definition for a device called <paramref name="name"/>.</summary>
    /// <param name="name">The device name.</param>
    public SimulatedDeviceDefinition(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The device name.</summary>
    public string Name { get; }

    /// <summary>The 24-hex device ID; null derives a stable one from <see cref="Name"/>.</summary>
    public string? Id { get; init; }

    /// <summary>The platform ID; null uses <see cref="ParticleSimulatorOptions.DefaultPlatformId"/>.</summary>
    public int? PlatformId { get; init; }

    /// <summary>The product the device belongs to, or null.</summary>
    public int? ProductId { get; init; }

    /// <summary>The owning account; null uses <see cref="ParticleSimulatorOptions.Username"/>.</summary>
    public string? Owner { get; init; }

    /// <summary>Whether the device starts online (default true).</summary>
    public bool Online { get; init; } = true;

    /// <summary>The variables, name → cloud type.</summary>
    public IDictionary<string, SimulatedVariableType> Variables { get; } = new Dictionary<string, SimulatedVariableType>(StringComparer.Ordinal);

    /// <summary>The function names.</summary>
    public ICollection<string> Functions { get; } = new List<string>();

    /// <summary>The ledgers the device's firmware uses (see <see cref="SimulatedDevice.Firmware"/>).</summary>
    public IList<SimulatedFirmwareLedger> Ledgers { get; } = new List<SimulatedFirmwareLedger>();

    /// <summary>The environment variables the device's firmware reads (see <see cref="SimulatedDevice.Firmware"/>).</summary>
    public IList<SimulatedFirmwareVariable> EnvironmentVariables { get; } = new List<SimulatedFirmwareVariable>();

    /// <summary>The events the firmware publishes, name → sample payload (null for none), for <see cref="SimulatedDevice.PublishDeclaredEvent"/>.</summary>
    public IDictionary<string, string?> PublishedEvents { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>The prefixes the firmware subscribes to (at most 4): matching events are recorded in <see cref="SimulatedDeviceEvents.Received"/>.</summary>
    public ICollection<string> Subscriptions { get; } = new List<string>();
    /// <summary>
    /// Handlers for some of <see cref="Functions"/>, by name: devices built from firmware validate arguments against the
    /// grammar inferred from the handler body and return its failure or success code. A function without one returns 1.
    /// </summary>
    public IDictionary<string, Func<string, int>> FunctionHandlers { get; } = new Dictionary<string, Func<string, int>>(StringComparer.Ordinal);
}
