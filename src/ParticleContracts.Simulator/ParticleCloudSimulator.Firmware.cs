using ParticleContracts.Simulator.Firmware;

namespace ParticleContracts.Simulator;

public sealed partial class ParticleCloudSimulator
{
    /// <summary>
    /// Reads every firmware project under <paramref name="folder"/> and adds one device per contract, named after the
    /// contract's folder (e.g. <c>weather-station</c>) with a stable ID derived from that name. Each variable gets its
    /// cloud type's default value and each function a handler returning 1; override them on the returned devices.
    /// </summary>
    /// <param name="folder">A firmware folder (one project, or a folder of projects).</param>
    /// <returns>The devices added, ordered by name.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public IReadOnlyList<SimulatedDevice> AddDevicesFromFirmware(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var definitions = FirmwareDevices.Read(folder);
        var devices = new List<SimulatedDevice>(definitions.Count);
        foreach (var definition in definitions)
        {
            devices.Add(AddDevice(definition));
        }

        return devices;
    }
}
