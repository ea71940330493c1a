namespace ParticleContracts;

/// <summary>The cloud did not find an access token on the request (400 <c>invalid_request</c>).</summary>
public sealed class ParticleMissingTokenException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleMissingTokenException(string message, ParticleCloudErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
