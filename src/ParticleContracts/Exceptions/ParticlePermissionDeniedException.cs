namespace ParticleContracts;

/// <summary>The cloud refused access (403 "Permission Denied"): the device (or product) is unknown or not yours.</summary>
public sealed class ParticlePermissionDeniedException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticlePermissionDeniedException(string message, ParticleCloudErrorDetails details, string? deviceIdOrName = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        DeviceIdOrName = deviceIdOrName;
    }

    /// <summary>The device the request addressed, if any.</summary>
    public string? DeviceIdOrName { get; }
}
