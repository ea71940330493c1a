using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// What generated typed event members call: a typed stream over <see cref="ParticleCloudClient.SubscribeAsync"/>
/// with an exact-name filter on top of the cloud's prefix match, and typed publishes over
/// <see cref="ParticleCloudClient.PublishEventAsync"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleEventStreams
{
    /// <summary>
    /// The events named exactly <paramref name="eventName"/> in <paramref name="scope"/>, decoded by
    /// <paramref name="decode"/>. Data that does not decode gives an item with <see cref="ParticleEvent{T}.PayloadError"/>
    /// (see <see cref="ParticleEventStreamExtensions.ThrowOnPayloadMismatch{T}"/>); the stream goes on. Reconnection and
    /// cancellation are <see cref="ParticleCloudClient.SubscribeAsync"/>'s.
    /// </summary>
    public static async IAsyncEnumerable<ParticleEvent<T>> SubscribeAsync<T>(
        ParticleCloudClient client,
        ParticleEventScope scope,
        string eventName,
        ParticleEventPayloadDecoder<T> decode,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        ArgumentNullException.ThrowIfNull(decode);
        await foreach (var item in client.SubscribeAsync(scope, eventName, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(item.Name, eventName, StringComparison.Ordinal))
            {
                yield return Decode(item, decode);
            }
        }
    }

    /// <summary>Decodes one event (never throws for a payload that does not match).</summary>
    public static ParticleEvent<T> Decode<T>(ParticleEvent item, ParticleEventPayloadDecoder<T> decode)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(decode);
        T? data = default;
        ParticleEventPayloadException? error = null;
        try
        {
            data = decode(item.Name, item.Data);
        }
        catch (ParticleEventPayloadException exception)
        {
            error = exception;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            error = new ParticleEventPayloadException(item.Name, typeof(T).Name, exception.Message, exception);
        }

        return new ParticleEvent<T>
        {
            Name = item.Name,
            Data = data,
            RawData = item.Data,
            PayloadError = error,
            PublishedAt = item.PublishedAt,
            DeviceId = item.DeviceId,
            Ttl = item.Ttl,
            ProductId = item.ProductId,
        };
    }

    /// <summary>Publishes a text payload (private).</summary>
    public static Task PublishAsync(ParticleCloudClient client, string eventName, string? data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PublishEventAsync(eventName, data, isPrivate: true, ttl: null, cancellationToken);
    }

    /// <summary>Publishes a JSON payload written by its record (private).</summary>
    public static Task PublishJsonAsync<T>(ParticleCloudClient client, string eventName, T payload, CancellationToken cancellationToken = default)
        where T : IParticleEventPayload<T>
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(payload);
        return client.PublishEventAsync(eventName, ToJson(payload), isPrivate: true, ttl: null, cancellationToken);
    }

    /// <summary>The payload as the JSON text the firmware writes.</summary>
    public static string ToJson<T>(T payload)
        where T : IParticleEventPayload<T>
    {
        ArgumentNullException.ThrowIfNull(payload);
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            payload.WriteJson(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>Choices for typed event streams.</summary>
public static class ParticleEventStreamExtensions
{
    /// <summary>Ends the stream with the <see cref="ParticleEventPayloadException"/> of the first event whose data does not match its payload type.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="events">A typed stream.</param>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <returns>The events, each with its payload.</returns>
    public static async IAsyncEnumerable<ParticleEvent<T>> ThrowOnPayloadMismatch<T>(
        this IAsyncEnumerable<ParticleEvent<T>> events,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item.PayloadError is { } error)
            {
                throw error;
            }

            yield return item;
        }
    }

    /// <summary>Leaves out the events whose data does not match their payload type.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="events">A typed stream.</param>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <returns>The events that decoded.</returns>
    public static async IAsyncEnumerable<ParticleEvent<T>> SkipPayloadMismatches<T>(
        this IAsyncEnumerable<ParticleEvent<T>> events,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item.PayloadError is null)
            {
                yield return item;
            }
        }
    }
}
