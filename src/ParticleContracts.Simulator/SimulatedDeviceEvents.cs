using System.Collections.Concurrent;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator;

/// <summary>
/// A simulated device's events as its firmware declares them: the events it publishes (each with a sample payload of
/// the declared shape) and the prefixes it subscribes to. Events published through the API or by other devices of the
/// same account whose names start with a subscribed prefix are recorded in <see cref="Received"/>, as the firmware's
/// handler would see them. <see cref="StartPeriodicPublishing"/> (or <see cref="ParticleSimulatorOptions.DeclaredEventInterval"/>)
/// makes the device publish its declared events on a schedule, like a firmware's <c>loop()</c> does.
/// </summary>
public sealed class SimulatedDeviceEvents : IDisposable
{
    /// <summary>Application subscriptions Device OS accepts.</summary>
    public const int MaxSubscriptions = 4;

    private readonly CloudState _cloud;
    private readonly SimulatedDevice _device;
    private readonly ConcurrentDictionary<string, string?> _declared = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SimulatedEvent> _received = new();
    private readonly List<(string Prefix, EventSubscription Subscription)> _subscriptions = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private ITimer? _periodic;
    private TimeSpan? _interval;

    internal SimulatedDeviceEvents(CloudState cloud, SimulatedDevice device)
    {
        _cloud = cloud;
        _device = device;
    }

    /// <summary>The events the firmware publishes, name → sample payload (null for an event without data).</summary>
    public IReadOnlyDictionary<string, string?> Declared => new SortedDictionary<string, string?>(_declared, StringComparer.Ordinal);

    /// <summary>The subscribed prefixes, in the order subscribed.</summary>
    public IReadOnlyList<string> Subscriptions
    {
        get
        {
            lock (_gate)
            {
                return [.. _subscriptions.Select(s => s.Prefix)];
            }
        }
    }

    /// <summary>How often the declared events are published on their own, or null when only on demand (the default).</summary>
    public TimeSpan? PublishInterval
    {
        get
        {
            lock (_gate)
            {
                return _interval;
            }
        }
    }

    /// <summary>Every event that reached a subscription, in arrival order.</summary>
    public IReadOnlyList<SimulatedEvent> Received => [.. _received];

    /// <summary>Declares an event the firmware publishes, with the payload <see cref="PublishDeclared"/> sends by default.</summary>
    /// <param name="name">The event name.</param>
    /// <param name="samplePayload">A payload of the declared shape, or null for none.</param>
    public void Declare(string name, string? samplePayload)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _declared[name] = samplePayload;
    }

    /// <summary>Publishes a declared event from the device: <paramref name="data"/>, or the sample payload when null.</summary>
    /// <param name="name">The declared event name.</param>
    /// <param name="data">The payload to send instead of the sample, or null.</param>
    /// <returns>The event as delivered.</returns>
    /// <exception cref="KeyNotFoundException">The firmware does not publish <paramref name="name"/>.</exception>
    public SimulatedEvent PublishDeclared(string name, string? data = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!_declared.TryGetValue(name, out var sample))
        {
            throw new KeyNotFoundException($"Device '{_device.Name}' does not publish '{name}'; it publishes: {string.Join(", ", Declared.Keys)}.");
        }

        return _device.PublishEvent(name, data ?? sample);
    }

    /// <summary>
    /// Publishes every declared event (in name order, with its sample payload) once per <paramref name="interval"/> of
    /// <see cref="ParticleSimulatorOptions.TimeProvider"/>, the first one interval from now, while the device is online.
    /// Starting again replaces the schedule; <see cref="StopPeriodicPublishing"/> or <see cref="Dispose"/> ends it.
    /// </summary>
    /// <param name="interval">The time between rounds; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="interval"/> is not positive.</exception>
    public void StartPeriodicPublishing(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        lock (_gate)
        {
            _periodic?.Dispose();
            _interval = interval;
            _periodic = _cloud.Clock.CreateTimer(static state => ((SimulatedDeviceEvents)state!).PublishRound(), this, interval, interval);
        }
    }

    /// <summary>Stops <see cref="StartPeriodicPublishing"/>'s schedule; declared events are then published on demand only.</summary>
    public void StopPeriodicPublishing()
    {
        lock (_gate)
        {
            _periodic?.Dispose();
            _periodic = null;
            _interval = null;
        }
    }

    /// <summary>Subscribes like <c>Particle.subscribe(prefix, handler)</c>: events of the device's account whose names start with <paramref name="prefix"/> are recorded.</summary>
    /// <param name="prefix">The name prefix (1–64 characters).</param>
    /// <exception cref="InvalidOperationException">The device already has <see cref="MaxSubscriptions"/> subscriptions.</exception>
    public void Subscribe(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        lock (_gate)
        {
            if (_subscriptions.Count >= MaxSubscriptions)
            {
                throw new InvalidOperationException($"Device '{_device.Name}' already has {MaxSubscriptions} subscriptions; Device OS refuses more.");
            }

            var subscription = _cloud.DeviceSubscriptions.Subscribe(new EventFilter(EventScope.Mine, _device.Owner, prefix));
            _subscriptions.Add((prefix, subscription));
            _ = PumpAsync(subscription);
        }
    }

    /// <summary>Waits until an event whose name starts with <paramref name="prefix"/> has been received, and returns the first such.</summary>
    /// <param name="prefix">The name prefix.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The first received event with that prefix.</returns>
    public async Task<SimulatedEvent> WaitForReceivedAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        while (true)
        {
            foreach (var item in _received)
            {
                if (item.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return item;
                }
            }

            await _arrived.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ends every subscription and the periodic publishing.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _periodic?.Dispose();
            _periodic = null;
            _interval = null;
            foreach (var (_, subscription) in _subscriptions)
            {
                subscription.Dispose();
            }

            _subscriptions.Clear();
        }
    }

    /// <summary>One scheduled round: each declared event once, unless the schedule ended meanwhile or the device is offline.</summary>
    private void PublishRound()
    {
        lock (_gate)
        {
            // A timer callback already queued when the schedule stopped must not publish.
            if (_periodic is null)
            {
                return;
            }
        }

        if (!_device.IsOnline)
        {
            return;
        }

        foreach (var (name, sample) in Declared)
        {
            _device.PublishEvent(name, sample);
        }
    }

    /// <summary>Moves the subscription's events into <see cref="Received"/> until it is disposed.</summary>
    private async Task PumpAsync(EventSubscription subscription)
    {
        await foreach (var item in subscription.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            _received.Enqueue(item.Event);
            _arrived.Release();
        }
    }
}
