namespace ParticleContracts.Http;

/// <summary>The caller's cancellation combined with <see cref="ParticleCloudOptions.RequestTimeout"/> on the configured clock.</summary>
internal sealed class RequestDeadline : IDisposable
{
    private readonly CancellationTokenSource? _timeout;
    private readonly CancellationTokenSource _linked;

    public RequestDeadline(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            return;
        }

        _timeout = new CancellationTokenSource(timeout, timeProvider);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timeout.Token);
    }

    public CancellationToken Token => _linked.Token;

    public bool TimedOut => _timeout?.IsCancellationRequested == true;

    public void Dispose()
    {
        _linked.Dispose();
        _timeout?.Dispose();
    }
}
