using System.Net;
using System.Net.Sockets;

namespace ParticleContracts.Tests.Infrastructure;

/// <summary>A loopback TCP server that reads each request and closes the connection without a byte of reply.</summary>
internal sealed class DroppingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;
    private int _requests;

    public DroppingServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Requests whose first bytes arrived before the connection was dropped.</summary>
    public int Requests => Volatile.Read(ref _requests);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = DropAsync(socket);
        }
    }

    private async Task DropAsync(Socket socket)
    {
        using (socket)
        {
            var buffer = new byte[4096];
            try
            {
                if (await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token) > 0)
                {
                    Interlocked.Increment(ref _requests);
                }
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException)
            {
            }

            // A graceful close with no reply byte: the case the HTTP handler answers by resending on its own.
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (SocketException)
            {
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
