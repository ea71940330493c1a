using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ParticleContracts.Diagnostics;
using ParticleContracts.Http;

namespace ParticleContracts;

/// <summary>
/// A typed Particle Cloud API client over an injected <see cref="HttpClient"/>: devices, variables, functions,
/// events, tokens, ledgers and environment variables. Register it with <c>services.AddParticleCloud(...)</c> for
/// retries, or construct it directly.
/// </summary>
/// <remarks>
/// The access token goes in the <c>Authorization</c> header unless <see cref="ParticleCloudOptions.TokenPlacement"/>
/// opts into another placement. Logs, traces and exception messages name route templates, never URLs or tokens.
/// </remarks>
public sealed partial class ParticleCloudClient
{
    private readonly HttpClient _httpClient;
    private readonly ParticleCloudOptions _options;
    private readonly ILogger _logger;
    private readonly string _root;
    private readonly CloudRouteCache _routes;
    private AuthenticationHeaderValue? _bearer;

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The transport. Its <see cref="HttpClient.BaseAddress"/> is ignored; <see cref="ParticleCloudOptions.BaseAddress"/> is used.</param>
    /// <param name="options">Settings; validated here.</param>
    /// <param name="logger">Optional logger.</param>
    /// <remarks>
    /// The options need no access token when the client is only used to log in (<see cref="CreateTokenAsync"/>,
    /// <see cref="CompleteMfaLoginAsync"/>); every other call then fails with a clear <see cref="InvalidOperationException"/>
    /// before anything is sent. <c>AddParticleCloud</c> does require a token, at start.
    /// </remarks>
    /// <exception cref="ArgumentException">The options are not usable (for example a relative base address).</exception>
    public ParticleCloudClient(HttpClient httpClient, ParticleCloudOptions options, ILogger<ParticleCloudClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate(requireToken: false);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Particle Cloud options: " + string.Join(" ", problems), nameof(options));
        }

        _httpClient = httpClient;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _root = options.BaseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        _routes = new CloudRouteCache(_root);
    }

    /// <summary>The product this client addresses, or null for user scope.</summary>
    public string? Product => _options.Product;

    private TimeProvider Time => _options.TimeProvider;

    /// <summary>
    /// The one request pipeline of every call, event streams included: token, deadline, message, send, then either the
    /// open stream, or the body read into a pooled buffer and handed to <paramref name="read"/> while it is valid.
    /// Every failure becomes a typed exception through <see cref="CloudErrorTranslator"/>.
    /// </summary>
    private async Task<TResult> SendAsync<TResult>(CloudRequest request, ReplyReader<TResult> read, CancellationToken cancellationToken)
    {
        var token = request.Authenticated ? await ResolveTokenAsync(cancellationToken).ConfigureAwait(false) : null;
        var deadline = new RequestDeadline(_options.RequestTimeout, Time, cancellationToken);
        using var activity = StartActivity(request);
        var started = Time.GetTimestamp();
        using var message = BuildMessage(request, token);
        HttpResponseMessage? response = null;
        byte[]? body = null;
        try
        {
            try
            {
                response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not ParticleCloudException)
            {
                throw Failed(request, activity, started, exception, deadline, cancellationToken);
            }

            var status = response.StatusCode;
            if (request.Operation == CloudOperation.SubscribeEvents && response.IsSuccessStatusCode)
            {
                Completed(request, activity, started, status);
                var stream = response;
                response = null;
                return read(request, new CloudReply(status, default, token, stream));
            }

            int length;
            try
            {
                (body, length) = await ReplyBody.ReadAsync(response.Content, deadline.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not ParticleCloudException)
            {
                throw Failed(request, activity, started, exception, deadline, cancellationToken);
            }

            Completed(request, activity, started, status);
            if (!response.IsSuccessStatusCode)
            {
                throw CloudErrorTranslator.Translate(request, status, RetryAfterOf(response), body.AsSpan(0, length), new SecretRedactor(token));
            }

            return read(request, new CloudReply(status, body.AsMemory(0, length), token, null));
        }
        finally
        {
            response?.Dispose();
            ReplyBody.Return(body);
            deadline.Dispose();
        }
    }

    /// <summary>A call whose reply body is source-generated JSON of <typeparamref name="T"/>.</summary>
    private Task<T> SendAsync<T>(CloudRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class =>
        SendAsync(request, (request, reply) => Deserialize(request, reply, typeInfo), cancellationToken);

    /// <summary>A call whose reply carries nothing but possibly <c>{"ok":false,...}</c>.</summary>
    private Task<bool> SendAsync(CloudRequest request, CancellationToken cancellationToken) =>
        SendAsync(request, CloudErrorTranslator.EnsureNotRefused, cancellationToken);

    /// <summary>
    /// A call whose reply body is kept beyond the read (a copy of the pooled buffer), for replies read in several
    /// steps; hot paths use a <see cref="ReplyReader{TResult}"/> instead.
    /// </summary>
    private Task<BufferedReply> SendBufferedAsync(CloudRequest request, CancellationToken cancellationToken) =>
        SendAsync(request, static (_, reply) => new BufferedReply(reply.Status, reply.Body.ToArray(), reply.Redactor(), reply.Token), cancellationToken);

    private static T Deserialize<T>(CloudRequest request, BufferedReply reply, JsonTypeInfo<T> typeInfo)
        where T : class =>
        Deserialize(request, new CloudReply(reply.Status, reply.Body, reply.Token, null), typeInfo);

    /// <summary>A successful reply whose body outlives the request pipeline.</summary>
    private sealed record BufferedReply(HttpStatusCode Status, byte[] Body, SecretRedactor Redactor, string? Token);

    private static T Deserialize<T>(CloudRequest request, CloudReply reply, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(reply.Body.Span, typeInfo)
                ?? throw CloudErrorTranslator.Malformed(request, reply, "the body is JSON null");
        }
        catch (JsonException exception)
        {
            var problem = reply.Body.IsEmpty ? "the body is empty" : "the body is not the expected JSON" + (exception.Path is { } path ? $" (at {path})" : string.Empty);
            throw CloudErrorTranslator.Malformed(request, reply, problem, exception);
        }
    }

    private async ValueTask<string> ResolveTokenAsync(CancellationToken cancellationToken)
    {
        var token = _options.AccessTokenProvider is { } provider
            ? await provider(cancellationToken).ConfigureAwait(false)
            : _options.AccessToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new InvalidOperationException(_options.AccessTokenProvider is null
                ? "No Particle access token: set ParticleCloudOptions.AccessToken or ParticleCloudOptions.AccessTokenProvider (only CreateTokenAsync and CompleteMfaLoginAsync work without one)."
                : "No Particle access token is available: ParticleCloudOptions.AccessTokenProvider returned an empty token.");
        }

        return token;
    }

    private CloudRequestMessage BuildMessage(CloudRequest request, string? token)
    {
        var placement = _options.TokenPlacement;
        var isGet = request.Method == HttpMethod.Get;
        // The cloud documents ?access_token= for GET only: other methods fall back to the header.
        var tokenInQuery = token is not null && placement == ParticleTokenPlacement.QueryString && isGet;
        var tokenInForm = token is not null && placement == ParticleTokenPlacement.FormBody && !isGet && !request.JsonBodyOnly;
        var tokenInHeader = token is not null && !tokenInQuery && !tokenInForm;

        var uri = request.Query is null && !tokenInQuery ? _routes.UriOf(request.Route) : BuildUri(request, tokenInQuery ? token : null);
        var message = new CloudRequestMessage(request, request.Method, uri);
        message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        if (tokenInHeader)
        {
            message.Headers.Authorization = BearerHeader(token!);
        }
        else if (request.BasicCredentials is { } basic)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{basic.User}:{basic.Password}"));
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }

        if (request.PreferForm || tokenInForm || request.JsonBody is null)
        {
            var fields = new List<KeyValuePair<string, string>>(request.FormFields ?? []);
            if (tokenInForm)
            {
                fields.Add(new("access_token", token!));
            }

            if (fields.Count > 0 || request.FormFields is not null)
            {
                message.Content = new FormUrlEncodedContent(fields);
            }
        }
        else
        {
            var content = new ByteArrayContent(request.JsonBody);
            content.Headers.ContentType = JsonContentType;
            message.Content = content;
        }

        return message;
    }

    private Uri BuildUri(CloudRequest request, string? queryToken)
    {
        var url = new StringBuilder(_root).Append(request.Route.Path);
        var separator = '?';
        foreach (var (name, value) in request.Query ?? [])
        {
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (queryToken is not null)
        {
            url.Append(separator).Append("access_token=").Append(Uri.EscapeDataString(queryToken));
        }

        return new Uri(url.ToString(), UriKind.Absolute);
    }

    /// <summary>The bearer header for <paramref name="token"/>, reused while the token stays the same (header values are immutable once sent).</summary>
    private AuthenticationHeaderValue BearerHeader(string token)
    {
        var cached = _bearer;
        if (cached is not null && string.Equals(cached.Parameter, token, StringComparison.Ordinal))
        {
            return cached;
        }

        cached = new AuthenticationHeaderValue("Bearer", token);
        _bearer = cached;
        return cached;
    }

    private Activity? StartActivity(CloudRequest request)
    {
        // The name is built only when someone listens.
        if (!ParticleTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = ParticleTelemetry.ActivitySource.StartActivity($"{request.Method.Method} {request.Route.Template}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag("url.template", request.Route.Template);
            activity.SetTag("server.address", _options.BaseAddress.Host);
            activity.SetTag("particle.operation", request.Operation.ToString());
        }

        return activity;
    }

    private void Completed(CloudRequest request, Activity? activity, long started, HttpStatusCode status)
    {
        var elapsed = Time.GetElapsedTime(started).TotalMilliseconds;
        var code = (int)status;
        activity?.SetTag("http.response.status_code", code);
        if (code is >= 200 and < 300)
        {
            ParticleLog.RequestCompleted(_logger, request.Method.Method, request.Route.Template, code, elapsed);
        }
        else
        {
            activity?.SetStatus(ActivityStatusCode.Error, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ParticleLog.RequestRejected(_logger, request.Method.Method, request.Route.Template, code, elapsed);
        }
    }

    private Exception Failed(CloudRequest request, Activity? activity, long started, Exception exception, in RequestDeadline deadline, CancellationToken cancellationToken)
    {
        var elapsed = Time.GetElapsedTime(started).TotalMilliseconds;
        var (result, kind) = CloudErrorTranslator.Transport(request, exception, deadline.TimedOut, cancellationToken.IsCancellationRequested, _options.RequestTimeout);
        activity?.SetStatus(ActivityStatusCode.Error, kind);
        ParticleLog.RequestFailed(_logger, request.Method.Method, request.Route.Template, elapsed, kind);
        return result;
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - Time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

}
