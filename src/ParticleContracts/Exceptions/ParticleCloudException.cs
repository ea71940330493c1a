using System.Net;

namespace ParticleContracts;

/// <summary>
/// Base of every error the Particle Cloud client reports. Carries the HTTP status and the cloud's own
/// <c>error</c> / <c>error_description</c> / <c>info</c> text (with any access token redacted).
/// </summary>
public class ParticleCloudException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    public ParticleCloudException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception wrapping another.</summary>
    public ParticleCloudException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with the cloud's reply details.</summary>
    public ParticleCloudException(string message, ParticleCloudErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        StatusCode = details.StatusCode;
        Error = details.Error;
        ErrorDescription = details.ErrorDescription;
        Info = details.Info;
        Method = details.Method;
        RouteTemplate = details.RouteTemplate;
    }

    /// <summary>The HTTP status of the reply; null when no reply arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The cloud's <c>error</c> field.</summary>
    public string? Error { get; }

    /// <summary>The cloud's <c>error_description</c> field.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The cloud's <c>info</c> field.</summary>
    public string? Info { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string? Method { get; }

    /// <summary>The route template of the failed request, e.g. <c>/v1/devices/{deviceIdOrName}/{variableName}</c> (never the concrete URL).</summary>
    public string? RouteTemplate { get; }
}

/// <summary>What the cloud said, for building a <see cref="ParticleCloudException"/>.</summary>
/// <param name="StatusCode">HTTP status, if a reply arrived.</param>
/// <param name="Error">The <c>error</c> field.</param>
/// <param name="ErrorDescription">The <c>error_description</c> field.</param>
/// <param name="Info">The <c>info</c> field.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="RouteTemplate">Route template (no concrete values).</param>
public sealed record ParticleCloudErrorDetails(
    HttpStatusCode? StatusCode,
    string? Error,
    string? ErrorDescription,
    string? Info,
    string? Method,
    string? RouteTemplate);
