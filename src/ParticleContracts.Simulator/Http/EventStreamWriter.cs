using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// Writes the cloud's SSE framing: <c>:ok</c> first, then one <c>event:</c>/<c>data:</c> block per
/// event, and a bare newline whenever the stream has been idle for the keep-alive interval. Written by hand because
/// the framework's SSE formatter has no way to emit a comment line or a bare keep-alive newline.
/// </summary>
/// <remarks>
/// Events that queued up while the previous write was in flight go out with one flush (at most
/// <see cref="FlushThreshold"/> bytes at a time), and each event is encoded once for every stream it reaches
/// (<see cref="QueuedEvent"/>), so a fast publisher or many subscribers cost a write per batch, not per event. An event
/// only one stream sends is written straight into that stream's body, with no intermediate array.
/// </remarks>
internal sealed class EventStreamWriter(PipeWriter body, TimeSpan keepAliveInterval)
{
    /// <summary>Unflushed bytes after which a batch is flushed before the next event is written.</summary>
    internal const int FlushThreshold = 32 * 1024;

    private static readonly Func<SimulatedEvent, byte[]> Encode = Frame;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    public async Task RunAsync(ChannelReader<QueuedEvent> events, CancellationToken cancellationToken)
    {
        body.Write(":ok\n\n"u8);
        if (!await FlushAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (true)
            {
                if (!await WriteQueuedAsync(events, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                idle.CancelAfter(keepAliveInterval);
                bool open;
                try
                {
                    open = await events.WaitToReadAsync(idle.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // Idle for the keep-alive interval: a bare newline, and a fresh timer (a fired one cannot be reset).
                    idle.Dispose();
                    idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    body.Write("\n"u8);
                    if (!await FlushAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    continue;
                }

                if (!open)
                {
                    return;
                }

                if (!idle.TryReset())
                {
                    idle.Dispose();
                    idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                }
            }
        }
        finally
        {
            idle.Dispose();
        }
    }

    /// <summary>One event's <c>event:</c>/<c>data:</c> block, encoded with this thread's reusable buffer and JSON writer.</summary>
    internal static byte[] Frame(SimulatedEvent e)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        WriteFrame(e, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes one event's <c>event:</c>/<c>data:</c> block into <paramref name="output"/>; returns its length in bytes.</summary>
    internal static int WriteFrame(SimulatedEvent e, IBufferWriter<byte> output)
    {
        output.Write("event: "u8);

        // The name travels only on the "event:" line; a newline in it would break the framing. (In UTF-8, CR and LF
        // bytes stand only for themselves, so replacing bytes is replacing characters.)
        var name = output.GetSpan(Encoding.UTF8.GetMaxByteCount(e.Name.Length));
        var length = Encoding.UTF8.GetBytes(e.Name, name);
        name[..length].Replace((byte)'\n', (byte)' ');
        name[..length].Replace((byte)'\r', (byte)' ');
        output.Advance(length);
        output.Write("\ndata: "u8);

        var json = t_json ??= new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        json.Reset(output);
        json.WriteStartObject();
        json.WriteString("data", e.Data);
        json.WriteNumber("ttl", e.Ttl);
        json.WriteString("published_at", DeviceJson.Timestamp(e.PublishedAt, stackalloc char[DeviceJson.TimestampBufferLength]));
        json.WriteString("coreid", e.CoreId);
        if (e.Owner is { } owner)
        {
            json.WriteString("userid", UserIds.FromUsername(owner));
        }

        json.WriteNumber("version", 0);
        json.WriteBoolean("public", e.IsPublic);
        if (e.ProductId is { } productId)
        {
            json.WriteNumber("productID", productId);
        }

        json.WriteEndObject();
        json.Flush();
        var envelope = (int)json.BytesCommitted;

        // The writer is this thread's: point it back at this thread's buffer so it holds no stream's body.
        json.Reset(t_buffer ??= new ArrayBufferWriter<byte>(1024));
        output.Write("\n\n"u8);
        return "event: "u8.Length + length + "\ndata: "u8.Length + envelope + 2;
    }

    /// <summary>Writes every queued event, flushing each <see cref="FlushThreshold"/> bytes and at the end; false once the client is gone.</summary>
    private async Task<bool> WriteQueuedAsync(ChannelReader<QueuedEvent> events, CancellationToken cancellationToken)
    {
        var unflushed = 0;
        while (events.TryRead(out var queued))
        {
            if (queued.Streams == 1)
            {
                unflushed += WriteFrame(queued.Event, body);
            }
            else
            {
                var frame = queued.Encoded(Encode);
                body.Write(frame);
                unflushed += frame.Length;
            }

            if (unflushed >= FlushThreshold)
            {
                if (!await FlushAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                unflushed = 0;
            }
        }

        return unflushed == 0 || await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<bool> FlushAsync(CancellationToken cancellationToken)
    {
        var result = await body.FlushAsync(cancellationToken).ConfigureAwait(false);
        return !result.IsCompleted && !result.IsCanceled;
    }
}
