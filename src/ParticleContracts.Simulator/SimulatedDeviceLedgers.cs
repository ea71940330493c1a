using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator;

/// <summary>
/// A simulated device's side of its ledgers, as firmware sees them through <c>Particle.ledger(name)</c>: it reads
/// cloud-to-device (<c>Downstream</c>) ledgers and writes device-to-cloud (<c>Upstream</c>) ones. Which instance it
/// uses follows the definition's scope: its own for a device ledger, its product's, or its owner's. The definition
/// must exist in its owner's sandbox, or in the organization of its product.
/// </summary>
public sealed class SimulatedDeviceLedgers
{
    private readonly CloudState _cloud;
    private readonly SimulatedDevice _device;

    internal SimulatedDeviceLedgers(CloudState cloud, SimulatedDevice device)
    {
        _cloud = cloud;
        _device = device;
    }

    /// <summary>Reads a ledger's data, like <c>ledger.get()</c>: a copy, empty before anything was written.</summary>
    /// <param name="name">The ledger name.</param>
    /// <returns>The data.</returns>
    /// <exception cref="KeyNotFoundException">No such ledger is defined where the device can see it.</exception>
    public JsonObject Get(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Read(name).Instance?.Data ?? [];
    }

    /// <summary>Reads a ledger's data as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The data type.</typeparam>
    /// <param name="name">The ledger name.</param>
    /// <param name="typeInfo">Metadata for <typeparamref name="T"/>.</param>
    /// <returns>The data.</returns>
    /// <exception cref="KeyNotFoundException">No such ledger is defined where the device can see it.</exception>
    /// <exception cref="JsonException">The data does not fit <typeparamref name="T"/>.</exception>
    public T Get<T>(string name, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return Get(name).Deserialize(typeInfo) ?? throw new JsonException($"Ledger '{name}' holds JSON null.");
    }

    /// <summary>Whether the device may write the ledger (<c>ledger.isWritable()</c>): true for device-to-cloud ledgers.</summary>
    /// <param name="name">The ledger name.</param>
    /// <returns>True for an <c>Upstream</c> ledger.</returns>
    /// <exception cref="KeyNotFoundException">No such ledger is defined where the device can see it.</exception>
    public bool IsWritable(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Read(name).Definition.Direction == LedgerDefinition.Upstream;
    }

    /// <summary>
    /// Writes a device-to-cloud ledger, like <c>ledger.set(data, Ledger::REPLACE|MERGE)</c>; the cloud keeps the old
    /// data as a version. Merge writes the new top-level keys over the old ones.
    /// </summary>
    /// <param name="name">The ledger name.</param>
    /// <param name="data">The data (at most 16,384 bytes of JSON after the merge).</param>
    /// <param name="mode">Replace or merge.</param>
    /// <exception cref="KeyNotFoundException">No such ledger is defined where the device can see it.</exception>
    /// <exception cref="InvalidOperationException">The ledger is cloud-to-device or archived, or the data is too large.</exception>
    public void Set(string name, JsonObject data, SimulatedLedgerSetMode mode = SimulatedLedgerSetMode.Replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            _cloud.Ledgers.WriteFromDevice(_device, name, data, mode == SimulatedLedgerSetMode.Merge);
        }
        catch (CloudRejection rejection)
        {
            throw new InvalidOperationException(rejection.Message);
        }
    }

    /// <summary>Writes a device-to-cloud ledger from a typed value (which must serialize to a JSON object).</summary>
    /// <typeparam name="T">The data type.</typeparam>
    /// <param name="name">The ledger name.</param>
    /// <param name="data">The data.</param>
    /// <param name="typeInfo">Metadata for <typeparamref name="T"/>.</param>
    /// <param name="mode">Replace or merge.</param>
    /// <exception cref="ArgumentException"><paramref name="data"/> does not serialize to a JSON object.</exception>
    public void Set<T>(string name, T data, JsonTypeInfo<T> typeInfo, SimulatedLedgerSetMode mode = SimulatedLedgerSetMode.Replace)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var json = JsonSerializer.SerializeToNode(data, typeInfo) as JsonObject
            ?? throw new ArgumentException($"Ledger data must be a JSON object; {typeof(T).Name} does not serialize to one.", nameof(data));
        Set(name, json, mode);
    }

    private (LedgerDefinition Definition, LedgerInstanceView? Instance) Read(string name)
    {
        try
        {
            return _cloud.Ledgers.ReadForDevice(_device, name);
        }
        catch (CloudRejection rejection)
        {
            throw new InvalidOperationException(rejection.Message);
        }
    }
}

/// <summary>How a device write combines new ledger data with the old (<c>Ledger::REPLACE</c>, <c>Ledger::MERGE</c>).</summary>
public enum SimulatedLedgerSetMode
{
    /// <summary>The new data replaces the old.</summary>
    Replace = 0,

    /// <summary>The new top-level keys are written over the old ones; other keys stay.</summary>
    Merge = 1,
}
