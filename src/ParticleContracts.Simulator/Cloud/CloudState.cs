using System.Collections.Concurrent;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Everything the simulated cloud knows: accounts, tokens, devices and the event bus.</summary>
internal sealed class CloudState
{
    private readonly ConcurrentDictionary<string, string> _passwords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SimulatedDevice> _devicesById = new(StringComparer.OrdinalIgnoreCase);
    private readonly BoundedHistory<SimulatedEvent> _history;
    private readonly ConcurrentDictionary<string, int> _productSlugs = new(StringComparer.OrdinalIgnoreCase);

    public CloudState(ParticleSimulatorOptions options)
    {
        Options = options;
        _history = new BoundedHistory<SimulatedEvent>(options.EventHistoryLimit);
        Clock = options.TimeProvider;
        Tokens = new AccessTokenStore(Clock);
        Faults = new SimulatorFaults(Events, options.FaultSeed);
        Ledgers = new LedgerStore(this);
        Environment = new EnvironmentStore(this);
        _passwords[options.Username] = options.Password;
    }

    public ParticleSimulatorOptions Options { get; }

    public TimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public AccessTokenStore Tokens { get; }

    public EventBus Events { get; } = new();

    /// <summary>Simulated devices' own subscriptions (<c>Particle.subscribe</c>): apart from <see cref="Events"/>, so they never count as open streams.</summary>
    public EventBus DeviceSubscriptions { get; } = new();

    public SimulatorFaults Faults { get; }

    public Organizations Organizations { get; } = new();

    public LedgerStore Ledgers { get; }

    public EnvironmentStore Environment { get; }

    public IReadOnlyList<SimulatedEvent> History => _history.Snapshot();

    public IEnumerable<SimulatedDevice> Devices => _devicesById.Values.OrderBy(d => d.Name, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal);

    public void SetPassword(string username, string password) => _passwords[username] = password;

    public bool CheckPassword(string username, string password) =>
        _passwords.TryGetValue(username, out var expected) && string.Equals(expected, password, StringComparison.Ordinal);

    public SimulatedDevice AddDevice(string name, string? id, string? owner, int? platformId, int? productId, bool online)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        id ??= DeviceIds.FromName(name);
        if (!DeviceIds.IsDeviceId(id))
        {
            throw new ArgumentException($"A Particle device ID is 24 hex digits; '{id}' is not.", nameof(id));
        }

        var device = new SimulatedDevice(this, id.ToLowerInvariant(), name, owner ?? Options.Username, platformId ?? Options.DefaultPlatformId, productId, online);
        if (!_devicesById.TryAdd(device.Id, device))
        {
            throw new InvalidOperationException($"A device with ID {device.Id} already exists (device names give stable IDs; pass an explicit id to add two devices with the same name).");
        }

        return device;
    }

    public bool RemoveDevice(string id) => _devicesById.TryRemove(id, out _);

    public SimulatedDevice? FindById(string id) => _devicesById.TryGetValue(id, out var device) ? device : null;

    /// <summary>Resolves a device by ID or (for <paramref name="allowName"/>) by name, preferring the caller's own devices.</summary>
    public SimulatedDevice? Find(string idOrName, string username, bool allowName)
    {
        if (FindById(idOrName) is { } byId)
        {
            return byId;
        }

        if (!allowName)
        {
            return null;
        }

        SimulatedDevice? other = null;
        foreach (var device in _devicesById.Values)
        {
            if (device.Name != idOrName)
            {
                continue;
            }

            if (device.Owner == username)
            {
                return device;
            }

            other ??= device;
        }

        return other;
    }

    public bool HasProductAccess(int productId, string username) =>
        _devicesById.Values.Any(d => d.ProductId == productId && d.Owner == username);

    public bool ProductExists(int productId) => _devicesById.Values.Any(d => d.ProductId == productId);

    public SimulatedEvent PublishFromDevice(SimulatedDevice device, string name, string? data, bool isPublic)
    {
        // Any message from a device counts as hearing from it; its own offline notice is sent by the cloud instead.
        if (device.IsOnline)
        {
            device.MarkHeard();
        }

        return Publish(new SimulatedEvent(name, data, 60, Now, device.Id, isPublic, device.ProductId) { Owner = device.Owner });
    }

    public void SetProductSlug(int productId, string slug) => _productSlugs[slug] = productId;

    /// <summary>A product route's <c>:productIdOrSlug</c> as a product ID, or null when it names no product.</summary>
    public int? ResolveProduct(string idOrSlug)
    {
        if (int.TryParse(idOrSlug, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return ProductExists(id) ? id : null;
        }

        return _productSlugs.TryGetValue(idOrSlug, out id) && ProductExists(id) ? id : null;
    }

    public SimulatedEvent Publish(SimulatedEvent e)
    {
        _history.Add(e);

        Events.Publish(e);
        DeviceSubscriptions.Publish(e);
        return e;
    }
}
