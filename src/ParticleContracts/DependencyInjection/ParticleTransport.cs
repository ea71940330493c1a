using System.Net.Sockets;
using ParticleContracts.Http;

namespace ParticleContracts.DependencyInjection;

/// <summary>
/// The transport <c>AddParticleCloud</c> installs below the resilience pipeline: a <see cref="SocketsHttpHandler"/> that
/// opens at most one connection per attempt, so the retry strategy is the only place that decides how often a call is sent.
/// </summary>
/// <remarks>
/// When a server closes a connection before any reply byte, <see cref="SocketsHttpHandler"/> resends a bodiless request
/// on a new connection up to three times by itself. Under the retry strategy that multiplied: one variable read against
/// a server that drops connections reached it 16 times instead of the documented 1 + <see cref="ParticleCloudOptions.MaxRetryAttempts"/>.
/// <see cref="AttemptHandler"/> stamps every attempt the pipeline sends; the connect callback refuses a second connection
/// for the same attempt, which removes only the handler's own resend. An attempt that found a stale pooled connection
/// still gets its one fresh connection.
/// </remarks>
internal static class ParticleTransport
{
    public static SocketsHttpHandler CreatePrimaryHandler() => new() { ConnectCallback = ConnectOnceAsync };

    private static async ValueTask<Stream> ConnectOnceAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (context.InitialRequestMessage is CloudRequestMessage attempt && Interlocked.Increment(ref attempt.AttemptConnections) > 1)
        {
            throw new HttpRequestException(
                HttpRequestError.ConnectionError,
                "The connection closed before any reply; the transport does not resend the request on its own (ParticleCloudOptions.MaxRetryAttempts governs retries).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The innermost delegating handler: marks each attempt (the pipeline may resend the same message instance).</summary>
    internal sealed class AttemptHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request is CloudRequestMessage attempt)
            {
                Volatile.Write(ref attempt.AttemptConnections, 0);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
