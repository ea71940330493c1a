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
    public IReadOnlyList<SimulatedDevice> AddDevicesFromFirmware(string folder) => AddDevicesFromFirmware(folder, problems: null);

    /// <summary>
    /// Like <see cref="AddDevicesFromFirmware(string)"/>, and writes one line to <paramref name="problems"/> for each
    /// entry that firmware discovery skipped (a file over 32 MiB, a named pipe or device, a folder link, an
    /// unreadable file: diagnostics PCT1120–PCT1124), naming the entry.
    /// </summary>
    /// <param name="folder">A firmware folder (one project, or a folder of projects).</param>
    /// <param name="problems">Receives the skipped entries; null discards them.</param>
    /// <returns>The devices added, ordered by name.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public IReadOnlyList<SimulatedDevice> AddDevicesFromFirmware(string folder, TextWriter? problems)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var definitions = FirmwareDevices.Read(folder, problems is null ? null : problems.WriteLine);
        var devices = new List<SimulatedDevice>(definitions.Count);
        foreach (var definition in definitions)
        {
            devices.Add(AddDevice(definition));
        }

        return devices;
    }
}
