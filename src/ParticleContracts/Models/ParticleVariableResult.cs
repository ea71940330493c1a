using System.Text.Json;

namespace ParticleContracts;

/// <summary>The raw reply of a variable read: <c>{"cmd":"VarReturn","name":...,"result":...,"coreInfo":{...}}</c>.</summary>
public sealed class ParticleVariableResult
{
    /// <summary>Creates a result (for tests and fakes).</summary>
    public ParticleVariableResult(string name, JsonElement result, ParticleCoreInfo? coreInfo)
    {
        Name = name;
        Result = result;
        CoreInfo = coreInfo;
    }

    /// <summary>The variable name the cloud echoed back.</summary>
    public string Name { get; }

    /// <summary>The value as returned: a JSON number, string or boolean.</summary>
    public JsonElement Result { get; }

    /// <summary>Device state at the time of the read, when the cloud included it.</summary>
    public ParticleCoreInfo? CoreInfo { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} = {Result.GetRawText()}";
}

/// <summary>The <c>coreInfo</c> block of a variable read.</summary>
public sealed class ParticleCoreInfo
{
    /// <summary>The device ID (<c>deviceID</c>).</summary>
    public string? DeviceId { get; init; }

    /// <summary>The device name, when included.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the device is connected.</summary>
    public bool Connected { get; init; }

    /// <summary>When the cloud last heard from the device.</summary>
    public DateTimeOffset? LastHeard { get; init; }

    /// <summary>When the device last completed a handshake.</summary>
    public DateTimeOffset? LastHandshakeAt { get; init; }

    /// <summary>The last application name reported.</summary>
    public string? LastApp { get; init; }

    /// <summary>The product ID, when included.</summary>
    public int? ProductId { get; init; }
}
