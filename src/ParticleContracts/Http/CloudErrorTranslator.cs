using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ParticleContracts.Serialization;

namespace ParticleContracts.Http;

/// <summary>
/// The one place where a reply becomes an exception: HTTP status errors, transport failures,
/// <c>{"ok":false}</c> bodies on a 2xx status, malformed replies and values that do not fit the requested type.
/// The cloud's own words are kept; tokens are redacted.
/// </summary>
internal static class CloudErrorTranslator
{
    /// <summary>Longest body excerpt kept in a <see cref="ParticleProtocolException"/>.</summary>
    public const int ExcerptLength = 200;

    public static ParticleCloudException Translate(CloudRequest request, HttpStatusCode status, TimeSpan? retryAfter, ReadOnlySpan<byte> body, SecretRedactor redactor)
    {
        var isJson = TryParse(body, out var wire);
        var error = redactor.Redact(ErrorText(wire));
        var description = redactor.Redact(wire?.ErrorDescription);
        var info = redactor.Redact(wire?.Info);
        var details = new ParticleCloudErrorDetails(status, error, description, info, request.Method.Method, request.Route.Template);
        var code = (int)status;
        var device = request.DeviceIdOrName;
        var member = request.MemberName;
        var cloudSaid = CloudSaid(code, error, description, info);
        var where = $"({request.Method.Method} {request.Route.Template})";

        if (string.Equals(error, "mfa_required", StringComparison.Ordinal))
        {
            return new ParticleMfaRequiredException(
                $"Login needs a one-time code (multi-factor authentication): call CompleteMfaLoginAsync with the exception's MfaToken and the code. {cloudSaid} {where}",
                details,
                wire?.MfaToken ?? string.Empty);
        }

        if (code == 429)
        {
            var wait = retryAfter is { } delay ? string.Create(CultureInfo.InvariantCulture, $" Retry after {delay.TotalSeconds:0.###} s.") : string.Empty;
            return new ParticleRateLimitedException($"The Particle Cloud rate limit was hit; back off before retrying.{wait} {cloudSaid} {where}", details, retryAfter);
        }

        if (code >= 500)
        {
            var text = isJson ? cloudSaid : $"Particle Cloud replied {code}: {Excerpt(body, redactor)}";
            return new ParticleServerException($"The Particle Cloud failed. {text} {where}", details);
        }

        if (!isJson && body.Length > 0)
        {
            var excerpt = Excerpt(body, redactor);
            return new ParticleProtocolException($"The Particle Cloud replied {code} with a body that is not a JSON error: \"{excerpt}\" {where}", details, excerpt);
        }

        if (code == 408 || SaysTimedOut(error) || SaysTimedOut(description))
        {
            return new ParticleDeviceOfflineException($"Device '{device}' did not answer: it is offline or timed out. {cloudSaid} {where}", details, device);
        }

        if (code == 401 || error is "invalid_token" or "expired_token")
        {
            return new ParticleInvalidTokenException($"The access token was rejected (invalid, expired or revoked); get a new token instead of retrying. {cloudSaid} {where}", details);
        }

        // invalid_request is OAuth's "malformed request" (a missing grant_type, a bad ledger body …); only the cloud's
        // own wording says the token was missing, so an authenticated call with a bad argument is not told to log in.
        if (code == 400 && error == "invalid_request" && Mentions(description, "access token"))
        {
            return new ParticleMissingTokenException($"The Particle Cloud found no access token on the request. {cloudSaid} {where}", details);
        }

        if (code == 403)
        {
            var subject = device is null ? "The Particle Cloud denied access." : $"Device '{device}' is unknown or not accessible with this token.";
            return new ParticlePermissionDeniedException($"{subject} {cloudSaid} {where}", details, device);
        }

        if (code == 404 && (IsUnknownVariableText(error) || (request.Operation == CloudOperation.GetVariable && !IsUnknownFunctionText(error))))
        {
            return new ParticleUnknownVariableException($"Device '{device}' has no variable '{member}'. {cloudSaid} {where}", details, device, member);
        }

        if (code == 404 && (IsUnknownFunctionText(error) || request.Operation == CloudOperation.CallFunction))
        {
            return new ParticleUnknownFunctionException($"Device '{device}' has no function '{member}'. {cloudSaid} {where}", details, device, member);
        }

        return new ParticleCloudException($"The Particle Cloud rejected the request. {cloudSaid} {where}", details);
    }

    /// <summary>
    /// A failure before any reply: the caller's cancellation (rethrown as is), the request timeout, a resilience
    /// pipeline that refused to send, or a network error. Returns the exception and a short kind for logs and traces.
    /// </summary>
    public static (Exception Exception, string Kind) Transport(CloudRequest request, Exception exception, bool timedOut, bool callerCancelled, TimeSpan timeout)
    {
        var where = $"{request.Method.Method} {request.Route.Template}";
        var details = new ParticleCloudErrorDetails(null, null, null, null, request.Method.Method, request.Route.Template);
        if (callerCancelled && exception is OperationCanceledException)
        {
            return (exception, "canceled");
        }

        if (timedOut || exception is TimeoutException || exception is Polly.Timeout.TimeoutRejectedException)
        {
            return (new ParticleRequestTimeoutException($"The Particle Cloud did not answer {where} within {timeout} (ParticleCloudOptions.RequestTimeout).", details, timeout, exception), "timeout");
        }

        if (exception is Polly.ExecutionRejectedException)
        {
            // The resilience pipeline refused to send: circuit open after repeated cloud failures, or too many concurrent calls.
            return (new ParticleNetworkException($"{where} was not sent: the resilience pipeline rejected it ({exception.GetType().Name}), after repeated Particle Cloud failures or with too many concurrent calls.", details, exception), "rejected by resilience pipeline");
        }

        if (exception is HttpRequestException or IOException)
        {
            return (new ParticleNetworkException($"No reply from the Particle Cloud for {where}: {exception.GetType().Name}.", details, exception), "network error");
        }

        return (exception, exception.GetType().Name);
    }

    /// <summary>
    /// A 2xx reply without what the call needs: an <c>{"ok":false,...}</c> body is the cloud refusing (translated like
    /// an error status), anything else is a malformed reply.
    /// </summary>
    public static ParticleCloudException Unexpected(CloudRequest request, CloudReply reply, string problem) =>
        IsRefusal(reply.Body.Span)
            ? Translate(request, reply.Status, null, reply.Body.Span, reply.Redactor())
            : Malformed(request, reply, problem);

    /// <summary>The reader of calls that return nothing: a 2xx <c>{"ok":false,...}</c> body still fails.</summary>
    public static bool EnsureNotRefused(CloudRequest request, CloudReply reply) =>
        IsRefusal(reply.Body.Span) ? throw Translate(request, reply.Status, null, reply.Body.Span, reply.Redactor()) : true;

    /// <summary>A variable whose value does not fit the requested type.</summary>
    public static ParticleVariableTypeException TypeMismatch(Type requested, JsonElement value, string? deviceIdOrName, string variableName, string? method, string? routeTemplate)
    {
        var shown = value.ValueKind == JsonValueKind.String ? "a string" : value.ValueKind switch
        {
            JsonValueKind.Number => $"the number {value.GetRawText()}",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            _ => $"a JSON {value.ValueKind.ToString().ToLowerInvariant()}",
        };
        var details = new ParticleCloudErrorDetails(HttpStatusCode.OK, null, null, null, method, routeTemplate);
        return new ParticleVariableTypeException(
            $"Variable '{variableName}' on device '{deviceIdOrName}' returned {shown}, which does not fit {requested.Name}. Check the firmware type of the variable.",
            details,
            deviceIdOrName,
            variableName,
            requested,
            value.ValueKind);
    }

    /// <summary>A protocol failure on a reply that had a success status.</summary>
    public static ParticleProtocolException Malformed(CloudRequest request, CloudReply reply, string problem, Exception? inner = null) =>
        Malformed(request, reply.Status, problem, reply.Body.Span, reply.Redactor(), inner);

    /// <summary>A protocol failure on a reply that had a success status.</summary>
    public static ParticleProtocolException Malformed(CloudRequest request, HttpStatusCode status, string problem, ReadOnlySpan<byte> body, SecretRedactor redactor, Exception? inner = null)
    {
        var excerpt = Excerpt(body, redactor);
        var details = new ParticleCloudErrorDetails(status, null, null, null, request.Method.Method, request.Route.Template);
        return new ParticleProtocolException(
            $"The Particle Cloud reply could not be read: {problem}. Body starts with \"{excerpt}\" ({request.Method.Method} {request.Route.Template})",
            details,
            excerpt,
            inner);
    }

    public static string Excerpt(ReadOnlySpan<byte> body, SecretRedactor redactor)
    {
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        // Decode a little more than needed so a token cut at the boundary is still recognised and redacted.
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, (ExcerptLength * 4) + 512)]);
        text = redactor.Redact(text) ?? string.Empty;
        text = text.ReplaceLineEndings(" ");
        return text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength), "…");
    }

    private static bool IsRefusal(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return false;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ParticleJsonContext.Default.OkWire) is { Ok: false };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryParse(ReadOnlySpan<byte> body, out ErrorWire? wire)
    {
        wire = null;
        if (body.IsEmpty)
        {
            return false;
        }

        try
        {
            wire = JsonSerializer.Deserialize(body, ParticleJsonContext.Default.ErrorWire);
            return wire is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? ErrorText(ErrorWire? wire) => wire?.Error.ValueKind switch
    {
        JsonValueKind.String => wire.Error.GetString(),
        JsonValueKind.Undefined or JsonValueKind.Null or null => null,
        _ => wire.Error.GetRawText(),
    };

    private static string CloudSaid(int code, string? error, string? description, string? info)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Particle Cloud replied {code}");
        var parts = new[] { error, description, info }.Where(part => !string.IsNullOrWhiteSpace(part)).ToArray();
        if (parts.Length > 0)
        {
            text.Append(": ").AppendJoin(" - ", parts);
        }

        return text.Append('.').ToString();
    }

    private static bool SaysTimedOut(string? text) => Mentions(text, "timed out");

    private static bool Mentions(string? text, string phrase) => text is not null && text.Contains(phrase, StringComparison.OrdinalIgnoreCase);

    private static bool IsUnknownVariableText(string? error) =>
        error is not null && (error.StartsWith("Unknown Variable", StringComparison.OrdinalIgnoreCase) || error.StartsWith("Variable not found", StringComparison.OrdinalIgnoreCase));

    private static bool IsUnknownFunctionText(string? error) =>
        error is not null && error.StartsWith("Function", StringComparison.OrdinalIgnoreCase) && error.Contains("not found", StringComparison.OrdinalIgnoreCase);
}
