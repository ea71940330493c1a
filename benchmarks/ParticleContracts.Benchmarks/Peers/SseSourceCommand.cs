using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ParticleContracts.Benchmarks.Peers;

/// <summary>
/// <c>peer-sse-source &lt;events&gt;</c>: serves one recorded event stream to every connection, for the peer benchmark.
/// Each connection gets <c>:ok</c>, a pause (particle-api-js drops events that arrive before <c>getEventStream()</c>
/// resolves), then the recorded events, whose <c>data</c> is the sequence number 0..n-1, in large writes; the
/// connection then stays open (a close would make the clients reconnect) until the client leaves.
/// Prints <c>READY &lt;port&gt;</c>; ends when standard input closes.
/// </summary>
internal static class SseSourceCommand
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(750);

    public static async Task<int> RunAsync(string[] args)
    {
        var events = args.Length == 1 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var stream = Events.RecordedEventStream.Create(events, sequenced: true);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Console.WriteLine($"READY {((IPEndPoint)listener.LocalEndpoint).Port}");
        Console.Out.Flush();
        using var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            await Console.In.ReadToEndAsync().ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
        });

        try
        {
            while (true)
            {
                var socket = await listener.AcceptSocketAsync(stop.Token).ConfigureAwait(false);
                _ = ServeAsync(socket, stream, stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
    }

    private static async Task ServeAsync(Socket socket, byte[] recorded, CancellationToken cancellationToken)
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

                var header = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n:ok\n\n"u8.ToArray();
                await socket.SendAsync(header, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                await Task.Delay(Pause, cancellationToken).ConfigureAwait(false);

                // The recorded stream starts with its own ":ok"; skip it.
                var body = recorded.AsMemory(":ok\n\n".Length);
                for (var offset = 0; offset < body.Length; offset += 64 * 1024)
                {
                    await socket.SendAsync(body.Slice(offset, Math.Min(64 * 1024, body.Length - offset)), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                }

                // Hold the connection until the client closes it.
                while (await socket.ReceiveAsync(head, SocketFlags.None, cancellationToken).ConfigureAwait(false) > 0)
                {
                }
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException)
            {
            }
        }
    }
}
