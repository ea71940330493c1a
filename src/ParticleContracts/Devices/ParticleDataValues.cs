using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParticleContracts;

/// <summary>
/// Reads and writes the values of generated ledger records and environment records. Ledger values are JSON; a value
/// of another type than the firmware's reads as null, as <c>Variant</c> conversion would fail on the device.
/// Environment values are strings with the firmware's exact encodings: ints in invariant decimal (32-bit signed), bools
/// exactly <c>true</c>/<c>false</c>; anything else decodes to null, as <c>System.getEnv(name, int&amp;)</c> fails on it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleDataValues
{
    /// <summary>The key as an <see cref="int"/>, or null.</summary>
    public static int? GetInt32(JsonObject? data, string key) => Number(data, key) is { } element && element.TryGetInt32(out var value) ? value : null;

    /// <summary>The key as a <see cref="uint"/>, or null.</summary>
    public static uint? GetUInt32(JsonObject? data, string key) => Number(data, key) is { } element && element.TryGetUInt32(out var value) ? value : null;

    /// <summary>The key as a <see cref="long"/>, or null.</summary>
    public static long? GetInt64(JsonObject? data, string key) => Number(data, key) is { } element && element.TryGetInt64(out var value) ? value : null;

    /// <summary>The key as a <see cref="ulong"/>, or null.</summary>
    public static ulong? GetUInt64(JsonObject? data, string key) => Number(data, key) is { } element && element.TryGetUInt64(out var value) ? value : null;

    /// <summary>The key as a <see cref="double"/>, or null.</summary>
    public static double? GetDouble(JsonObject? data, string key) => Number(data, key) is { } element && element.TryGetDouble(out var value) ? value : null;

    /// <summary>The key as a <see cref="bool"/>, or null.</summary>
    public static bool? GetBoolean(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValueKind() == JsonValueKind.True : null;

    /// <summary>The key as a <see cref="string"/>, or null.</summary>
    public static string? GetString(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The key as a JSON object (a copy), or null.</summary>
    public static JsonObject? GetObject(JsonObject? data, string key) => data?[key] is JsonObject value ? (JsonObject)value.DeepClone() : null;

    /// <summary>The key as a JSON array (a copy), or null.</summary>
    public static JsonArray? GetArray(JsonObject? data, string key) => data?[key] is JsonArray value ? (JsonArray)value.DeepClone() : null;

    /// <summary>The key's value of any kind (a copy), or null.</summary>
    public static JsonNode? GetNode(JsonObject? data, string key) => data?[key]?.DeepClone();

    /// <summary>Sets <paramref name="key"/> to <paramref name="value"/> unless it is null.</summary>
    public static void Set(JsonObject data, string key, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (value is not null)
        {
            data[key] = value.Parent is null ? value : value.DeepClone();
        }
    }

    /// <summary>An int as <c>System.getEnv(name, int&amp;)</c> reads it: invariant decimal.</summary>
    public static string? EncodeEnvironment(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A bool as <c>System.getEnv(name, bool&amp;)</c> reads it: <c>true</c> or <c>false</c>.</summary>
    public static string? EncodeEnvironment(bool? value) => value is null ? null : value.Value ? "true" : "false";

    /// <summary>A string, unchanged.</summary>
    public static string? EncodeEnvironment(string? value) => value;

    /// <summary>The variable as the firmware's int decoder reads it (optional '-', decimal digits, 32-bit), or null.</summary>
    public static int? DecodeEnvironmentInt32(IReadOnlyDictionary<string, string>? values, string key)
    {
        if (values is null || !values.TryGetValue(key, out var text) || text.Length == 0)
        {
            return null;
        }

        var digits = text[0] == '-' ? text.AsSpan(1) : text.AsSpan();
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }
        }

        return digits.Length > 0 && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The variable as the firmware's bool decoder reads it (exactly <c>true</c> or <c>false</c>), or null.</summary>
    public static bool? DecodeEnvironmentBoolean(IReadOnlyDictionary<string, string>? values, string key) =>
        values is not null && values.TryGetValue(key, out var text) ? text switch { "true" => true, "false" => false, _ => null } : null;

    /// <summary>The variable's string, or null.</summary>
    public static string? DecodeEnvironmentString(IReadOnlyDictionary<string, string>? values, string key) =>
        values is not null && values.TryGetValue(key, out var text) ? text : null;

    private static JsonElement? Number(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<JsonElement>() : null;
}
