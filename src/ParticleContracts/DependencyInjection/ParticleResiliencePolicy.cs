using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using ParticleContracts.Diagnostics;
using ParticleContracts.Http;

namespace ParticleContracts.DependencyInjection;

/// <summary>
/// The resilience pipeline of <c>AddParticleCloud</c>: a retry strategy with the Particle Cloud's rules inside a
/// circuit breaker's reach, nothing else.
/// </summary>
/// <remarks>
/// The standard handler's two timeouts and its concurrency limiter are left out on purpose: the client already bounds
/// the whole call, retries included, by <see cref="ParticleCloudOptions.RequestTimeout"/>, and every strategy costs an
/// asynchronous step per call (the standard five more than doubled a call's allocations).
/// </remarks>
internal static class ParticleResiliencePolicy
{
    public static void Build(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ParticleCloudOptions options, ILogger? logger)
    {
        if (options.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(Retry(options, logger));
        }

        var timeout = options.RequestTimeout == Timeout.InfiniteTimeSpan ? TimeSpan.FromDays(1) : options.RequestTimeout;
        var breaker = new HttpCircuitBreakerStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(IsCloudFailure(args.Outcome)),
        };

        // One attempt may use the whole budget (an offline device takes ~30 s to answer 408): sample over longer than that.
        breaker.SamplingDuration = TimeSpan.FromTicks(Math.Min(TimeSpan.FromDays(1).Ticks, Math.Max(breaker.SamplingDuration.Ticks, (timeout.Ticks * 2) + TimeSpan.TicksPerSecond)));
        pipeline.AddCircuitBreaker(breaker);
    }

    private static HttpRetryStrategyOptions Retry(ParticleCloudOptions options, ILogger? logger) => new()
    {
        MaxRetryAttempts = options.MaxRetryAttempts,
        Delay = options.RetryBaseDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Context) && IsTransient(args.Outcome)),
        OnRetry = args =>
        {
            if (logger is not null && logger.IsEnabled(LogLevel.Information))
            {
                var request = args.Context.GetRequestMessage();
                var template = request is CloudRequestMessage cloud ? cloud.Request.Route.Template : "(unknown route)";
                var outcome = Describe(args.Outcome);
                ParticleLog.RetryScheduled(logger, request?.Method.Method ?? "?", template, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, outcome);
            }

            return default;
        },
    };

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
        outcome.Exception is HttpRequestException or IOException
        || (int?)outcome.Result?.StatusCode >= 500;

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception ? exception.GetType().Name : $"status {(int?)outcome.Result?.StatusCode}";
}
