using System.Diagnostics.Tracing;

namespace ParticleContracts.Benchmarks.Infrastructure;

/// <summary>
/// Samples the runtime's GC AllocationTick events (one per ~100 KB allocated) in-process and totals them by type:
/// a poor man's allocation profiler for machines without dotnet-trace.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private volatile bool _recording;

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    public IReadOnlyList<KeyValuePair<string, long>> Top(int count)
    {
        lock (_gate)
        {
            return [.. _bytesByType.OrderByDescending(p => p.Value).Take(count)];
        }
    }

    public long SampledBytes
    {
        get
        {
            lock (_gate)
            {
                return _bytesByType.Values.Sum();
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var typeIndex = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var amountIndex = eventData.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
        if (amountIndex < 0)
        {
            amountIndex = eventData.PayloadNames?.IndexOf("AllocationAmount") ?? -1;
        }

        if (typeIndex < 0 || amountIndex < 0)
        {
            return;
        }

        var type = eventData.Payload[typeIndex] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
