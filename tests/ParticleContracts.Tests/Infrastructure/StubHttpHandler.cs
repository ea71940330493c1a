using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace ParticleContracts.Tests.Infrastructure;

/// <summary>A request as the stub saw it, with the body read at send time.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, HttpRequestMessage Message, string? Body, string? ContentType)
{
    public string PathAndQuery => Uri.PathAndQuery;

    public string? Authorization => Message.Headers.Authorization?.ToString();

    public string? Accept => Message.Headers.Accept.ToString();
}

/// <summary>Answers requests from a responder function and records them.</summary>
internal sealed class StubHttpHandler : HttpMessageHandler
{
    private readonly Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> _responder;

    public StubHttpHandler(Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> responder) => _responder = responder;

    public StubHttpHandler(Func<RecordedRequest, HttpResponseMessage> responder)
        : this((request, _, _) => Task.FromResult(responder(request)))
    {
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public RecordedRequest Single => Assert.Single(Requests);

    /// <summary>Always answers with the same status and body.</summary>
    public static StubHttpHandler Replying(HttpStatusCode status, string body, string contentType = "application/json") =>
        new(_ => Json(status, body, contentType));

    /// <summary>Answers the n-th request (0-based) with the n-th response; the last repeats.</summary>
    public static StubHttpHandler Sequence(params Func<HttpResponseMessage>[] responses) =>
        new((_, index, _) => Task.FromResult(responses[Math.Min(index, responses.Length - 1)]()));

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string contentType = "application/json") =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, contentType) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request, body, request.Content?.Headers.ContentType?.ToString());
        var index = Requests.Count;
        Requests.Enqueue(recorded);
        var response = await _responder(recorded, index, cancellationToken);
        response.RequestMessage ??= request;
        return response;
    }
}
