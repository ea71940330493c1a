namespace ParticleContracts;

/// <summary>
/// The cloud did not answer within <see cref="ParticleCloudOptions.RequestTimeout"/> (a client-side limit; a device
/// the cloud knows to be unreachable is reported as <see cref="ParticleDeviceOfflineException"/> instead).
/// </summary>
public sealed class ParticleRequestTimeoutException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleRequestTimeoutException(string message, ParticleCloudErrorDetails details, TimeSpan timeout, Exception? innerException = null)
        : base(message, details, innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The limit that elapsed.</summary>
    public TimeSpan Timeout { get; }
}
