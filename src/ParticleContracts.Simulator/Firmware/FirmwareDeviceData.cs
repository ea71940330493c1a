using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Simulator.Firmware;

/// <summary>Copies a contract's ledgers and environment variables into a device definition.</summary>
internal static class FirmwareDeviceData
{
    public static void AddTo(SimulatedDeviceDefinition definition, DeviceDataContract? data)
    {
        if (data is null)
        {
            return;
        }

        foreach (var ledger in data.Ledgers)
        {
            var keys = new Dictionary<string, SimulatedDataType>(StringComparer.Ordinal);
            foreach (var key in ledger.Keys)
            {
                keys[key.Name] = ToType(key.Type);
            }

            definition.Ledgers.Add(new SimulatedFirmwareLedger(
                ledger.Name,
                ledger.Direction == LedgerDirection.CloudToDevice,
                ledger.Direction == LedgerDirection.DeviceToCloud,
                ledger.ReplaceMode,
                keys));
        }

        foreach (var variable in data.Environment)
        {
            definition.EnvironmentVariables.Add(new SimulatedFirmwareVariable(variable.Name, ToType(variable.Type), variable.DefaultValue));
        }
    }

    private static SimulatedDataType ToType(DataValueType type) => type switch
    {
        DataValueType.Bool => SimulatedDataType.Bool,
        DataValueType.Int => SimulatedDataType.Int,
        DataValueType.UInt => SimulatedDataType.UInt,
        DataValueType.Int64 => SimulatedDataType.Int64,
        DataValueType.UInt64 => SimulatedDataType.UInt64,
        DataValueType.Double => SimulatedDataType.Double,
        DataValueType.String => SimulatedDataType.String,
        DataValueType.Map => SimulatedDataType.Map,
        DataValueType.Array => SimulatedDataType.Array,
        _ => SimulatedDataType.Unknown,
    };
}
