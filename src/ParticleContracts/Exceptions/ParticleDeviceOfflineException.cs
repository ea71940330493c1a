namespace ParticleContracts;

/// <summary>The device did not answer: it is offline or timed out (408, or a body saying "timed out").</summary>
public sealed class ParticleDeviceOfflineException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleDeviceOfflineException(string message, ParticleCloudErrorDetails details, string? deviceIdOrName = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        DeviceIdOrName = deviceIdOrName;
    }

    /// <summary>The device the request addressed.</summary>
    public string? DeviceIdOrName { get; }
}
