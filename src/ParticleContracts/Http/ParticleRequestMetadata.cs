namespace ParticleContracts.Http;

/// <summary>Per-request facts the resilience pipeline reads from <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class ParticleRequestMetadata
{
    /// <summary>Whether this request may be retried (idempotent reads, or calls/publishes the caller opted into).</summary>
    public static readonly HttpRequestOptionsKey<bool> Retryable = new("ParticleContracts.Retryable");

    /// <summary>The route template, for retry logs (never the concrete URL).</summary>
    public static readonly HttpRequestOptionsKey<string> RouteTemplate = new("ParticleContracts.RouteTemplate");
}
