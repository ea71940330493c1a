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
        using var idle = new CancellationTokenSource(_idleTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        try
        {
            return await _inner.ReadAsync(buffer, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (idle.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new EventStreamIdleException(_idleTimeout, exception);
        }
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
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>The event stream delivered nothing, not even a keep-alive, within the idle timeout.</summary>
internal sealed class EventStreamIdleException(TimeSpan idleTimeout, Exception inner)
    : IOException($"No data or keep-alive for {idleTimeout.TotalSeconds:0.###} s.", inner);
