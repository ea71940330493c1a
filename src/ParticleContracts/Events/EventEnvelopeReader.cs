using System.Buffers.Text;
using System.Text.Json;

namespace ParticleContracts.Events;

/// <summary>
/// Reads the cloud's event envelope (<c>{"data","ttl","published_at","coreid","userid","version","public","productID"}</c>)
/// straight into a <see cref="ParticleEvent"/> with a <see cref="Utf8JsonReader"/>: no wire object and
/// no string for fields the event does not keep. It accepts exactly what the serializer's <c>EventDataWire</c> accepts
/// (last duplicate wins, <c>ttl</c> also as a string); anything else returns false and takes the serializer's path.
/// </summary>
internal static class EventEnvelopeReader
{
    public static bool TryRead(string name, ReadOnlySpan<byte> utf8, out ParticleEvent? result)
    {
        result = null;
        string? data = null;
        string? deviceId = null;
        DateTimeOffset? publishedAt = null;
        int? ttl = null;
        bool? isPublic = null;
        int? productId = null;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = Field(ref reader);
                reader.Read();
                var ok = field switch
                {
                    Envelope.Data => TryString(ref reader, out data),
                    Envelope.CoreId => TryString(ref reader, out deviceId),
                    Envelope.UserId => TryString(ref reader, out _, materialize: false),
                    Envelope.PublishedAt => TryDate(ref reader, out publishedAt),
                    Envelope.Ttl => TryTtl(ref reader, out ttl),
                    Envelope.Version => TryInt(ref reader, out _),
                    Envelope.ProductId => TryInt(ref reader, out productId),
                    Envelope.Public => TryBool(ref reader, out isPublic),
                    _ => reader.TrySkip(),
                };
                if (!ok)
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        result = new ParticleEvent
        {
            Name = name,
            Data = data,
            PublishedAt = publishedAt,
            DeviceId = deviceId,
            Ttl = ttl,
            Public = isPublic,
            ProductId = productId,
        };
        return true;
    }

    private enum Envelope
    {
        Other,
        Data,
        Ttl,
        PublishedAt,
        CoreId,
        UserId,
        Version,
        Public,
        ProductId,
    }

    private static Envelope Field(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("data"u8) ? Envelope.Data
        : reader.ValueTextEquals("ttl"u8) ? Envelope.Ttl
        : reader.ValueTextEquals("published_at"u8) ? Envelope.PublishedAt
        : reader.ValueTextEquals("coreid"u8) ? Envelope.CoreId
        : reader.ValueTextEquals("userid"u8) ? Envelope.UserId
        : reader.ValueTextEquals("version"u8) ? Envelope.Version
        : reader.ValueTextEquals("public"u8) ? Envelope.Public
        : reader.ValueTextEquals("productID"u8) ? Envelope.ProductId
        : Envelope.Other;

    private static bool TryString(ref Utf8JsonReader reader, out string? value, bool materialize = true)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = materialize ? reader.GetString() : null;
        return true;
    }

    private static bool TryDate(ref Utf8JsonReader reader, out DateTimeOffset? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var date))
        {
            value = date;
            return true;
        }

        return false;
    }

    private static bool TryInt(ref Utf8JsonReader reader, out int? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    /// <summary>A number, or a string holding one (older streams sent <c>"ttl":"60"</c>).</summary>
    private static bool TryTtl(ref Utf8JsonReader reader, out int? value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return TryInt(ref reader, out value);
        }

        value = null;
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out int number, out var consumed) && consumed == reader.ValueSpan.Length)
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool TryBool(ref Utf8JsonReader reader, out bool? value)
    {
        value = reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => null,
        };
        return value is not null || reader.TokenType == JsonTokenType.Null;
    }
}
