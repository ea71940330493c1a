using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// Writes the cloud's SSE framing: <c>:ok</c> first, then one <c>event:</c>/<c>data:</c> block per
/// event, and a bare newline whenever the stream has been idle for the keep-alive interval. Written by hand because
/// the framework's SSE formatter has no way to emit a comment line or a bare keep-alive newline.
/// </summary>
internal sealed class EventStreamWriter(Stream body, TimeSpan keepAliveInterval)
{
    private static readonly byte[] Opening = ":ok\n\n"u8.ToArray();
    private static readonly byte[] KeepAlive = "\n"u8.ToArray();

    public async Task RunAsync(ChannelReader<SimulatedEvent> events, CancellationToken cancellationToken)
    {
        await WriteAsync(Opening, cancellationToken).ConfigureAwait(false);
        Task<bool>? waiting = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            while (events.TryRead(out var e))
            {
                await WriteAsync(Frame(e), cancellationToken).ConfigureAwait(false);
            }

            waiting ??= events.WaitToReadAsync(cancellationToken).AsTask();
            using var idleTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var idle = Task.Delay(keepAliveInterval, idleTimer.Token);
            var first = await Task.WhenAny(waiting, idle).ConfigureAwait(false);
            if (first == idle)
            {
                await idle.ConfigureAwait(false);
                await WriteAsync(KeepAlive, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // Release the idle timer now rather than when it would have fired.
            await idleTimer.CancelAsync().ConfigureAwait(false);

            if (!await waiting.ConfigureAwait(false))
            {
                return;
            }

            waiting = null;
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    internal static byte[] Frame(SimulatedEvent e)
    {
        var data = new JsonObject
        {
            ["data"] = e.Data,
            ["ttl"] = e.Ttl,
            ["published_at"] = DeviceJson.Timestamp(e.PublishedAt),
            ["coreid"] = e.CoreId,
        };
        if (e.Owner is { } owner)
        {
            data["userid"] = UserIds.FromUsername(owner);
        }

        data["version"] = 0;
        data["public"] = e.IsPublic;
        if (e.ProductId is { } productId)
        {
            data["productID"] = productId;
        }

        // The name travels only on the "event:" line; a newline in it would break the framing.
        var name = e.Name.Replace('\n', ' ').Replace('\r', ' ');
        return Encoding.UTF8.GetBytes($"event: {name}\ndata: {data.ToJsonString()}\n\n");
    }

    private async Task WriteAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        await body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await body.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
