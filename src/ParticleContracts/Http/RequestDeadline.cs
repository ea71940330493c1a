namespace ParticleContracts.Http;

/// <summary>
/// The caller's cancellation combined with <see cref="ParticleCloudOptions.RequestTimeout"/> on the configured clock.
/// On the system clock the timeout source comes from a small process-wide pool (re-armed with <c>CancelAfter</c>,
/// recycled with <c>TryReset</c>; a call usually ends on another thread than it started on, so a per-thread slot would
/// rarely hit), and the caller's token is linked by one registration only when it can be cancelled, so a call
/// allocates no timer or linked source.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A struct disposed by its one owner (the request pipeline's finally block).")]
internal struct RequestDeadline : IDisposable
{
    private static readonly CancellationTokenSource?[] Spares = new CancellationTokenSource?[Math.Clamp(Environment.ProcessorCount * 4, 8, 256)];

    private readonly CancellationToken _caller;
    private readonly bool _pooled;
    private CancellationTokenSource? _timeout;
    private CancellationTokenRegistration _link;

    public RequestDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        _caller = cancellationToken;
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            Token = cancellationToken;
            return;
        }

        if (ReferenceEquals(timeProvider, TimeProvider.System))
        {
            _timeout = Rent();
            _pooled = true;
            _timeout.CancelAfter(timeout);
        }
        else
        {
            _timeout = new CancellationTokenSource(timeout, timeProvider);
        }

        if (cancellationToken.CanBeCanceled)
        {
            _link = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _timeout);
        }

        Token = _timeout.Token;
    }

    public CancellationToken Token { get; }

    /// <summary>The timeout fired (and the caller had not cancelled).</summary>
    public readonly bool TimedOut => _timeout?.IsCancellationRequested == true && !_caller.IsCancellationRequested;

    public void Dispose()
    {
        var source = _timeout;
        if (source is null)
        {
            return;
        }

        _timeout = null;
        _link.Dispose();
        if (!_pooled || !source.TryReset() || !Return(source))
        {
            source.Dispose();
        }
    }

    private static CancellationTokenSource Rent()
    {
        var start = Environment.CurrentManagedThreadId % Spares.Length;
        for (var i = 0; i < Spares.Length; i++)
        {
            var index = (start + i) % Spares.Length;
            if (Volatile.Read(ref Spares[index]) is not null && Interlocked.Exchange(ref Spares[index], null) is { } spare)
            {
                return spare;
            }
        }

        return new CancellationTokenSource();
    }

    private static bool Return(CancellationTokenSource source)
    {
        var start = Environment.CurrentManagedThreadId % Spares.Length;
        for (var i = 0; i < Spares.Length; i++)
        {
            var index = (start + i) % Spares.Length;
            if (Volatile.Read(ref Spares[index]) is null && Interlocked.CompareExchange(ref Spares[index], source, null) is null)
            {
                return true;
            }
        }

        return false;
    }
}
