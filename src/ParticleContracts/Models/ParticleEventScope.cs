namespace ParticleContracts;

/// <summary>Which event stream to subscribe to.</summary>
public sealed class ParticleEventScope
{
    private ParticleEventScope(ParticleEventScopeKind kind, string? deviceIdOrName, string? product)
    {
        Kind = kind;
        DeviceIdOrName = deviceIdOrName;
        Product = product;
    }

    /// <summary>Events from all devices the token owns: <c>/v1/devices/events</c>.</summary>
    public static ParticleEventScope MyDevices { get; } = new(ParticleEventScopeKind.MyDevices, null, null);

    /// <summary>
    /// Legacy: public events by name prefix (a prefix is required): <c>/v1/events/:prefix</c>. Device OS 6.2 ignores
    /// the public/private flags and publishes default to private, so what this route returns today (probably only the
    /// caller's own events) is unverified; prefer <see cref="MyDevices"/>, <see cref="Device"/> or <see cref="ForProduct"/>.
    /// </summary>
    public static ParticleEventScope Public { get; } = new(ParticleEventScopeKind.Public, null, null);

    /// <summary>Events from one device: <c>/v1/devices/:device/events</c>, or the product route when a product is configured.</summary>
    public static ParticleEventScope Device(string deviceIdOrName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceIdOrName);
        return new(ParticleEventScopeKind.Device, deviceIdOrName, null);
    }

    /// <summary>Events from a product's devices: <c>/v1/products/:product/events</c>; null means <see cref="ParticleCloudOptions.Product"/>.</summary>
    public static ParticleEventScope ForProduct(string? productIdOrSlug = null) => new(ParticleEventScopeKind.Product, null, productIdOrSlug);

    /// <summary>The kind of stream.</summary>
    public ParticleEventScopeKind Kind { get; }

    /// <summary>The device for <see cref="ParticleEventScopeKind.Device"/>.</summary>
    public string? DeviceIdOrName { get; }

    /// <summary>The product for <see cref="ParticleEventScopeKind.Product"/> (null: the configured product).</summary>
    public string? Product { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ParticleEventScopeKind.Device => $"Device({DeviceIdOrName})",
        ParticleEventScopeKind.Product => $"Product({Product ?? "configured"})",
        _ => Kind.ToString(),
    };
}

/// <summary>Kinds of event streams.</summary>
public enum ParticleEventScopeKind
{
    /// <summary>All devices the token owns.</summary>
    MyDevices = 0,

    /// <summary>One device.</summary>
    Device = 1,

    /// <summary>A product's devices.</summary>
    Product = 2,

    /// <summary>Legacy public events by prefix (see <see cref="ParticleEventScope.Public"/>).</summary>
    Public = 3,
}
