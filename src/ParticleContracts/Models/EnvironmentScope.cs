namespace ParticleContracts;

/// <summary>
/// Where environment variables are set. A device sees the merge of its owner's (sandbox or organization), its product's
/// and its own variables; a device-level value wins over a product value, which wins over an owner value.
/// </summary>
public sealed class ParticleEnvironmentScope
{
    private ParticleEnvironmentScope(ParticleEnvironmentScopeKind kind, string? value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>The token owner's sandbox: <c>/v1/env</c>.</summary>
    public static ParticleEnvironmentScope Sandbox { get; } = new(ParticleEnvironmentScopeKind.Sandbox, null);

    /// <summary>A product: <c>/v1/products/:product/env</c>.</summary>
    /// <param name="productIdOrSlug">The product ID or slug.</param>
    /// <returns>The scope.</returns>
    public static ParticleEnvironmentScope ForProduct(string productIdOrSlug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productIdOrSlug);
        return new(ParticleEnvironmentScopeKind.Product, productIdOrSlug);
    }

    /// <summary>An organization: <c>/v1/orgs/:org/env</c>.</summary>
    /// <param name="organization">The organization ID or slug.</param>
    /// <returns>The scope.</returns>
    public static ParticleEnvironmentScope ForOrganization(string organization)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organization);
        return new(ParticleEnvironmentScopeKind.Organization, organization);
    }

    /// <summary>
    /// One device: <c>/v1/env/:deviceId</c>. A change here reaches the device by an over-the-air update once rolled
    /// out (<see cref="ParticleCloudClient.StartEnvironmentRolloutAsync"/>) and takes effect after the device reboots;
    /// the firmware never sees values change while it runs.
    /// </summary>
    /// <param name="deviceId">The 24-hex-digit device ID (names are not accepted on this route).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException"><paramref name="deviceId"/> is not a device ID.</exception>
    public static ParticleEnvironmentScope ForDevice(string deviceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceId);
        if (!Http.CloudRoutes.IsDeviceId(deviceId))
        {
            throw new ArgumentException($"Device environment routes address devices by their 24-hex-digit ID; '{deviceId}' is not a device ID.", nameof(deviceId));
        }

        return new(ParticleEnvironmentScopeKind.Device, deviceId);
    }

    /// <summary>The kind of scope.</summary>
    public ParticleEnvironmentScopeKind Kind { get; }

    /// <summary>The product, organization or device; null for <see cref="ParticleEnvironmentScopeKind.Sandbox"/>.</summary>
    public string? Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Value is null ? Kind.ToString() : $"{Kind}({Value})";
}

/// <summary>Kinds of environment variable scopes.</summary>
public enum ParticleEnvironmentScopeKind
{
    /// <summary>The token owner's sandbox.</summary>
    Sandbox = 0,

    /// <summary>A product.</summary>
    Product = 1,

    /// <summary>An organization.</summary>
    Organization = 2,

    /// <summary>One device.</summary>
    Device = 3,
}

/// <summary>One operation of <see cref="ParticleCloudClient.UpdateEnvironmentAsync"/>: set a key to a value, or unset it.</summary>
public sealed class ParticleEnvironmentOperation
{
    private ParticleEnvironmentOperation(bool isSet, string key, string? value)
    {
        IsSet = isSet;
        Key = key;
        Value = value;
    }

    /// <summary>True for <c>Set</c>, false for <c>Unset</c>.</summary>
    public bool IsSet { get; }

    /// <summary>The variable name (the cloud accepts <c>A-Z</c>, <c>0-9</c> and <c>_</c>, not starting with a digit, at most 128 characters; <c>PARTICLE_</c> is reserved).</summary>
    public string Key { get; }

    /// <summary>The value for <c>Set</c>; null for <c>Unset</c>.</summary>
    public string? Value { get; }

    /// <summary>
    /// <c>{"op":"Set","key":..,"value":..}</c>. Values are strings; firmware reading a bool accepts exactly
    /// <c>true</c>/<c>false</c>, and reading an int accepts a 32-bit signed decimal.
    /// </summary>
    /// <param name="key">The variable name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The operation.</returns>
    public static ParticleEnvironmentOperation Set(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        return new(true, key, value);
    }

    /// <summary><c>{"op":"Unset","key":..}</c>.</summary>
    /// <param name="key">The variable name.</param>
    /// <returns>The operation.</returns>
    public static ParticleEnvironmentOperation Unset(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new(false, key, null);
    }

    /// <inheritdoc/>
    public override string ToString() => IsSet ? $"Set {Key}" : $"Unset {Key}";
}

/// <summary>When a started rollout reaches devices.</summary>
public enum ParticleEnvironmentRolloutTiming
{
    /// <summary>Online devices get the update now (<c>"when":"Immediate"</c>).</summary>
    Immediate = 0,

    /// <summary>Devices get the update when they next connect (<c>"when":"Connect"</c>).</summary>
    Connect = 1,
}
