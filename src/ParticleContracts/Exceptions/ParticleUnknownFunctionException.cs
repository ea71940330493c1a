namespace ParticleContracts;

/// <summary>The device has no function of that name (404 "Function … not found").</summary>
public sealed class ParticleUnknownFunctionException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleUnknownFunctionException(string message, ParticleCloudErrorDetails details, string? deviceIdOrName = null, string? functionName = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        DeviceIdOrName = deviceIdOrName;
        FunctionName = functionName;
    }

    /// <summary>The device the request addressed.</summary>
    public string? DeviceIdOrName { get; }

    /// <summary>The function that was not found.</summary>
    public string? FunctionName { get; }
}
