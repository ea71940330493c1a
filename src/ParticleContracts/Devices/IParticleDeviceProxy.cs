namespace ParticleContracts;

/// <summary>
/// Implemented by every generated device proxy, so that dependency injection and tests can create one
/// without reflection.
/// </summary>
/// <typeparam name="TSelf">The generated proxy type.</typeparam>
public interface IParticleDeviceProxy<TSelf>
    where TSelf : IParticleDeviceProxy<TSelf>
{
    /// <summary>Creates a proxy for one device.</summary>
    /// <param name="client">The cloud client that performs the calls.</param>
    /// <param name="deviceIdOrName">The device ID (24 hex digits) or name.</param>
    static abstract TSelf Create(ParticleCloudClient client, string deviceIdOrName);

    /// <summary>The registrations the firmware declares.</summary>
    static abstract ParticleDeviceContract Contract { get; }

    /// <summary>The device this proxy talks to: its ID or name.</summary>
    string DeviceIdOrName { get; }
}
