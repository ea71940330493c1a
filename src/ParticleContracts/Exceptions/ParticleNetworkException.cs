namespace ParticleContracts;

/// <summary>No reply arrived: a connection or transport failure (see the inner exception).</summary>
public sealed class ParticleNetworkException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleNetworkException(string message, ParticleCloudErrorDetails details, Exception? innerException = null)
        : base(message, details, innerException)
    {
    }
}
