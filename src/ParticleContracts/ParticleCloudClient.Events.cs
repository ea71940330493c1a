using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ParticleContracts.Diagnostics;
using ParticleContracts.Events;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

public sealed partial class ParticleCloudClient
{
    /// <summary>
    /// Publishes an event (<c>POST /v1/devices/events</c>, or <c>/v1/products/:product/events</c> with a product).
    /// Not retried unless <see cref="ParticleCloudOptions.RetryEventPublishes"/> is set.
    /// </summary>
    /// <param name="name">The event name (at most 64 characters).</param>
    /// <param name="data">Optional payload.</param>
    /// <param name="isPrivate">Private (default) or public. Visibility is legacy: publishes default to private and Device OS 6.2 ignores the flags; <c>false</c> is sent as asked, its effect today is unverified.</param>
    /// <param name="ttl">Optional time to live (whole seconds).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task PublishEventAsync(string name, string? data = null, bool isPrivate = true, TimeSpan? ttl = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        int? ttlSeconds = ttl is { } lifetime ? checked((int)Math.Ceiling(lifetime.TotalSeconds)) : null;
        if (ttlSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), "The time to live must not be negative.");
        }

        var form = new List<KeyValuePair<string, string>> { new("name", name) };
        if (data is not null)
        {
            form.Add(new("data", data));
        }

        form.Add(new("private", isPrivate ? "true" : "false"));
        if (ttlSeconds is { } seconds)
        {
            form.Add(new("ttl", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var body = new PublishEventWire { Name = name, Data = data, Private = isPrivate, Ttl = ttlSeconds };
        var request = new CloudRequest
        {
            Method = HttpMethod.Post,
            Route = CloudRoutes.Publish(_options.Product),
            Operation = CloudOperation.PublishEvent,
            Retryable = _options.RetryEventPublishes,
            FormFields = form,
            JsonBody = JsonSerializer.SerializeToUtf8Bytes(body, ParticleJsonContext.Default.PublishEventWire),
        };

        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Subscribes to an event stream (Server-Sent Events) and yields events until <paramref name="cancellationToken"/>
    /// is cancelled, which ends the sequence without an exception. A stream that drops, fails transiently (network,
    /// 5xx, 429) or stays silent longer than <see cref="ParticleCloudOptions.EventStreamIdleTimeout"/> is reconnected
    /// with exponential backoff. Token and permission errors end the sequence with their exception.
    /// </summary>
    /// <param name="scope">Which stream: <see cref="ParticleEventScope.MyDevices"/>, a device, a product, or public.</param>
    /// <param name="namePrefix">Only events whose name starts with this prefix (cloud-side filter).</param>
    /// <param name="cancellationToken">Ends the subscription.</param>
    public async IAsyncEnumerable<ParticleEvent> SubscribeAsync(
        ParticleEventScope scope,
        string? namePrefix = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.EventStream(scope, _options.Product, namePrefix),
            Operation = CloudOperation.SubscribeEvents,
            Accept = "text/event-stream",
            DeviceIdOrName = scope.DeviceIdOrName,
        };

        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var attempt = await TryOpenStreamAsync(request, cancellationToken).ConfigureAwait(false);
            if (attempt.Cancelled)
            {
                yield break;
            }

            var reason = attempt.Reason;
            if (attempt.Response is { } response)
            {
                using (response)
                {
                    // A stream that connects and then drops reconnects after the base delay; backoff grows only while connecting fails.
                    failures = 0;
                    ParticleLog.EventStreamConnected(_logger, request.Route.Template);
                    var body = await ReadStreamBodyAsync(response, cancellationToken).ConfigureAwait(false);
                    if (body is null)
                    {
                        yield break;
                    }

                    await using var stream = new IdleTimeoutStream(body, _options.EventStreamIdleTimeout, Time);
                    var routeTemplate = request.Route.Template;
                    var parser = SseParser.Create(stream, (eventType, data) => ToEvent(eventType, data, routeTemplate));
                    await using var items = parser.EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                    while (true)
                    {
                        bool hasItem;
                        try
                        {
                            hasItem = await items.MoveNextAsync().ConfigureAwait(false);
                        }
                        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                        {
                            yield break;
                        }
                        catch (EventStreamIdleException)
                        {
                            reason = "idle timeout";
                            break;
                        }
                        catch (Exception exception) when (exception is IOException or HttpRequestException)
                        {
                            reason = "connection lost";
                            break;
                        }

                        if (!hasItem)
                        {
                            break;
                        }

                        yield return items.Current.Data;
                    }
                }
            }

            failures++;
            if (!await WaitBeforeReconnectAsync(request, reason, ReconnectDelay(failures, attempt.ServerDelay), cancellationToken).ConfigureAwait(false))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// One attempt to open the stream: the reply, or why there is none (a transient failure to retry, with the server's
    /// requested delay when it gave one). Token, permission and other non-transient errors propagate.
    /// </summary>
    private async Task<StreamAttempt> TryOpenStreamAsync(CloudRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await OpenStreamAsync(request, cancellationToken).ConfigureAwait(false);
            return new StreamAttempt(response, "the server closed the stream", null, Cancelled: false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new StreamAttempt(null, "cancelled", null, Cancelled: true);
        }
        catch (ParticleRateLimitedException exception)
        {
            return new StreamAttempt(null, "rate limited", exception.RetryAfter, Cancelled: false);
        }
        catch (Exception exception) when (exception is ParticleServerException or ParticleNetworkException or ParticleRequestTimeoutException)
        {
            var reason = exception switch
            {
                ParticleServerException => "server error",
                ParticleRequestTimeoutException => "connect timeout",
                _ => "network error",
            };
            return new StreamAttempt(null, reason, null, Cancelled: false);
        }
    }

    /// <summary>The reply's body stream, or null when the subscription was cancelled while it was being opened.</summary>
    private static async Task<Stream?> ReadStreamBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Logs why the stream ended and waits <paramref name="delay"/>; false when the subscription was cancelled meanwhile.</summary>
    private async Task<bool> WaitBeforeReconnectAsync(CloudRequest request, string reason, TimeSpan delay, CancellationToken cancellationToken)
    {
        ParticleLog.EventStreamReconnecting(_logger, request.Route.Template, reason, delay.TotalMilliseconds);
        try
        {
            await Task.Delay(delay, Time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Opens a stream through the same pipeline as every other call; a non-2xx reply is read and translated like any other failure.</summary>
    private Task<HttpResponseMessage> OpenStreamAsync(CloudRequest request, CancellationToken cancellationToken) =>
        SendAsync(request, static (_, reply) => reply.Response!, cancellationToken);

    /// <summary>
    /// Builds an event from its UTF-8 <c>data:</c> payload, deserialized without a UTF-16 detour. A payload that is
    /// not the cloud's JSON envelope becomes the event's data as text.
    /// </summary>
    private ParticleEvent ToEvent(string eventType, ReadOnlySpan<byte> utf8Data, string routeTemplate)
    {
        if (EventEnvelopeReader.TryRead(eventType, utf8Data, out var read))
        {
            return read!;
        }

        EventDataWire? wire = null;
        try
        {
            wire = JsonSerializer.Deserialize(utf8Data, ParticleJsonContext.Default.EventDataWire);
        }
        catch (JsonException) when (!Utf8.IsValid(utf8Data))
        {
            // The text parser replaced invalid UTF-8 with U+FFFD before parsing; keep that behaviour for such payloads.
            return ToEvent(eventType, Encoding.UTF8.GetString(utf8Data), routeTemplate);
        }
        catch (JsonException)
        {
            ParticleLog.EventDataNotJson(_logger, routeTemplate, eventType);
        }

        if (wire is null)
        {
            return new ParticleEvent { Name = eventType, Data = Encoding.UTF8.GetString(utf8Data) };
        }

        return ToEvent(eventType, wire);
    }

    private ParticleEvent ToEvent(string eventType, string data, string routeTemplate)
    {
        EventDataWire? wire = null;
        try
        {
            wire = JsonSerializer.Deserialize(data, ParticleJsonContext.Default.EventDataWire);
        }
        catch (JsonException)
        {
            ParticleLog.EventDataNotJson(_logger, routeTemplate, eventType);
        }

        return wire is null ? new ParticleEvent { Name = eventType, Data = data } : ToEvent(eventType, wire);
    }

    private static ParticleEvent ToEvent(string eventType, EventDataWire wire) => new()
    {
        Name = eventType,
        Data = wire.Data,
        PublishedAt = wire.PublishedAt,
        DeviceId = wire.CoreId,
        Ttl = wire.Ttl,
        Public = wire.Public,
        ProductId = wire.ProductId,
    };

    private TimeSpan ReconnectDelay(int failures, TimeSpan? serverDelay)
    {
        var initial = _options.EventStreamReconnectDelay;
        var maximum = _options.EventStreamMaxReconnectDelay;
        var exponent = Math.Min(failures - 1, 16);
        var backoff = TimeSpan.FromTicks((long)Math.Min(maximum.Ticks, initial.Ticks * Math.Pow(2, exponent)));

        // Up to 20% jitter so many clients dropped by one outage do not reconnect in lockstep.
        backoff -= TimeSpan.FromTicks((long)(backoff.Ticks * 0.2 * Random.Shared.NextDouble()));
        return serverDelay is { } wait && wait > backoff ? wait : backoff;
    }

    /// <summary>The outcome of one attempt to open an event stream.</summary>
    private readonly record struct StreamAttempt(HttpResponseMessage? Response, string Reason, TimeSpan? ServerDelay, bool Cancelled);
}
