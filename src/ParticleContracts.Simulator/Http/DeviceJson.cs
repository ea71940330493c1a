using System.Globalization;
using System.Text.Json.Nodes;

namespace ParticleContracts.Simulator.Http;

/// <summary>The device shapes of the cloud's replies.</summary>
internal static class DeviceJson
{
    public const string SystemFirmwareVersion = "6.2.0";

    /// <summary>Length of a <see cref="Timestamp(DateTimeOffset)"/>.</summary>
    public const int TimestampLength = 24;

    /// <summary>Room <see cref="Timestamp(DateTimeOffset, Span{char})"/> needs.</summary>
    public const int TimestampBufferLength = 28;

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The same text as <see cref="Timestamp(DateTimeOffset)"/>, written into <paramref name="destination"/> (at least
    /// 28 characters) without a string: the round-trip format's fast path ("2026-05-13T10:55:02.5204567Z") cut to
    /// milliseconds, which like "fff" truncates rather than rounds.
    /// </summary>
    public static ReadOnlySpan<char> Timestamp(DateTimeOffset time, Span<char> destination)
    {
        if (!time.UtcDateTime.TryFormat(destination, out var written, "O", CultureInfo.InvariantCulture) || written != 28)
        {
            return Timestamp(time);
        }

        destination[TimestampLength - 1] = 'Z';
        return destination[..TimestampLength];
    }

    /// <summary>An entry of <c>GET /v1/devices</c>.</summary>
    public static JsonObject Summary(SimulatedDevice device)
    {
        var online = device.IsOnline;
        return new JsonObject
        {
            ["id"] = device.Id,
            ["name"] = device.Name,
            ["last_app"] = null,
            ["last_ip_address"] = "127.0.0.1",
            ["last_heard"] = Timestamp(device.LastHeard),
            ["last_handshake_at"] = Timestamp(device.LastHandshakeAt),
            // The cloud reports the platform ID as product_id for developer devices.
            ["product_id"] = device.ProductId ?? device.PlatformId,
            ["online"] = online,
            ["connected"] = online,
            ["platform_id"] = device.PlatformId,
            ["cellular"] = false,
            ["notes"] = null,
            ["status"] = "normal",
            ["serial_number"] = "SIM" + device.Id[..12].ToUpperInvariant(),
            ["system_firmware_version"] = SystemFirmwareVersion,
            ["current_build_target"] = SystemFirmwareVersion,
            ["firmware_updates_enabled"] = true,
            ["firmware_updates_forced"] = false,
        };
    }

    /// <summary><c>GET /v1/devices/:id</c>: the summary plus <c>variables</c> (name → type) and <c>functions</c>.</summary>
    public static JsonObject Info(SimulatedDevice device)
    {
        var info = Summary(device);
        var variables = new JsonObject();
        foreach (var (name, type) in device.Variables)
        {
            variables[name] = type.ToWireName();
        }

        var functions = new JsonArray();
        foreach (var name in device.Functions)
        {
            functions.Add(name);
        }

        info["variables"] = variables;
        info["functions"] = functions;
        return info;
    }

    public static JsonObject CoreInfo(SimulatedDevice device) => new()
    {
        ["last_app"] = string.Empty,
        ["last_heard"] = Timestamp(device.LastHeard),
        ["connected"] = device.IsOnline,
        ["last_handshake_at"] = Timestamp(device.LastHandshakeAt),
        ["deviceID"] = device.Id,
        ["product_id"] = device.ProductId ?? device.PlatformId,
        ["name"] = device.Name,
    };

    public static JsonNode? Value(SimulatedVariableType type, object value) => type switch
    {
        SimulatedVariableType.Int32 => JsonValue.Create(Convert.ToInt32(value, CultureInfo.InvariantCulture)),
        SimulatedVariableType.Double => JsonValue.Create(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        SimulatedVariableType.Bool => JsonValue.Create(Convert.ToBoolean(value, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
    };

    public static string RawValue(SimulatedVariableType type, object value) => type switch
    {
        SimulatedVariableType.Bool => Convert.ToBoolean(value, CultureInfo.InvariantCulture) ? "true" : "false",
        SimulatedVariableType.Double => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
