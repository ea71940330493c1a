using ParticleContracts.Discovery;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Simulator.Firmware;

/// <summary>Turns firmware projects on disk into device definitions, through the shared firmware reader.</summary>
internal static class FirmwareDevices
{
    /// <summary>The devices of every contract under <paramref name="folder"/>; each entry discovery skipped is passed to <paramref name="report"/> as one line.</summary>
    public static IReadOnlyList<SimulatedDeviceDefinition> Read(string folder, Action<string>? report = null)
    {
        var root = new DirectoryInfo(folder);
        if (!root.Exists)
        {
            throw new DirectoryNotFoundException($"Firmware folder not found: {root.FullName}");
        }

        var found = FirmwareDiscovery.Read(root.FullName);
        foreach (var problem in found.Problems)
        {
            report?.Invoke($"{problem.Path}: {problem.Severity.ToWireName()} {problem.Id}: {problem.Message(problem.Path)}");
        }

        // The --firmware folder bounds the project-root search: an ancestor named src above it does not count.
        var baseFolder = FirmwarePath.Normalize(root.FullName);
        var sources = found.Files.Select(file => new FirmwareSource(FirmwarePath.Normalize(file.Path), file.Text, baseFolder)).ToList();
        var contracts = FirmwareReader.Read(sources);
        return [.. contracts.Select(ToDefinition).OrderBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>A device named after the contract's folder; run-time-only names and unmappable types are left out.</summary>
    internal static SimulatedDeviceDefinition ToDefinition(DeviceContract contract)
    {
        var folderName = FirmwarePath.FolderName(contract.Root);
        var definition = new SimulatedDeviceDefinition(folderName.Length > 0 ? folderName : "device");
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

        FirmwareDeviceData.AddTo(definition, contract.Data);
        DeclaredEvents.AddTo(definition, contract);

        foreach (var function in contract.FunctionArguments)
        {
            if (definition.Functions.Contains(function.FunctionName) && FunctionArgumentValidator.Handler(function) is { } handler)
            {
                definition.FunctionHandlers[function.FunctionName] = handler;
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
}
