using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Simulator.Firmware;

/// <summary>Turns firmware projects on disk into device definitions, through the shared firmware reader.</summary>
internal static class FirmwareDevices
{
    public static IReadOnlyList<SimulatedDeviceDefinition> Read(string folder)
    {
        var root = new DirectoryInfo(folder);
        if (!root.Exists)
        {
            throw new DirectoryNotFoundException($"Firmware folder not found: {root.FullName}");
        }

        var sources = new List<FirmwareSource>();
        foreach (var file in root.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var path = file.FullName.Replace('\\', '/');
            if (FirmwareFileParser.RoleOf(path) != FirmwareFileRole.Ignored)
            {
                sources.Add(new FirmwareSource(path, File.ReadAllText(file.FullName)));
            }
        }

        var contracts = FirmwareReader.Read(sources);
        return [.. contracts.Select(ToDefinition).OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>A device named after the contract's folder; run-time-only names and unmappable types are left out.</summary>
    internal static SimulatedDeviceDefinition ToDefinition(DeviceContract contract)
    {
        var definition = new SimulatedDeviceDefinition(FolderName(contract.Root));
        foreach (var registration in contract.Registrations)
        {
            if (registration.Name is not { Length: > 0 } name)
            {
                continue;
            }

            if (registration.Kind == RegistrationKind.Function)
            {
                if (!definition.Functions.Contains(name))
                {
                    definition.Functions.Add(name);
                }

                continue;
            }

            if (ToVariableType(registration.CloudType) is { } type)
            {
                // Re-registering a name replaces the earlier entry, as on the device.
                definition.Variables[name] = type;
            }
        }

        return definition;
    }

    private static SimulatedVariableType? ToVariableType(CloudType type) => type switch
    {
        CloudType.Int32 => SimulatedVariableType.Int32,
        CloudType.Double => SimulatedVariableType.Double,
        CloudType.Bool => SimulatedVariableType.Bool,
        CloudType.String => SimulatedVariableType.String,
        _ => null,
    };

    private static string FolderName(string root)
    {
        var trimmed = root.Replace('\\', '/').TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        var name = slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
        return name.Length == 0 ? "device" : name;
    }
}
