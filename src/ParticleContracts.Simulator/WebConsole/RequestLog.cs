using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace ParticleContracts.Simulator.WebConsole;

/// <summary>
/// The most recent requests (method, path, query, how the caller authenticated, status), kept while the console is on
/// so the page can show what clients are doing. Query values named <c>access_token</c> are stored as <c>***</c> and
/// headers and bodies are never kept, so the log cannot leak a token.
/// </summary>
internal sealed class RequestLog(int capacity = 500)
{
    /// <summary>The header the console's own scripts send, so the page can hide its own polling.</summary>
    public const string ConsoleHeader = "X-Simulator-Console";

    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = new();
    private long _sequence;

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var entry = new RequestLogEntry(
            Interlocked.Increment(ref _sequence),
            DateTimeOffset.UtcNow,
            request.Method,
            RedactPath(request.Path.Value ?? "/"),
            RedactQuery(request.Query),
            AuthenticationOf(request),
            request.Headers.ContainsKey(ConsoleHeader));
        Add(entry);
        context.Response.OnStarting(() =>
        {
            entry.Status = context.Response.StatusCode;
            return Task.CompletedTask;
        });
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            if (entry.Status == 0)
            {
                entry.Status = context.Response.HasStarted ? context.Response.StatusCode : 0;
            }
        }
    }

    private void Add(RequestLogEntry entry)
    {
        lock (_gate)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    /// <summary>The path, with the token of <c>/v1/access_tokens/:token</c> replaced by <c>***</c>.</summary>
    internal static string RedactPath(string path)
    {
        const string Tokens = "/v1/access_tokens/";
        if (!path.StartsWith(Tokens, StringComparison.OrdinalIgnoreCase) || path.Length == Tokens.Length)
        {
            return path;
        }

        var rest = path[Tokens.Length..];
        return string.Equals(rest, "current", StringComparison.Ordinal) ? path : Tokens + "***";
    }

    /// <summary>The query string with every <c>access_token</c> value replaced by <c>***</c>.</summary>
    internal static string RedactQuery(IQueryCollection query)
    {
        if (query.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("?");
        foreach (var (key, values) in query)
        {
            foreach (var value in values.Count == 0 ? [string.Empty] : values.ToArray())
            {
                if (builder.Length > 1)
                {
                    builder.Append('&');
                }

                var secret = string.Equals(key, "access_token", StringComparison.OrdinalIgnoreCase);
                builder.Append(Uri.EscapeDataString(key)).Append('=').Append(secret ? "***" : Uri.EscapeDataString(value ?? string.Empty));
            }
        }

        return builder.ToString();
    }

    private static string AuthenticationOf(HttpRequest request)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header))
        {
            return header.Scheme.ToLowerInvariant();
        }

        if (request.Query.ContainsKey("access_token"))
        {
            return "query";
        }

        return request.HasFormContentType ? "form?" : "none";
    }
}

/// <summary>One logged request; <see cref="Status"/> is 0 until the response starts.</summary>
internal sealed class RequestLogEntry(long sequence, DateTimeOffset receivedAt, string method, string path, string query, string authentication, bool fromConsole)
{
    private int _status;

    public long Sequence { get; } = sequence;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    public string Method { get; } = method;

    public string Path { get; } = path;

    /// <summary>The query string (with a leading <c>?</c>, or empty), <c>access_token</c> values redacted.</summary>
    public string Query { get; } = query;

    /// <summary><c>bearer</c>, <c>basic</c>, <c>query</c>, <c>form?</c> (a form body, which may carry the token) or <c>none</c>.</summary>
    public string Authentication { get; } = authentication;

    /// <summary>Whether the console's scripts sent the request (<see cref="RequestLog.ConsoleHeader"/>).</summary>
    public bool FromConsole { get; } = fromConsole;

    public int Status
    {
        get => Volatile.Read(ref _status);
        set => Volatile.Write(ref _status, value);
    }
}
