namespace ParticleContracts;

/// <summary>The reply was not what the Particle Cloud API sends (not JSON, wrong shape, or missing fields).</summary>
public sealed class ParticleProtocolException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleProtocolException(string message, ParticleCloudErrorDetails details, string? bodyExcerpt = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        BodyExcerpt = bodyExcerpt;
    }

    /// <summary>The start of the reply body (truncated, token redacted).</summary>
    public string? BodyExcerpt { get; }
}
