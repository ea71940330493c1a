using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ParticleContracts.Serialization;

namespace ParticleContracts.Http;

/// <summary>Maps a failed reply to the typed exception hierarchy, keeping the cloud's own words.</summary>
internal static class CloudErrorTranslator
{
    /// <summary>Longest body excerpt kept in a <see cref="ParticleProtocolException"/>.</summary>
    public const int ExcerptLength = 200;

    public static ParticleCloudException Translate(CloudRequest request, HttpStatusCode status, TimeSpan? retryAfter, byte[] body, SecretRedactor redactor)
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

        if (code == 400 && error == "invalid_request" && (request.Authenticated || Mentions(description, "access token")))
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

    /// <summary>A protocol failure on a reply that had a success status.</summary>
    public static ParticleProtocolException Malformed(CloudRequest request, HttpStatusCode status, string problem, byte[] body, SecretRedactor redactor, Exception? inner = null)
    {
        var excerpt = Excerpt(body, redactor);
        var details = new ParticleCloudErrorDetails(status, null, null, null, request.Method.Method, request.Route.Template);
        return new ParticleProtocolException(
            $"The Particle Cloud reply could not be read: {problem}. Body starts with \"{excerpt}\" ({request.Method.Method} {request.Route.Template})",
            details,
            excerpt,
            inner);
    }

    public static string Excerpt(byte[] body, SecretRedactor redactor)
    {
        if (body.Length == 0)
        {
            return string.Empty;
        }

        // Decode a little more than needed so a token cut at the boundary is still recognised and redacted.
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, (ExcerptLength * 4) + 512));
        text = redactor.Redact(text) ?? string.Empty;
        text = text.ReplaceLineEndings(" ");
        return text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength), "…");
    }

    private static bool TryParse(byte[] body, out ErrorWire? wire)
    {
        wire = null;
        if (body.Length == 0)
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
