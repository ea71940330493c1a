using System.Text;
using System.Threading.Channels;

namespace ParticleContracts.Tests.Infrastructure;

/// <summary>
/// A response body the test feeds chunk by chunk (to split lines anywhere). Completing it ends the stream (a drop);
/// a read waits, honouring cancellation, until the next chunk arrives.
/// </summary>
internal sealed class ChunkedStream : Stream
{
    private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>();
    private ReadOnlyMemory<byte> _current;

    private volatile bool _waiting;

    public bool Disposed { get; private set; }

    /// <summary>True when everything sent so far has been read and a new read is waiting for the next chunk.</summary>
    public bool IsDrained => _waiting && _current.IsEmpty && _chunks.Reader.Count == 0;

    public ChunkedStream Send(string text)
    {
        _chunks.Writer.TryWrite(Encoding.UTF8.GetBytes(text));
        return this;
    }

    public void End() => _chunks.Writer.TryComplete();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_current.IsEmpty)
        {
            _waiting = true;
            bool more;
            try
            {
                more = await _chunks.Reader.WaitToReadAsync(cancellationToken);
            }
            finally
            {
                _waiting = false;
            }

            if (!more)
            {
                return 0;
            }

            _chunks.Reader.TryRead(out var next);
            _current = next;
        }

        var count = Math.Min(buffer.Length, _current.Length);
        _current[..count].CopyTo(buffer);
        _current = _current[count..];
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        _chunks.Writer.TryComplete();
        base.Dispose(disposing);
    }
}
