using System.Buffers;
using System.Runtime.CompilerServices;

namespace ParticleContracts.Http;

/// <summary>
/// Reads a reply body into one pooled buffer (exactly sized when <c>Content-Length</c> is declared, grown by doubling
/// for chunked replies), so a call allocates no body array and no copy. The caller returns the buffer with <see cref="Return"/>.
/// </summary>
internal static class ReplyBody
{
    private const int ChunkedStart = 4096;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<(byte[] Buffer, int Length)> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared == 0)
        {
            return ([], 0);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and < int.MaxValue ? (int)declared.Value : ChunkedStart);
        var length = 0;
        try
        {
            while (length != declared)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return (buffer, length);
    }

    public static void Return(byte[]? buffer)
    {
        if (buffer is { Length: > 0 })
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
