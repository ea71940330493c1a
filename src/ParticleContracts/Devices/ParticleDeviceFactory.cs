namespace ParticleContracts;

/// <summary>Creates generated proxies of one firmware for devices chosen at run time.</summary>
/// <typeparam name="TDevice">The generated proxy type.</typeparam>
/// <param name="client">The cloud client the proxies use.</param>
public sealed class ParticleDeviceFactory<TDevice>(ParticleCloudClient client)
    where TDevice : class, IParticleDeviceProxy<TDevice>
{
    private readonly ParticleCloudClient _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Creates a proxy for one device.</summary>
    /// <param name="deviceIdOrName">The device ID or name.</param>
    public TDevice Create(string deviceIdOrName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceIdOrName);
        return TDevice.Create(_client, deviceIdOrName);
    }
}
