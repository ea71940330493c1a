using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParticleContracts.DependencyInjection;

namespace ParticleContracts;

/// <summary>Registers <see cref="ParticleCloudClient"/> with dependency injection.</summary>
public static class ParticleServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client uses (for <c>IHttpClientFactory</c> customisation).</summary>
    public const string HttpClientName = "ParticleContracts.ParticleCloudClient";

    /// <summary>
    /// Registers <see cref="ParticleCloudClient"/> through <c>IHttpClientFactory</c> with the Particle Cloud's retry rules: idempotent reads (device list/info, variable reads, token info)
    /// are retried with jittered exponential backoff on 5xx, 429 (honouring <c>Retry-After</c>) and network errors;
    /// never on 408 "timed out" (the device is offline); function calls and publishes only when
    /// <see cref="ParticleCloudOptions.RetryFunctionCalls"/> / <see cref="ParticleCloudOptions.RetryEventPublishes"/>
    /// opt in. <see cref="ParticleCloudOptions.RequestTimeout"/> bounds the whole call, retries included. Options are validated when the host starts (and on first use).
    /// IHttpClientFactory's default request loggers are removed for this client because they record URLs and raw
    /// header values; the client's own log events replace them. The primary handler never resends a request on its own,
    /// so a call reaches the cloud at most 1 + <see cref="ParticleCloudOptions.MaxRetryAttempts"/> times (replacing it with
    /// <c>ConfigurePrimaryHttpMessageHandler</c> gives up that bound).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (at least the access token or a token provider).</param>
    /// <returns>The HTTP client builder, to add handlers or further configuration.</returns>
    public static IHttpClientBuilder AddParticleCloud(this IServiceCollection services, Action<ParticleCloudOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<ParticleCloudOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ParticleCloudOptions>, ParticleCloudOptionsValidator>());

        // The client enforces ParticleCloudOptions.RequestTimeout itself; HttpClient.Timeout would also cut event streams.
        var builder = services
            .AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(ParticleTransport.CreatePrimaryHandler)
            .AddTypedClient((http, provider) => new ParticleCloudClient(
                http,
                provider.GetRequiredService<IOptions<ParticleCloudOptions>>().Value,
                provider.GetService<ILogger<ParticleCloudClient>>()));

        // IHttpClientFactory's default loggers put the full URL in messages and the raw Authorization header in the
        // structured state of their Trace-level header event (the message shows "*", the state does not), so any
        // structured sink would record the token. The client logs method, route template, status and duration itself.
        builder.RemoveAllLoggers();

        builder.AddHttpMessageHandler(provider => new ParticleResilienceHandler(
            provider.GetRequiredService<IOptions<ParticleCloudOptions>>().Value,
            provider.GetService<ILoggerFactory>()?.CreateLogger<ParticleCloudClient>()));
        builder.AddHttpMessageHandler(() => new ParticleTransport.AttemptHandler());

        return builder;
    }
}
