namespace ParticleContracts;

/// <summary>The device has no variable of that name (404 "Unknown Variable: …" / "Variable not found").</summary>
public sealed class ParticleUnknownVariableException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleUnknownVariableException(string message, ParticleCloudErrorDetails details, string? deviceIdOrName = null, string? variableName = null, Exception? innerException = null)
        : base(message, details, innerException)
    {
        DeviceIdOrName = deviceIdOrName;
        VariableName = variableName;
    }

    /// <summary>The device the request addressed.</summary>
    public string? DeviceIdOrName { get; }

    /// <summary>The variable that was not found.</summary>
    public string? VariableName { get; }
}
