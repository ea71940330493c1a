using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// The payload decoders generated typed streams use: JSON objects (<see cref="IParticleEventPayload{TSelf}"/>), text,
/// numbers and flags written as text, and binary data in the forms the cloud delivers it — the data URL
/// <c>data:application/octet-stream;base64,…</c>, the structured <c>{"_type":"buffer","_data":"…"}</c>, or bare base64.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleEventPayloads
{
    private const int StackTranscodeLimit = 512;

    /// <summary>The data as text (empty when the event had none; <see cref="ParticleEvent{T}.RawData"/> is null then).</summary>
    public static string Text(string eventName, string? data) => data ?? string.Empty;

    /// <summary>A JSON object read by the payload record.</summary>
    public static T Json<T>(string eventName, string? data)
        where T : IParticleEventPayload<T>
    {
        if (string.IsNullOrEmpty(data))
        {
            throw Mismatch<T>(eventName, "the event has no data");
        }

        // Transcoded into a stack or pooled buffer: the record copies every string and element it keeps.
        var maxBytes = Encoding.UTF8.GetMaxByteCount(data.Length);
        byte[]? rented = null;
        var buffer = maxBytes <= StackTranscodeLimit ? stackalloc byte[maxBytes] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var length = Encoding.UTF8.GetBytes(data, buffer);
            return ReadObject<T>(eventName, buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>A whole number written as text (<c>String(count)</c>).</summary>
    public static int WholeNumber(string eventName, string? data) =>
        int.TryParse(data, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Mismatch<int>(eventName, "not a 32-bit integer");

    /// <summary>A whole number written as text that may exceed 32 bits (<c>%lu</c>, <c>uint32_t</c>).</summary>
    public static long LongNumber(string eventName, string? data) =>
        long.TryParse(data, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Mismatch<long>(eventName, "not an integer");

    /// <summary>A number written as text (<c>String(temperature)</c>, <c>%.1f</c>).</summary>
    public static double Number(string eventName, string? data) =>
        double.TryParse(data, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Mismatch<double>(eventName, "not a number");

    /// <summary>A flag written as text: <c>true</c>/<c>false</c> (any case) or <c>1</c>/<c>0</c>.</summary>
    public static bool Flag(string eventName, string? data) => data?.Trim() switch
    {
        "1" => true,
        "0" => false,
        { } text when bool.TryParse(text, out var value) => value,
        _ => throw Mismatch<bool>(eventName, "not true/false"),
    };

    /// <summary>Binary data: a base64 data URL, a structured buffer object, or bare base64.</summary>
    public static byte[] Bytes(string eventName, string? data)
    {
        if (data is null)
        {
            return [];
        }

        var text = data.Trim();
        try
        {
            if (text.StartsWith("data:", StringComparison.Ordinal))
            {
                var comma = text.IndexOf(',', StringComparison.Ordinal);
                if (comma < 0 || !text.AsSpan(0, comma).EndsWith(";base64", StringComparison.Ordinal))
                {
                    throw Mismatch<byte[]>(eventName, "a data URL that is not base64");
                }

                return Convert.FromBase64String(text[(comma + 1)..]);
            }

            if (text.StartsWith('{'))
            {
                return StructuredBuffer(eventName, text);
            }

            return Convert.FromBase64String(text);
        }
        catch (FormatException exception)
        {
            throw new ParticleEventPayloadException(eventName, "byte[]", "the data is not base64", exception);
        }
    }

    private static byte[] StructuredBuffer(string eventName, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("_type", out var type) && type.ValueKind == JsonValueKind.String && type.ValueEquals("buffer")
                && root.TryGetProperty("_data", out var bytes) && bytes.ValueKind == JsonValueKind.String)
            {
                return bytes.GetBytesFromBase64();
            }
        }
        catch (JsonException exception)
        {
            throw new ParticleEventPayloadException(eventName, "byte[]", "the data is not a buffer object", exception);
        }

        throw Mismatch<byte[]>(eventName, "a JSON object that is not {\"_type\":\"buffer\",\"_data\":\"…\"}");
    }

    private static T ReadObject<T>(string eventName, ReadOnlySpan<byte> utf8)
        where T : IParticleEventPayload<T>
    {
        var reader = new Utf8JsonReader(utf8);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw Mismatch<T>(eventName, "the data is not a JSON object");
            }

            var payload = T.ReadJson(ref reader);
            if (reader.Read())
            {
                throw Mismatch<T>(eventName, "text follows the JSON object");
            }

            return payload;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            throw new ParticleEventPayloadException(eventName, typeof(T).Name, exception.Message, exception);
        }
    }

    private static ParticleEventPayloadException Mismatch<T>(string eventName, string reason) => new(eventName, typeof(T).Name, reason);
}
