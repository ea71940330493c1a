namespace ParticleContracts;

/// <summary>A device as the cloud describes it (<c>GET /v1/devices[/:device]</c>).</summary>
public sealed class ParticleDeviceInfo
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The 24-hex-digit device ID.</summary>
    public required string Id { get; init; }

    /// <summary>The device name, if it has one.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the cloud believes the device is connected (may be stale, up to 46 min for cellular devices).</summary>
    public bool Connected { get; init; }

    /// <summary>The <c>online</c> flag (newer replies); same meaning as <see cref="Connected"/>.</summary>
    public bool? Online { get; init; }

    /// <summary>When the cloud last heard from the device.</summary>
    public DateTimeOffset? LastHeard { get; init; }

    /// <summary>When the device last completed a handshake.</summary>
    public DateTimeOffset? LastHandshakeAt { get; init; }

    /// <summary>The device's last public IP address.</summary>
    public string? LastIpAddress { get; init; }

    /// <summary>The last application name reported (usually empty).</summary>
    public string? LastApp { get; init; }

    /// <summary>Platform ID (e.g. 12 Argon, 13 Boron, 32 P2).</summary>
    public int? PlatformId { get; init; }

    /// <summary>Product ID (equals the platform ID for devices outside a product).</summary>
    public int? ProductId { get; init; }

    /// <summary>Whether the device has a cellular modem.</summary>
    public bool? Cellular { get; init; }

    /// <summary>Provisioning status, e.g. <c>normal</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The device serial number.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>Free-form notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The Device OS version the device runs.</summary>
    public string? SystemFirmwareVersion { get; init; }

    /// <summary>Cloud variables, name → cloud type string (<c>int32</c>, <c>double</c>, <c>bool</c>, <c>string</c>). Empty when the list only gives summaries.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = NoVariables;

    /// <summary>Cloud function names. Empty when the list only gives summaries.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];

    /// <inheritdoc/>
    public override string ToString() => $"{Name ?? "(unnamed)"} [{Id}] {(Connected ? "online" : "offline")}";
}
