using System.Net;

namespace ParticleContracts.Http;

/// <summary>
/// A successful reply while it is being read: the status, the body (a pooled buffer, valid only during the read),
/// the token that was sent (for redaction on an error path) and, for event streams, the open response.
/// </summary>
internal readonly struct CloudReply(HttpStatusCode status, ReadOnlyMemory<byte> body, string? token, HttpResponseMessage? response)
{
    public HttpStatusCode Status { get; } = status;

    public ReadOnlyMemory<byte> Body { get; } = body;

    public string? Token { get; } = token;

    /// <summary>The open response of an event stream (its body is not read); null for every other call.</summary>
    public HttpResponseMessage? Response { get; } = response;

    public SecretRedactor Redactor() => new(Token);
}

/// <summary>Turns a successful reply into the call's result, or throws through <see cref="CloudErrorTranslator"/>.</summary>
internal delegate TResult ReplyReader<TResult>(CloudRequest request, CloudReply reply);
