using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using ParticleContracts.Diagnostics;
using ParticleContracts.Http;

namespace ParticleContracts.DependencyInjection;

/// <summary>Adapts the standard HTTP resilience pipeline to the Particle Cloud's retry rules.</summary>
internal static class ParticleResiliencePolicy
{
    // The resilience timeouts accept at most one day; an "infinite" request timeout maps to that.
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromDays(1);

    public static void Apply(HttpStandardResilienceOptions resilience, ParticleCloudOptions options, ILogger? logger)
    {
        var timeout = options.RequestTimeout == Timeout.InfiniteTimeSpan || options.RequestTimeout > LongestTimeout ? LongestTimeout : options.RequestTimeout;

        // One attempt may use the whole budget: an offline device takes ~30 s to answer 408.
        resilience.TotalRequestTimeout.Timeout = timeout;
        resilience.AttemptTimeout.Timeout = timeout;
        resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(resilience.CircuitBreaker.SamplingDuration.Ticks, (timeout.Ticks * 2) + TimeSpan.TicksPerSecond));
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsCloudFailure(args.Outcome));

        var retry = resilience.Retry;
        retry.MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts);
        retry.Delay = options.RetryBaseDelay;
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.ShouldRetryAfterHeader = true;
        var retriesEnabled = options.MaxRetryAttempts > 0;
        retry.ShouldHandle = args => ValueTask.FromResult(retriesEnabled && IsRetryable(args.Context) && IsTransient(args.Outcome));
        retry.OnRetry = args =>
        {
            if (logger is not null && logger.IsEnabled(LogLevel.Information))
            {
                var request = args.Context.GetRequestMessage();
                var template = request is CloudRequestMessage cloud ? cloud.Request.Route.Template : "(unknown route)";
                var outcome = Describe(args.Outcome);
                ParticleLog.RetryScheduled(logger, request?.Method.Method ?? "?", template, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, outcome);
            }

            return default;
        };
    }

    private static bool IsRetryable(ResilienceContext context) =>
        context.GetRequestMessage() is CloudRequestMessage { Request.Retryable: true };

    /// <summary>5xx, 429 and transport failures. Never 408: the cloud uses it for an offline device.</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or IOException;
        }

        var status = outcome.Result?.StatusCode;
        return status is HttpStatusCode.TooManyRequests || (int?)status >= 500;
    }

    /// <summary>Failures that say the cloud (not a device or the caller) is in trouble.</summary>
    private static bool IsCloudFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or IOException or Polly.Timeout.TimeoutRejectedException
        || (int?)outcome.Result?.StatusCode >= 500;

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"status {(int?)outcome.Result?.StatusCode}";
}
