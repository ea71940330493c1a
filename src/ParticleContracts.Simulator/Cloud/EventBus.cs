using System.Threading.Channels;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Which events an open stream receives.</summary>
internal enum EventScope
{
    /// <summary><c>/v1/events/:prefix</c>: public events plus the caller's own.</summary>
    Public,

    /// <summary><c>/v1/devices/events</c>: the caller's devices and API publishes.</summary>
    Mine,

    /// <summary><c>/v1/devices/:id/events</c>: one device.</summary>
    Device,

    /// <summary><c>/v1/products/:p/events</c>: one product.</summary>
    Product,
}

/// <summary>A subscription's filter: scope, owner, optional device or product, and a name prefix (empty = all).</summary>
internal sealed record EventFilter(EventScope Scope, string Username, string Prefix, string? DeviceId = null, int? ProductId = null)
{
    public bool Matches(SimulatedEvent e)
    {
        if (!e.Name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return Scope switch
        {
            EventScope.Public => e.IsPublic || e.Owner == Username,
            EventScope.Mine => e.Owner == Username,
            EventScope.Device => e.CoreId == DeviceId && (ProductId is null || e.ProductId == ProductId),
            _ => e.ProductId == ProductId,
        };
    }
}

/// <summary>
/// Fans events out to open streams. Each subscriber gets an unbounded channel, so a slow reader never makes the
/// publisher wait or lose events; the subscriber list is copy-on-write so publishing takes no lock on the hot path.
/// Every stream an event reaches gets the same <see cref="QueuedEvent"/>, so it is encoded once however many streams
/// send it.
/// </summary>
internal sealed class EventBus
{
    private readonly Lock _gate = new();
    private EventSubscription[] _subscribers = [];

    public int SubscriberCount => Volatile.Read(ref _subscribers).Length;

    public EventSubscription Subscribe(EventFilter filter)
    {
        var subscription = new EventSubscription(filter, this);
        lock (_gate)
        {
            _subscribers = [.. _subscribers, subscription];
        }

        return subscription;
    }

    public void Publish(SimulatedEvent e)
    {
        // Counted first, so a stream that reads the event knows whether any other stream will send it too.
        var subscribers = Volatile.Read(ref _subscribers);
        var streams = 0;
        foreach (var subscriber in subscribers)
        {
            streams += subscriber.Filter.Matches(e) ? 1 : 0;
        }

        if (streams == 0)
        {
            return;
        }

        var queued = new QueuedEvent(e, streams);
        foreach (var subscriber in subscribers)
        {
            if (subscriber.Filter.Matches(e))
            {
                subscriber.Writer.TryWrite(queued);
            }
        }
    }

    /// <summary>Ends every open stream abruptly (fault injection, or shutdown).</summary>
    public int DropAll()
    {
        var subscribers = Volatile.Read(ref _subscribers);
        foreach (var subscriber in subscribers)
        {
            subscriber.Drop();
        }

        return subscribers.Length;
    }

    internal void Remove(EventSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers = Array.FindAll(_subscribers, s => !ReferenceEquals(s, subscription));
        }
    }
}

/// <summary>One open event stream's queue.</summary>
internal sealed class EventSubscription : IDisposable
{
    private readonly Channel<QueuedEvent> _channel = Channel.CreateUnbounded<QueuedEvent>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

    private readonly CancellationTokenSource _dropped = new();
    private readonly EventBus _bus;

    public EventSubscription(EventFilter filter, EventBus bus)
    {
        Filter = filter;
        _bus = bus;
    }

    public EventFilter Filter { get; }

    public ChannelReader<QueuedEvent> Reader => _channel.Reader;

    public ChannelWriter<QueuedEvent> Writer => _channel.Writer;

    /// <summary>Cancelled when the stream must be cut.</summary>
    public CancellationToken Dropped => _dropped.Token;

    public void Drop()
    {
        try
        {
            _dropped.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The stream already ended on its own.
        }
    }

    public void Dispose()
    {
        _bus.Remove(this);
        _channel.Writer.TryComplete();
        _dropped.Dispose();
    }
}

/// <summary>An event on its way to the open streams it matched; they share one encoding of it.</summary>
/// <param name="e">The event.</param>
/// <param name="streams">How many streams it was queued on: a stream that is the only one writes it straight into its
/// body instead of through a shared encoding.</param>
internal sealed class QueuedEvent(SimulatedEvent e, int streams)
{
    private byte[]? _encoded;

    public SimulatedEvent Event { get; } = e;

    /// <summary>How many streams the event was queued on.</summary>
    public int Streams { get; } = streams;

    /// <summary>
    /// The event in a stream's wire format: encoded by the first stream that sends it, reused by the others (two
    /// streams racing both encode, and one result wins; the encoding depends on the event alone).
    /// </summary>
    public byte[] Encoded(Func<SimulatedEvent, byte[]> encode)
    {
        if (Volatile.Read(ref _encoded) is { } encoded)
        {
            return encoded;
        }

        encoded = encode(Event);
        return Interlocked.CompareExchange(ref _encoded, encoded, null) ?? encoded;
    }
}
