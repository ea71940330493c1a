namespace ParticleContracts.Http;

/// <summary>
/// The HTTP message of a <see cref="CloudRequest"/>. The resilience pipeline reads the request's retry rule and route
/// template from it (no <see cref="HttpRequestMessage.Options"/> dictionary per call); the transport reads its attempt mark.
/// </summary>
internal sealed class CloudRequestMessage(CloudRequest request, HttpMethod method, Uri uri) : HttpRequestMessage(method, uri)
{
    public CloudRequest Request { get; } = request;

    /// <summary>Connections opened for the current attempt; see <see cref="DependencyInjection.ParticleTransport"/>.</summary>
    public int AttemptConnections;
}
