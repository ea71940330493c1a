using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParticleContracts.Simulator;

/// <summary>The type a firmware reads or writes a ledger key or environment variable as.</summary>
#pragma warning disable CA1720 // The members are named after the firmware's Variant types they stand for.
public enum SimulatedDataType
{
    /// <summary>Used, with no evident type.</summary>
    Unknown,

    /// <summary><c>toBool()</c> / <c>bool&amp;</c>.</summary>
    Bool,

    /// <summary><c>toInt()</c> / <c>int&amp;</c>.</summary>
    Int,

    /// <summary><c>toUInt()</c>.</summary>
    UInt,

    /// <summary><c>toInt64()</c>.</summary>
    Int64,

    /// <summary><c>toUInt64()</c>.</summary>
    UInt64,

    /// <summary><c>toDouble()</c>.</summary>
    Double,

    /// <summary><c>toString()</c> / <c>String&amp;</c>.</summary>
    String,

    /// <summary><c>toMap()</c>.</summary>
    Map,

    /// <summary><c>toArray()</c>.</summary>
    Array,
}
#pragma warning restore CA1720

/// <summary>A ledger as the firmware uses it: whether the device reads or writes it, how it writes, its top-level keys.</summary>
/// <param name="Name">The ledger name.</param>
/// <param name="DeviceReads">True when the firmware reads the ledger (cloud-to-device).</param>
/// <param name="DeviceWrites">True when the firmware writes the ledger (device-to-cloud).</param>
/// <param name="Replaces">True when the firmware writes with <c>Ledger::REPLACE</c> (or no mode).</param>
/// <param name="Keys">The top-level keys and their types.</param>
public sealed record SimulatedFirmwareLedger(string Name, bool DeviceReads, bool DeviceWrites, bool Replaces, IReadOnlyDictionary<string, SimulatedDataType> Keys);

/// <summary>An environment variable as the firmware reads it.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Type">How the firmware decodes it: <see cref="SimulatedDataType.Int"/>, <see cref="SimulatedDataType.Bool"/> or <see cref="SimulatedDataType.String"/>.</param>
/// <param name="DefaultValue">The value bundled in the firmware's <c>env.json</c>, or null.</param>
public sealed record SimulatedFirmwareVariable(string Name, SimulatedDataType Type, string? DefaultValue);

/// <summary>
/// What a device built from firmware sees of its ledgers and environment, typed as its firmware reads them: a
/// cloud-to-device ledger's keys as <c>get("k").toInt()</c> returns them, environment variables as
/// <c>System.getEnv(name, int&amp;|bool&amp;|String&amp;)</c> decodes them (the bundled <c>env.json</c> value when the cloud
/// has none), and writes of its device-to-cloud ledgers with the firmware's keys and mode.
/// </summary>
public sealed class SimulatedFirmwareData
{
    private readonly SimulatedDevice _device;

    internal SimulatedFirmwareData(SimulatedDevice device, IReadOnlyList<SimulatedFirmwareLedger> ledgers, IReadOnlyList<SimulatedFirmwareVariable> variables)
    {
        _device = device;
        Ledgers = ledgers;
        EnvironmentVariables = variables;
    }

    /// <summary>The ledgers the firmware uses.</summary>
    public IReadOnlyList<SimulatedFirmwareLedger> Ledgers { get; }

    /// <summary>The environment variables the firmware reads.</summary>
    public IReadOnlyList<SimulatedFirmwareVariable> EnvironmentVariables { get; }

    /// <summary>Reads a ledger the firmware reads, key by key as its Variant readers convert them (null: missing or not convertible).</summary>
    /// <param name="name">The ledger name.</param>
    /// <returns>Each of the firmware's keys with its value.</returns>
    /// <exception cref="InvalidOperationException">The firmware does not read this ledger.</exception>
    public IReadOnlyDictionary<string, object?> ReadLedger(string name)
    {
        var ledger = Find(name);
        if (!ledger.DeviceReads)
        {
            throw new InvalidOperationException($"The firmware does not read ledger '{name}'.");
        }

        var data = _device.Ledgers.Get(name);
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, type) in ledger.Keys)
        {
            values[key] = Convert(data[key], type);
        }

        return values;
    }

    /// <summary>Writes a ledger the firmware writes, as its <c>ledger.set(LedgerData{...})</c> would, with the firmware's mode.</summary>
    /// <param name="name">The ledger name.</param>
    /// <param name="values">Values for the firmware's keys.</param>
    /// <exception cref="InvalidOperationException">The firmware does not write this ledger.</exception>
    /// <exception cref="ArgumentException">A key the firmware does not write.</exception>
    public void WriteLedger(string name, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ledger = Find(name);
        if (!ledger.DeviceWrites)
        {
            throw new InvalidOperationException($"The firmware does not write ledger '{name}'; it is cloud-to-device.");
        }

        var data = new JsonObject();
        foreach (var (key, value) in values)
        {
            if (!ledger.Keys.ContainsKey(key))
            {
                throw new ArgumentException($"The firmware does not write key '{key}' of ledger '{name}'.", nameof(values));
            }

            data[key] = ToNode(value, key);
        }

        _device.Ledgers.Set(name, data, ledger.Replaces ? SimulatedLedgerSetMode.Replace : SimulatedLedgerSetMode.Merge);
    }

    /// <summary>
    /// The environment as the firmware reads it: each variable decoded with its type's decoder (ints 32-bit signed
    /// decimal, bools exactly <c>true</c>/<c>false</c>); the bundled default when the device has no value; null when the
    /// decoder rejects the value.
    /// </summary>
    /// <returns>Each of the firmware's variables with its value.</returns>
    public IReadOnlyDictionary<string, object?> ReadEnvironment()
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        var applied = _device.Environment.Values;
        foreach (var variable in EnvironmentVariables)
        {
            var text = applied.TryGetValue(variable.Name, out var value) ? value : variable.DefaultValue;
            values[variable.Name] = text is null ? null : variable.Type switch
            {
                SimulatedDataType.Int => IsDecimal(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null,
                SimulatedDataType.Bool => text switch { "true" => true, "false" => false, _ => null },
                _ => text,
            };
        }

        return values;
    }

    private SimulatedFirmwareLedger Find(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (var ledger in Ledgers)
        {
            if (string.Equals(ledger.Name, name, StringComparison.Ordinal))
            {
                return ledger;
            }
        }

        throw new KeyNotFoundException($"The firmware of '{_device.Name}' uses no ledger '{name}'.");
    }

    private static JsonNode? ToNode(object? value, string key) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        uint u => JsonValue.Create(u),
        long l => JsonValue.Create(l),
        ulong ul => JsonValue.Create(ul),
        double d => JsonValue.Create(d),
        string text => JsonValue.Create(text),
        JsonNode node => node.DeepClone(),
        _ => throw new ArgumentException($"Key '{key}': a {value.GetType().Name} is not a ledger value (bool, int, uint, long, ulong, double, string or JsonNode).", nameof(value)),
    };

    private static bool IsDecimal(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return digits.Length > 0;
    }

    private static object? Convert(JsonNode? node, SimulatedDataType type)
    {
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value)
        {
            var element = value.GetValue<JsonElement>();
            return type switch
            {
                SimulatedDataType.Int => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var i) ? i : null,
                SimulatedDataType.UInt => element.ValueKind == JsonValueKind.Number && element.TryGetUInt32(out var u) ? u : null,
                SimulatedDataType.Int64 => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var l) ? l : null,
                SimulatedDataType.UInt64 => element.ValueKind == JsonValueKind.Number && element.TryGetUInt64(out var ul) ? ul : null,
                SimulatedDataType.Double => element.ValueKind == JsonValueKind.Number ? element.GetDouble() : null,
                SimulatedDataType.Bool => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? element.GetBoolean() : null,
                SimulatedDataType.String => element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText(),
                _ => element.Clone(),
            };
        }

        return type is SimulatedDataType.Map or SimulatedDataType.Array or SimulatedDataType.Unknown ? node.DeepClone() : null;
    }
}
