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
    }

    /// <summary>The product this client addresses, or null for user scope.</summary>
    public string? Product => _options.Product;

    private TimeProvider Time => _options.TimeProvider;

    /// <summary>Sends a request and returns the successful reply body; failures become typed exceptions.</summary>
    private async Task<CloudReply> SendAsync(CloudRequest request, CancellationToken cancellationToken)
    {
        var token = request.Authenticated ? await ResolveTokenAsync(cancellationToken).ConfigureAwait(false) : null;
        var redactor = new SecretRedactor(token);
        using var deadline = new RequestDeadline(_options.RequestTimeout, Time, cancellationToken);
        using var activity = StartActivity(request);
        var started = Time.GetTimestamp();
        using var message = BuildMessage(request, token);

        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not ParticleCloudException)
        {
            throw Failed(request, activity, started, exception, deadline, cancellationToken);
        }

        using (response)
        {
            byte[] body;
            try
            {
                // With a declared Content-Length the bytes go straight from the response stream into one exactly
                // sized array (no growing buffer and copy, no extra state machine); otherwise the content buffers them.
                var content = response.Content;
                if (content.Headers.ContentLength is { } length && length is > 0 and <= DirectReadLimit)
                {
                    body = new byte[length];
                    var stream = await content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
                    await using (stream.ConfigureAwait(false))
                    {
                        await stream.ReadExactlyAsync(body, deadline.Token).ConfigureAwait(false);
                    }
                }
                else
                {
                    body = await content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is not ParticleCloudException)
            {
                throw Failed(request, activity, started, exception, deadline, cancellationToken);
            }

            var status = response.StatusCode;
            Completed(request, activity, started, status);
            if (!response.IsSuccessStatusCode)
            {
                throw CloudErrorTranslator.Translate(request, status, RetryAfterOf(response), body, redactor);
            }

            return new CloudReply(status, body, redactor);
        }
    }

    /// <summary>Largest declared body read straight into an exactly sized array; larger or undeclared ones are buffered by the content.</summary>
    private const int DirectReadLimit = 1024 * 1024;
    private async Task<T> SendAsync<T>(CloudRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var reply = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Deserialize(request, reply, typeInfo);
    }

    private static T Deserialize<T>(CloudRequest request, CloudReply reply, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(reply.Body, typeInfo)
                ?? throw CloudErrorTranslator.Malformed(request, reply.Status, "the body is JSON null", reply.Body, reply.Redactor);
        }
        catch (JsonException exception)
        {
            var problem = reply.Body.Length == 0 ? "the body is empty" : "the body is not the expected JSON" + (exception.Path is { } path ? $" (at {path})" : string.Empty);
            throw CloudErrorTranslator.Malformed(request, reply.Status, problem, reply.Body, reply.Redactor, exception);
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

    private HttpRequestMessage BuildMessage(CloudRequest request, string? token)
    {
        var placement = _options.TokenPlacement;
        var isGet = request.Method == HttpMethod.Get;
        // The cloud documents ?access_token= for GET only: other methods fall back to the header.
        var tokenInQuery = token is not null && placement == ParticleTokenPlacement.QueryString && isGet;
        var tokenInForm = token is not null && placement == ParticleTokenPlacement.FormBody && !isGet && !request.JsonBodyOnly;
        var tokenInHeader = token is not null && !tokenInQuery && !tokenInForm;

        var url = new StringBuilder(_root).Append(request.Route.Path);
        var separator = '?';
        foreach (var (name, value) in request.Query ?? [])
        {
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (tokenInQuery)
        {
            url.Append(separator).Append("access_token=").Append(Uri.EscapeDataString(token!));
        }

        var message = new HttpRequestMessage(request.Method, new Uri(url.ToString(), UriKind.Absolute));
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(request.Accept));
        if (tokenInHeader)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
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
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            message.Content = content;
        }

        message.Options.Set(ParticleRequestMetadata.Retryable, request.Retryable);
        message.Options.Set(ParticleRequestMetadata.RouteTemplate, request.Route.Template);
        return message;
    }

    private Activity? StartActivity(CloudRequest request)
    {
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

    private Exception Failed(CloudRequest request, Activity? activity, long started, Exception exception, RequestDeadline deadline, CancellationToken cancellationToken)
    {
        var elapsed = Time.GetElapsedTime(started).TotalMilliseconds;
        var where = $"{request.Method.Method} {request.Route.Template}";
        Exception result;
        string kind;
        if (cancellationToken.IsCancellationRequested && exception is OperationCanceledException)
        {
            kind = "canceled";
            result = exception;
        }
        else if (deadline.TimedOut || exception is TimeoutException || exception is Polly.Timeout.TimeoutRejectedException)
        {
            kind = "timeout";
            var details = new ParticleCloudErrorDetails(null, null, null, null, request.Method.Method, request.Route.Template);
            result = new ParticleRequestTimeoutException($"The Particle Cloud did not answer {where} within {_options.RequestTimeout} (ParticleCloudOptions.RequestTimeout).", details, _options.RequestTimeout, exception);
        }
        else if (exception is Polly.ExecutionRejectedException)
        {
            // The resilience pipeline refused to send: circuit open after repeated cloud failures, or too many concurrent calls.
            kind = "rejected by resilience pipeline";
            var details = new ParticleCloudErrorDetails(null, null, null, null, request.Method.Method, request.Route.Template);
            result = new ParticleNetworkException($"{where} was not sent: the resilience pipeline rejected it ({exception.GetType().Name}), after repeated Particle Cloud failures or with too many concurrent calls.", details, exception);
        }
        else if (exception is HttpRequestException or IOException)
        {
            kind = "network error";
            var details = new ParticleCloudErrorDetails(null, null, null, null, request.Method.Method, request.Route.Template);
            result = new ParticleNetworkException($"No reply from the Particle Cloud for {where}: {exception.GetType().Name}.", details, exception);
        }
        else
        {
            kind = exception.GetType().Name;
            result = exception;
        }

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

    /// <summary>A successful reply, kept with the redactor that knows the token used.</summary>
    private sealed record CloudReply(HttpStatusCode Status, byte[] Body, SecretRedactor Redactor);
}
