using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ParticleContracts.Simulator.Tests.Hardening;

/// <summary>
/// Sends one HTTP/1.1 request byte for byte over a socket, so request targets such as <c>//v1</c> or <c>/%561</c>
/// and malformed headers reach the server exactly as written (HttpClient and Uri would normalise them).
/// </summary>
internal static class RawRequest
{
    public static async Task<RawReply> SendAsync(Uri baseAddress, string method, string target, IEnumerable<string>? headers = null, string? body = null, string? contentType = null)
    {
        var request = new StringBuilder();
        request.Append(CultureInfo.InvariantCulture, $"{method} {target} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nConnection: close\r\n");
        foreach (var header in headers ?? [])
        {
            request.Append(header).Append("\r\n");
        }

        var bodyBytes = Encoding.UTF8.GetBytes(body ?? string.Empty);
        if (contentType is not null)
        {
            request.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        request.Append(CultureInfo.InvariantCulture, $"Content-Length: {bodyBytes.Length}\r\n\r\n");
        return await SendBytesAsync(baseAddress, [.. Encoding.Latin1.GetBytes(request.ToString()), .. bodyBytes]);
    }

    public static async Task<RawReply> SendBytesAsync(Uri baseAddress, byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port, timeout.Token);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(bytes, timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer and close before reading everything (e.g. an oversized header block).
        }

        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the reply still leaves the reply in the buffer.
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"No complete reply within 10 s. Received so far:\n{Encoding.UTF8.GetString(received.ToArray())}");
        }

        return RawReply.Parse(Encoding.UTF8.GetString(received.ToArray()));
    }
}

/// <summary>A parsed HTTP/1.1 reply (status, headers, body; chunked bodies joined).</summary>
internal sealed record RawReply(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? ContentType => Headers.TryGetValue("content-type", out var value) ? value : null;

    public static RawReply Parse(string text)
    {
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"Not an HTTP reply: '{text}'");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = text[(end + 4)..];
        if (headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        return new RawReply(status, headers, body);
    }

    private static string Unchunk(string chunked)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < chunked.Length)
        {
            var lineEnd = chunked.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = int.Parse(chunked[position..lineEnd], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            // Chunk sizes count bytes; the simulator's error bodies are ASCII, so bytes and chars agree.
            result.Append(chunked, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }
}
