using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// Encodes typed values as the argument string a firmware handler parses: numbers in the invariant culture (never
/// <c>1,5</c>), positional fields joined with the handler's separator, JSON objects with escaped keys and values.
/// Generated typed function members call these; they are ordinary methods, usable by hand too.
/// </summary>
public static class ParticleFunctionArguments
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A whole number, as <c>atoi</c>/<c>String::toInt</c> read it: <c>-12</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The argument text.</returns>
    public static string WholeNumber(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number, as <c>atof</c>/<c>String::toFloat</c> read it: <c>1.5</c>, never <c>1,5</c>.</summary>
    /// <param name="value">The value; must be finite.</param>
    /// <returns>The argument text (the shortest text that reads back as the same double).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static string Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A firmware number argument must be finite.");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A boolean positional field: <c>1</c> or <c>0</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The argument text.</returns>
    public static string Boolean(bool value) => value ? "1" : "0";

    /// <summary>Positional fields joined with <paramref name="separator"/>: <c>255,0,0</c>.</summary>
    /// <param name="separator">The text the handler splits at.</param>
    /// <param name="fields">The already-encoded fields, in order.</param>
    /// <returns>The argument text.</returns>
    /// <exception cref="ArgumentException">A field contains the separator (the handler would split it).</exception>
    public static string Fields(string separator, params string[] fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(separator);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(fields[i], nameof(fields));
            if (fields[i].Contains(separator, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Field {i + 1} contains the separator '{separator}', so the firmware would read it as two fields.", nameof(fields));
            }
        }

        return string.Join(separator, fields);
    }

    /// <summary>A JSON object with the given fields, in order: <c>{"threshold":5,"mode":"eco"}</c>.</summary>
    /// <param name="fields">The fields.</param>
    /// <returns>The argument text (UTF-8 friendly: non-ASCII characters are kept, quotes, backslashes and control characters escaped).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number field is NaN or infinite.</exception>
    public static string Json(params ParticleJsonArgument[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                writer.WritePropertyName(field.Name);
                switch (field.Value)
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case long integer:
                        writer.WriteNumberValue(integer);
                        break;
                    case double number:
                        writer.WriteRawValue(Number(number), skipInputValidation: true);
                        break;
                    case bool boolean:
                        writer.WriteBooleanValue(boolean);
                        break;
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
