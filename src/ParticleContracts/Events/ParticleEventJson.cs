using System.ComponentModel;
using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// Reading helpers for generated payload records (<see cref="IParticleEventPayload{TSelf}.ReadJson"/>): each reads one
/// property value after its name, with the JSON type the firmware writes; a value of another type throws
/// <see cref="JsonException"/>, which the stream reports as a payload error.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleEventJson
{
    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("the JSON object is not closed");
        }

        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Skips the value of the current property.</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>A 32-bit integer value.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader) => Value(ref reader, JsonTokenType.Number).GetInt32();

    /// <summary>A 64-bit integer value.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader) => Value(ref reader, JsonTokenType.Number).GetInt64();

    /// <summary>A number.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader) => Value(ref reader, JsonTokenType.Number).GetDouble();

    /// <summary>A string (null for JSON null).</summary>
    public static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"expected a string, found {reader.TokenType}"),
        };
    }

    /// <summary>A flag.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"expected true or false, found {reader.TokenType}"),
        };
    }

    /// <summary>Any JSON value, as an element that owns its memory.</summary>
    public static JsonElement ReadElement(ref Utf8JsonReader reader)
    {
        reader.Read();
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>A flag or null, for a field the firmware writes only on some paths.</summary>
    public static bool? ReadNullableBoolean(ref Utf8JsonReader reader) => NextIsNull(ref reader) ? null : CurrentBoolean(ref reader);

    /// <summary>A 32-bit integer or null, for a field the firmware writes only on some paths.</summary>
    public static int? ReadNullableInt32(ref Utf8JsonReader reader) => NextIsNull(ref reader) ? null : Current(ref reader, JsonTokenType.Number).GetInt32();

    /// <summary>A 64-bit integer or null, for a field the firmware writes only on some paths.</summary>
    public static long? ReadNullableInt64(ref Utf8JsonReader reader) => NextIsNull(ref reader) ? null : Current(ref reader, JsonTokenType.Number).GetInt64();

    /// <summary>A number or null, for a field the firmware writes only on some paths.</summary>
    public static double? ReadNullableDouble(ref Utf8JsonReader reader) => NextIsNull(ref reader) ? null : Current(ref reader, JsonTokenType.Number).GetDouble();

    /// <summary>Any JSON value, or null for JSON null, for a field the firmware writes only on some paths.</summary>
    public static JsonElement? ReadNullableElement(ref Utf8JsonReader reader) => NextIsNull(ref reader) ? null : JsonElement.ParseValue(ref reader);

    /// <summary>A nested object read by its generated record, or null for JSON null.</summary>
    /// <typeparam name="T">The nested payload record.</typeparam>
    public static T? ReadObject<T>(ref Utf8JsonReader reader)
        where T : class, IParticleEventPayload<T>
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.StartObject => T.ReadJson(ref reader),
            _ => throw new JsonException($"expected an object, found {reader.TokenType}"),
        };
    }

    /// <summary>A nested object that may not be null (an item of an array of objects).</summary>
    /// <typeparam name="T">The nested payload record.</typeparam>
    public static T ReadRequiredObject<T>(ref Utf8JsonReader reader)
        where T : class, IParticleEventPayload<T> =>
        ReadObject<T>(ref reader) ?? throw new JsonException("expected an object, found Null");

    /// <summary>An array whose items <paramref name="item"/> reads, or null for JSON null.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    public static IReadOnlyList<T>? ReadList<T>(ref Utf8JsonReader reader, ParticleJsonValueReader<T> item)
    {
        ArgumentNullException.ThrowIfNull(item);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array, found {reader.TokenType}");
        }

        var items = new List<T>();
        while (true)
        {
            // The item readers move to their value themselves, so look one token ahead on a copy.
            var ahead = reader;
            if (!ahead.Read())
            {
                throw new JsonException("the JSON array is not closed");
            }

            if (ahead.TokenType == JsonTokenType.EndArray)
            {
                reader = ahead;
                return items;
            }

            items.Add(item(ref reader));
        }
    }

    /// <summary>Writes a nested object property (null as JSON null).</summary>
    /// <typeparam name="T">The nested payload record.</typeparam>
    public static void WriteObject<T>(Utf8JsonWriter writer, string name, T? value)
        where T : class, IParticleEventPayload<T>
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteJson(writer);
        }
    }

    /// <summary>Writes an array property whose items <paramref name="item"/> writes (null as JSON null).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    public static void WriteList<T>(Utf8JsonWriter writer, string name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T> item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        writer.WritePropertyName(name);
        if (items is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartArray();
        foreach (var value in items)
        {
            item(writer, value);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a JSON-valued property; an element never read (<see cref="JsonValueKind.Undefined"/>) is written as null.</summary>
    public static void WriteElement(Utf8JsonWriter writer, string name, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(name);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.WriteTo(writer);
        }
    }

    private static bool NextIsNull(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null;
    }

    private static bool CurrentBoolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw new JsonException($"expected true or false, found {reader.TokenType}"),
    };

    private static ref Utf8JsonReader Value(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        reader.Read();
        return ref Current(ref reader, expected);
    }

    private static ref Utf8JsonReader Current(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new JsonException($"expected a {expected}, found {reader.TokenType}");
        }

        return ref reader;
    }
}

/// <summary>Reads one JSON value (the reader moves to it first); generated payload records pass <see cref="ParticleEventJson"/> readers.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="reader">The reader, before the value.</param>
/// <returns>The value.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T ParticleJsonValueReader<T>(ref Utf8JsonReader reader);
