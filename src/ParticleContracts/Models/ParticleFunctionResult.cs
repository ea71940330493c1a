namespace ParticleContracts;

/// <summary>The reply of a function call: <c>{"id":...,"connected":true,"return_value":1}</c>.</summary>
public sealed class ParticleFunctionResult
{
    /// <summary>Creates a result (for tests and fakes).</summary>
    public ParticleFunctionResult(int returnValue, bool connected, string? deviceId)
    {
        ReturnValue = returnValue;
        Connected = connected;
        DeviceId = deviceId;
    }

    /// <summary>
    /// The integer the firmware handler returned (by convention -1 means failure). Values the cloud reports as
    /// unsigned 32-bit are reinterpreted as the device's <c>int</c> (4294967295 → -1).
    /// </summary>
    public int ReturnValue { get; }

    /// <summary>Whether the device was connected.</summary>
    public bool Connected { get; }

    /// <summary>The device ID, when the cloud included it.</summary>
    public string? DeviceId { get; }

    /// <inheritdoc/>
    public override string ToString() => $"return_value = {ReturnValue} (device {DeviceId ?? "?"}, connected = {Connected})";
}
