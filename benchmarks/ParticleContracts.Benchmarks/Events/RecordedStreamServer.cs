using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ParticleContracts.Benchmarks.Events;

/// <summary>
/// A loopback HTTP server that answers every request with one recorded event stream: a 200 <c>text/event-stream</c>
/// head and <c>:ok</c>, an optional pause, then the recorded bytes (after their own <c>:ok</c>, when they start with one)
/// in 64 KB writes; the connection then stays open (a close would make a client reconnect) until the client leaves.
/// The static baseline of the simulator's event path and the SSE source of the peer benchmark.
/// </summary>
internal sealed class RecordedStreamServer : IAsyncDisposable
{
    private static readonly byte[] Head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n:ok\n\n"u8.ToArray();
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ReadOnlyMemory<byte> _body;
    private readonly TimeSpan _pause;
    private readonly Task _accepting;

    public RecordedStreamServer(byte[] recorded, TimeSpan pause)
    {
        _body = recorded.AsSpan().StartsWith(":ok\n\n"u8) ? recorded.AsMemory(":ok\n\n".Length) : recorded;
        _pause = pause;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token).ConfigureAwait(false);
            _ = ServeAsync(socket, _stop.Token);
        }
    }

    private async Task ServeAsync(Socket socket, CancellationToken cancellationToken)
    {
        using (socket)
        {
            try
            {
                // Read the request head; its path, query and token do not matter here.
                var head = new byte[16 * 1024];
                var length = 0;
                while (length < head.Length && !Encoding.ASCII.GetString(head, 0, length).Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await socket.ReceiveAsync(head.AsMemory(length), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return;
                    }

                    length += read;
                }

                await socket.SendAsync(Head, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                if (_pause > TimeSpan.Zero)
                {
                    await Task.Delay(_pause, cancellationToken).ConfigureAwait(false);
                }

                for (var offset = 0; offset < _body.Length; offset += 64 * 1024)
                {
                    await socket.SendAsync(_body.Slice(offset, Math.Min(64 * 1024, _body.Length - offset)), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                }

                while (await socket.ReceiveAsync(head, SocketFlags.None, cancellationToken).ConfigureAwait(false) > 0)
                {
                }
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException or ObjectDisposedException)
            {
            }
        }
    }
}
