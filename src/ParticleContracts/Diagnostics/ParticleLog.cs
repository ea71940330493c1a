using Microsoft.Extensions.Logging;

namespace ParticleContracts.Diagnostics;

/// <summary>
/// Log events of the client. They carry the HTTP method and the route TEMPLATE, never a concrete URL, header,
/// body or token.
/// </summary>
internal static partial class ParticleLog
{
    [LoggerMessage(EventId = 1, EventName = "ParticleRequestCompleted", Level = LogLevel.Debug,
        Message = "Particle Cloud {Method} {RouteTemplate} returned {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void RequestCompleted(ILogger logger, string method, string routeTemplate, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "ParticleRequestRejected", Level = LogLevel.Warning,
        Message = "Particle Cloud {Method} {RouteTemplate} returned {StatusCode} in {ElapsedMilliseconds:0.0} ms")]
    public static partial void RequestRejected(ILogger logger, string method, string routeTemplate, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "ParticleRequestFailed", Level = LogLevel.Warning,
        Message = "Particle Cloud {Method} {RouteTemplate} failed after {ElapsedMilliseconds:0.0} ms: {FailureKind}")]
    public static partial void RequestFailed(ILogger logger, string method, string routeTemplate, double elapsedMilliseconds, string failureKind);

    [LoggerMessage(EventId = 4, EventName = "ParticleRetryScheduled", Level = LogLevel.Information,
        Message = "Retrying Particle Cloud {Method} {RouteTemplate} (retry {AttemptNumber}) in {DelayMilliseconds:0} ms after {Outcome}")]
    public static partial void RetryScheduled(ILogger logger, string method, string routeTemplate, int attemptNumber, double delayMilliseconds, string outcome);

    [LoggerMessage(EventId = 5, EventName = "ParticleEventStreamConnected", Level = LogLevel.Information,
        Message = "Particle event stream {RouteTemplate} connected")]
    public static partial void EventStreamConnected(ILogger logger, string routeTemplate);

    [LoggerMessage(EventId = 6, EventName = "ParticleEventStreamReconnecting", Level = LogLevel.Warning,
        Message = "Particle event stream {RouteTemplate} dropped ({Reason}); reconnecting in {DelayMilliseconds:0} ms")]
    public static partial void EventStreamReconnecting(ILogger logger, string routeTemplate, string reason, double delayMilliseconds);

    [LoggerMessage(EventId = 7, EventName = "ParticleEventDataNotJson", Level = LogLevel.Debug,
        Message = "Particle event stream {RouteTemplate}: event {EventName} has non-JSON data; passing it through as text")]
    public static partial void EventDataNotJson(ILogger logger, string routeTemplate, string eventName);
}
