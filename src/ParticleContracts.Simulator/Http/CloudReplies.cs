using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ParticleContracts.Simulator.Http;

/// <summary>The Particle Cloud's reply bodies, written as JSON.</summary>
internal static class CloudReplies
{
    public const string ApiUrlHint = "I didn't recognize that device name or ID, try opening https://api.particle.io/v1/devices?access_token=…";

    public static Task WriteAsync(HttpContext context, int statusCode, JsonNode body)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        return response.WriteAsync(body.ToJsonString(), Encoding.UTF8, context.RequestAborted);
    }

    public static Task OkAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["ok"] = true });

    public static Task TokenMissingAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status400BadRequest, new JsonObject
    {
        ["error"] = "invalid_request",
        ["error_description"] = "The access token was not found",
    });

    public static Task TokenInvalidAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status401Unauthorized, new JsonObject
    {
        ["error"] = "invalid_token",
        ["error_description"] = "The access token provided is invalid.",
    });

    public static Task PermissionDeniedAsync(HttpContext context) => WriteAsync(context, StatusCodes.Status403Forbidden, new JsonObject
    {
        ["error"] = "Permission Denied",
        ["info"] = ApiUrlHint,
    });

    public static Task TimedOutAsync(HttpContext context) => FailAsync(context, StatusCodes.Status408RequestTimeout, "timed out");

    public static Task UnknownVariableAsync(HttpContext context, string name) =>
        FailAsync(context, StatusCodes.Status404NotFound, $"Unknown Variable: {name}");

    public static Task UnknownFunctionAsync(HttpContext context, string name) =>
        FailAsync(context, StatusCodes.Status404NotFound, $"Function {name} not found");

    public static Task NotFoundAsync(HttpContext context, string what) => FailAsync(context, StatusCodes.Status404NotFound, what);

    public static Task BadRequestAsync(HttpContext context, string message) => FailAsync(context, StatusCodes.Status400BadRequest, message);

    /// <summary>429 with <c>Retry-After</c>: whole seconds until a permit frees (at least 1), when the limiter knows it.</summary>
    public static Task RateLimitedAsync(HttpContext context, TimeSpan? retryAfter)
    {
        var seconds = retryAfter is { } wait ? Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)) : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return FailAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests");
    }

    public static Task ServerErrorAsync(HttpContext context, int statusCode) =>
        statusCode == StatusCodes.Status429TooManyRequests
            ? RateLimitedAsync(context, retryAfter: null)
            : FailAsync(context, statusCode, ReasonPhrases(statusCode));

    public static Task FailAsync(HttpContext context, int statusCode, string error) =>
        WriteAsync(context, statusCode, new JsonObject { ["ok"] = false, ["error"] = error });

    private static string ReasonPhrases(int statusCode) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode) is { Length: > 0 } phrase ? phrase : "Server error";
}
