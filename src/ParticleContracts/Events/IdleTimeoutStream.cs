namespace ParticleContracts.Events;

/// <summary>
/// A read-only stream that fails a read with <see cref="EventStreamIdleException"/> when no byte arrives within the
/// idle timeout. SSE keep-alive newlines produce no events, so idleness must be measured on bytes, below the parser.
/// </summary>
internal sealed class IdleTimeoutStream : Stream
{
    private readonly Stream _inner;
    private readonly TimeSpan _idleTimeout;
    private readonly TimeProvider _timeProvider;

    // One idle CTS per stream, armed for each read and disarmed after it, and one linked CTS per caller
    // token (the SSE parser passes the same token to every read): no timer or CTS allocations per read.
    private CancellationTokenSource? _idle;
    private CancellationTokenSource? _linked;
    private CancellationToken _linkedFor;

    public IdleTimeoutStream(Stream inner, TimeSpan idleTimeout, TimeProvider timeProvider)
    {
        _inner = inner;
        _idleTimeout = idleTimeout;
        _timeProvider = timeProvider;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var (idle, linked) = Arm(cancellationToken);
        try
        {
            var read = await _inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
            Disarm(idle);
            return read;
        }
        catch (OperationCanceledException exception) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new EventStreamIdleException(_idleTimeout, exception);
        }
    }

    /// <summary>Starts the idle clock for one read, reusing the stream's CTSs while they are uncancelled.</summary>
    private (CancellationTokenSource Idle, CancellationTokenSource Linked) Arm(CancellationToken cancellationToken)
    {
        if (_idle is null || _idle.IsCancellationRequested)
        {
            DisposeSources();
            _idle = new CancellationTokenSource(_idleTimeout, _timeProvider);
        }
        else
        {
            _idle.CancelAfter(_idleTimeout);
        }

        if (_linked is null || _linkedFor != cancellationToken || _linked.IsCancellationRequested)
        {
            _linked?.Dispose();
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _idle.Token);
            _linkedFor = cancellationToken;
        }

        return (_idle, _linked);
    }

    /// <summary>Stops the idle clock between reads; a timer that fired just after the read forces fresh CTSs next time.</summary>
    /// <remarks>Not <c>TryReset</c>: it would also drop the linked CTS's registration on the idle token.</remarks>
    private void Disarm(CancellationTokenSource idle)
    {
        idle.CancelAfter(Timeout.InfiniteTimeSpan);
        if (idle.IsCancellationRequested)
        {
            DisposeSources();
        }
    }

    private void DisposeSources()
    {
        _linked?.Dispose();
        _linked = null;
        _idle?.Dispose();
        _idle = null;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("The event stream is read asynchronously only.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DisposeSources();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        DisposeSources();
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>The event stream delivered nothing, not even a keep-alive, within the idle timeout.</summary>
internal sealed class EventStreamIdleException(TimeSpan idleTimeout, Exception inner)
    : IOException($"No data or keep-alive for {idleTimeout.TotalSeconds:0.###} s.", inner);
