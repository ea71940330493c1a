namespace ParticleContracts;

/// <summary>The access token is invalid, expired or revoked (401 <c>invalid_token</c> / <c>expired_token</c>). Do not retry with the same token.</summary>
public sealed class ParticleInvalidTokenException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleInvalidTokenException(string message, ParticleCloudErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
