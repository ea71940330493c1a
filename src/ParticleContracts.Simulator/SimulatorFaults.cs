using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator;

/// <summary>
/// Fault injection for a running simulator: added latency, intermittent or scripted error replies (5xx or 429) and
/// dropped event streams. (A device going offline in the middle of a call is <see cref="SimulatedDevice.DisconnectDuringNextCall"/>.)
/// Changes apply to the next request.
/// </summary>
public sealed class SimulatorFaults
{
    private readonly EventBus _bus;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private TimeSpan _latency;
    private double _failureRate;
    private int _failureStatusCode = 503;
    private int _scriptedFailures;
    private int _scriptedStatusCode = 503;

    internal SimulatorFaults(EventBus bus, int? seed)
    {
        _bus = bus;
        _random = seed is { } s ? new Random(s) : new Random();
    }

    /// <summary>A delay added before every request is handled (default none).</summary>
    public TimeSpan Latency
    {
        get
        {
            lock (_gate)
            {
                return _latency;
            }
        }

        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate)
            {
                _latency = value;
            }
        }
    }

    /// <summary>The share of requests (0 to 1) answered with <see cref="FailureStatusCode"/> instead of being handled (default 0).</summary>
    public double FailureRate
    {
        get
        {
            lock (_gate)
            {
                return _failureRate;
            }
        }

        set
        {
            if (value is < 0 or > 1 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The failure rate is a probability between 0 and 1.");
            }

            lock (_gate)
            {
                _failureRate = value;
            }
        }
    }

    /// <summary>The status of intermittent failures: 429 or a 5xx (default 503).</summary>
    public int FailureStatusCode
    {
        get
        {
            lock (_gate)
            {
                return _failureStatusCode;
            }
        }

        set
        {
            ValidateStatus(value);
            lock (_gate)
            {
                _failureStatusCode = value;
            }
        }
    }

    /// <summary>How many of the requests scripted by <see cref="FailNextRequests"/> are still to fail.</summary>
    internal (int Count, int StatusCode) PendingFailures
    {
        get
        {
            lock (_gate)
            {
                return (_scriptedFailures, _scriptedStatusCode);
            }
        }
    }

    /// <summary>Answers exactly the next <paramref name="count"/> requests with <paramref name="statusCode"/>, then recovers.</summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="statusCode">429 or a 5xx.</param>
    public void FailNextRequests(int count, int statusCode = 503)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ValidateStatus(statusCode);
        lock (_gate)
        {
            _scriptedFailures = count;
            _scriptedStatusCode = statusCode;
        }
    }

    /// <summary>Cuts every open event stream now, without a closing frame, as a network drop would.</summary>
    /// <returns>How many streams were cut.</returns>
    public int DropEventStreams() => _bus.DropAll();

    /// <summary>Removes every fault.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _latency = TimeSpan.Zero;
            _failureRate = 0;
            _failureStatusCode = 503;
            _scriptedFailures = 0;
        }
    }

    /// <summary>Decides the fate of one request: the delay to add and the status to fail with (0 = handle it).</summary>
    internal (TimeSpan Latency, int FailureStatus) Next()
    {
        lock (_gate)
        {
            if (_scriptedFailures > 0)
            {
                _scriptedFailures--;
                return (_latency, _scriptedStatusCode);
            }

            var fail = _failureRate > 0 && _random.NextDouble() < _failureRate;
            return (_latency, fail ? _failureStatusCode : 0);
        }
    }

    private static void ValidateStatus(int statusCode)
    {
        if (statusCode != 429 && statusCode is < 500 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Injected failures are 429 or 5xx.");
        }
    }
}
