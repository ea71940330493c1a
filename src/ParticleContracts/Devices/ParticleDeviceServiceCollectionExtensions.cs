using Microsoft.Extensions.DependencyInjection;

namespace ParticleContracts;

/// <summary>Registers generated device proxies with dependency injection.</summary>
public static class ParticleDeviceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TDevice"/> (a generated proxy) for one device, created from the
    /// <see cref="ParticleCloudClient"/> that <c>AddParticleCloud</c> registers. The proxy is transient (it holds
    /// no state beyond the client and the device ID or name).
    /// </summary>
    /// <typeparam name="TDevice">The generated proxy type, e.g. <c>WeatherStation</c>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="deviceIdOrName">The device ID (24 hex digits) or name.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddParticleDevice<TDevice>(this IServiceCollection services, string deviceIdOrName)
        where TDevice : class, IParticleDeviceProxy<TDevice>
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceIdOrName);
        services.AddTransient(provider => TDevice.Create(provider.GetRequiredService<ParticleCloudClient>(), deviceIdOrName));
        return services;
    }

    /// <summary>
    /// Registers a <see cref="ParticleDeviceFactory{TDevice}"/>, for applications that talk to many devices of the
    /// same firmware and choose the device at run time.
    /// </summary>
    /// <typeparam name="TDevice">The generated proxy type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddParticleDeviceFactory<TDevice>(this IServiceCollection services)
        where TDevice : class, IParticleDeviceProxy<TDevice>
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => new ParticleDeviceFactory<TDevice>(provider.GetRequiredService<ParticleCloudClient>()));
        return services;
    }
}
