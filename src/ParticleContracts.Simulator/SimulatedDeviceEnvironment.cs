using System.Globalization;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator;

/// <summary>
/// The environment variables a simulated device runs with, as firmware reads them with <c>System.getEnv</c>. They are
/// the values of the last rollout that reached the device: an <c>Immediate</c> rollout reaches an online device at
/// once (the simulator applies the update and reboot together), a <c>Connect</c> rollout or one started while the
/// device is offline when it next comes online. Changing a variable in the cloud changes nothing here until then.
/// </summary>
public sealed class SimulatedDeviceEnvironment
{
    private readonly CloudState _cloud;
    private readonly SimulatedDevice _device;

    internal SimulatedDeviceEnvironment(CloudState cloud, SimulatedDevice device)
    {
        _cloud = cloud;
        _device = device;
    }

    /// <summary>Every variable, name → value.</summary>
    public IReadOnlyDictionary<string, string> Values => View.Applied;

    /// <summary>When the device last applied a rollout, or null before the first.</summary>
    public DateTimeOffset? AppliedAt => View.AppliedAt;

    /// <summary>True when a rollout waits for the device's next connection.</summary>
    public bool HasPendingUpdate => View.HasPending;

    private DeviceEnvironmentView View => _cloud.Environment.DeviceView(_device);

    /// <summary>The value, like <c>System.getEnv("NAME")</c>; null when the variable is not set.</summary>
    /// <param name="name">The variable name.</param>
    /// <returns>The value or null.</returns>
    public string? GetEnv(string name) => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether the variable is set, like <c>System.hasEnv("NAME")</c>.</summary>
    /// <param name="name">The variable name.</param>
    /// <returns>True when set.</returns>
    public bool HasEnv(string name) => Values.ContainsKey(name);

    /// <summary>The variable names, like <c>System.listEnv()</c>, in ordinal order.</summary>
    /// <returns>The names.</returns>
    public IReadOnlyList<string> ListEnv() => [.. Values.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Reads a string, like <c>System.getEnv("NAME", stringRef)</c>.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The value, or empty when not set.</param>
    /// <returns>True when set.</returns>
    public bool TryGetEnv(string name, out string value)
    {
        value = GetEnv(name) ?? string.Empty;
        return HasEnv(name);
    }

    /// <summary>Reads an int like <c>System.getEnv("NAME", intRef)</c>: only a 32-bit signed decimal (optional <c>-</c>, digits) decodes.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The value, or 0.</param>
    /// <returns>True when set and decodable.</returns>
    public bool TryGetEnv(string name, out int value)
    {
        value = 0;
        if (GetEnv(name) is not { Length: > 0 } text)
        {
            return false;
        }

        var digits = text[0] == '-' ? text.AsSpan(1) : text.AsSpan();
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a bool like <c>System.getEnv("NAME", boolRef)</c>: only exactly <c>true</c> or <c>false</c> decodes.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The value, or false.</param>
    /// <returns>True when set and decodable.</returns>
    public bool TryGetEnv(string name, out bool value)
    {
        var text = GetEnv(name);
        value = text == "true";
        return text is "true" or "false";
    }
}
