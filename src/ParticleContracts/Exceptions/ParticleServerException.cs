namespace ParticleContracts;

/// <summary>The cloud failed (5xx).</summary>
public sealed class ParticleServerException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleServerException(string message, ParticleCloudErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
