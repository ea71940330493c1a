using System.Net;
using Microsoft.Extensions.Logging;
using ParticleContracts.Diagnostics;
using ParticleContracts.Http;

namespace ParticleContracts.DependencyInjection;

/// <summary>
/// The retry rules of <c>AddParticleCloud</c>: a retryable call (idempotent reads; function calls and publishes only
/// when opted in) is sent again on 5xx, 429 and transport failures, never on 408, at most
/// <see cref="ParticleCloudOptions.MaxRetryAttempts"/> times, after an exponential, jittered delay or the reply's
/// <c>Retry-After</c>. Every other call goes straight on.
/// </summary>
/// <remarks>
/// A loop, not a general resilience pipeline: the standard handler's five strategies (two timeouts, a concurrency
/// limiter, a circuit breaker, the retry) each added an asynchronous step to every call and more than doubled its
/// allocations, while the client already bounds the whole call, retries included, by
/// <see cref="ParticleCloudOptions.RequestTimeout"/>, and a failing read stops after 1 + MaxRetryAttempts attempts.
/// </remarks>
internal sealed class ParticleResilienceHandler(ParticleCloudOptions options, ILogger? logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        options.MaxRetryAttempts > 0 && request is CloudRequestMessage { Request.Retryable: true } cloud
            ? SendWithRetriesAsync(cloud, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendWithRetriesAsync(CloudRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? failure = null;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException && attempt < options.MaxRetryAttempts && !cancellationToken.IsCancellationRequested)
            {
                failure = exception;
            }

            if (response is not null && (attempt == options.MaxRetryAttempts || !IsTransient(response.StatusCode)))
            {
                return response;
            }

            var delay = response?.Headers.RetryAfter is { } retryAfter ? RetryAfter(retryAfter) ?? Backoff(attempt) : Backoff(attempt);
            Log(request, attempt, delay, failure is not null ? failure.GetType().Name : $"status {(int)response!.StatusCode}");
            response?.Dispose();
            await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>5xx and 429. Never 408: the cloud uses it for an offline device.</summary>
    private static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Exponential from <see cref="ParticleCloudOptions.RetryBaseDelay"/>, with ±25 % jitter so clients do not retry in lockstep.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var exponential = options.RetryBaseDelay.Ticks * Math.Pow(2, Math.Min(attempt, 16));
        var jittered = exponential * (0.75 + (0.5 * Random.Shared.NextDouble()));
        return TimeSpan.FromTicks((long)Math.Min(jittered, TimeSpan.FromMinutes(5).Ticks));
    }

    private TimeSpan? RetryAfter(System.Net.Http.Headers.RetryConditionHeaderValue header)
    {
        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - options.TimeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private void Log(CloudRequestMessage request, int attempt, TimeSpan delay, string outcome)
    {
        if (logger is not null && logger.IsEnabled(LogLevel.Information))
        {
            ParticleLog.RetryScheduled(logger, request.Method.Method, request.Request.Route.Template, attempt + 1, delay.TotalMilliseconds, outcome);
        }
    }
}
