using System.Text.Json;

namespace ParticleContracts;

/// <summary>A variable's value does not fit the requested .NET type (e.g. reading a <c>string</c> variable as <see cref="int"/>).</summary>
public sealed class ParticleVariableTypeException : ParticleCloudException
{
    /// <summary>Creates the exception.</summary>
    public ParticleVariableTypeException(string message, ParticleCloudErrorDetails details, string? deviceIdOrName, string variableName, Type requestedType, JsonValueKind actualKind)
        : base(message, details)
    {
        DeviceIdOrName = deviceIdOrName;
        VariableName = variableName;
        RequestedType = requestedType;
        ActualKind = actualKind;
    }

    /// <summary>The device that was read.</summary>
    public string? DeviceIdOrName { get; }

    /// <summary>The variable that was read.</summary>
    public string VariableName { get; }

    /// <summary>The .NET type the caller asked for.</summary>
    public Type RequestedType { get; }

    /// <summary>The JSON kind the cloud returned.</summary>
    public JsonValueKind ActualKind { get; }
}
