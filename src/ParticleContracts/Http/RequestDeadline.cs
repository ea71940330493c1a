namespace ParticleContracts.Http;

/// <summary>
/// The caller's cancellation combined with <see cref="ParticleCloudOptions.RequestTimeout"/> on the configured clock.
/// On the system clock the timeout source is pooled per thread (re-armed with <c>CancelAfter</c>, recycled with
/// <c>TryReset</c>), and the caller's token is linked by one registration only when it can be cancelled, so a call
/// allocates no timer or linked source.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A struct disposed by its one owner (the request pipeline's finally block).")]
internal struct RequestDeadline : IDisposable
{
    [ThreadStatic]
    private static CancellationTokenSource? t_spare;

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
            _timeout = t_spare ?? new CancellationTokenSource();
            t_spare = null;
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
        if (_pooled && t_spare is null && source.TryReset())
        {
            t_spare = source;
            return;
        }

        source.Dispose();
    }
}
