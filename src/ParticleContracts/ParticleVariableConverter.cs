using System.Text.Json;

namespace ParticleContracts;

/// <summary>
/// Converts a variable's JSON <c>result</c> to the .NET type a proxy asks for. Internal: callers read typed values
/// with <see cref="ParticleCloudClient.GetVariableAsync{T}"/> and raw ones from <see cref="ParticleVariableResult.Result"/>.
/// </summary>
internal static class ParticleVariableConverter
{
    /// <summary>Whether <typeparamref name="T"/> is a type variables can be read as.</summary>
    public static bool IsSupported<T>() =>
        typeof(T) == typeof(int) || typeof(T) == typeof(double) || typeof(T) == typeof(bool) || typeof(T) == typeof(string);

    /// <summary>Throws <see cref="NotSupportedException"/> unless <typeparamref name="T"/> is int, double, bool or string.</summary>
    public static void EnsureSupported<T>()
    {
        if (!IsSupported<T>())
        {
            throw new NotSupportedException($"Particle variables can be read as int, double, bool or string, not {typeof(T).Name}. Use the untyped GetVariableAsync for the raw JSON.");
        }
    }

    /// <summary>Converts <paramref name="result"/> to <typeparamref name="T"/> or throws <see cref="ParticleVariableTypeException"/>.</summary>
    public static T Convert<T>(ParticleVariableResult result, string? deviceIdOrName, string variableName, string? method = null, string? routeTemplate = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        EnsureSupported<T>();
        return Convert<T>(result.Result, deviceIdOrName, variableName, method, routeTemplate);
    }

    /// <summary>The client's typed read: the route template comes from the request, and only when the value does not fit.</summary>
    internal static T Convert<T>(JsonElement value, string? deviceIdOrName, string variableName, string method, Http.CloudRequest request)
    {
        if (TryConvert<T>(value, out var converted))
        {
            return converted;
        }

        throw Mismatch<T>(value, deviceIdOrName, variableName, method, request.Route.Template);
    }

    private static T Convert<T>(JsonElement value, string? deviceIdOrName, string variableName, string? method, string? routeTemplate) =>
        TryConvert<T>(value, out var converted) ? converted : throw Mismatch<T>(value, deviceIdOrName, variableName, method, routeTemplate);

    private static bool TryConvert<T>(JsonElement value, out T converted)
    {
        if (typeof(T) == typeof(int) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            converted = (T)(object)number;
            return true;
        }

        // A number beyond the double range (1e400) parses as infinity; it does not fit a double any more than an int.
        if (typeof(T) == typeof(double) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var real) && double.IsFinite(real))
        {
            converted = (T)(object)real;
            return true;
        }

        if (typeof(T) == typeof(bool) && value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            converted = (T)(object)value.GetBoolean();
            return true;
        }

        if (typeof(T) == typeof(string) && value.ValueKind == JsonValueKind.String)
        {
            converted = (T)(object)value.GetString()!;
            return true;
        }

        converted = default!;
        return false;
    }

    private static ParticleVariableTypeException Mismatch<T>(JsonElement value, string? deviceIdOrName, string variableName, string? method, string? routeTemplate) =>
        Http.CloudErrorTranslator.TypeMismatch(typeof(T), value, deviceIdOrName, variableName, method, routeTemplate);

    /// <summary>The same conversion as <see cref="TryConvert{T}(JsonElement, out T)"/>, from the reader's current token.</summary>
    internal static bool TryConvert<T>(ref Utf8JsonReader reader, out T converted)
    {
        var token = reader.TokenType;
        if (typeof(T) == typeof(int) && token == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            converted = (T)(object)number;
            return true;
        }

        if (typeof(T) == typeof(double) && token == JsonTokenType.Number && reader.TryGetDouble(out var real) && double.IsFinite(real))
        {
            converted = (T)(object)real;
            return true;
        }

        if (typeof(T) == typeof(bool) && token is JsonTokenType.True or JsonTokenType.False)
        {
            converted = (T)(object)(token == JsonTokenType.True);
            return true;
        }

        if (typeof(T) == typeof(string) && token == JsonTokenType.String)
        {
            converted = (T)(object)reader.GetString()!;
            return true;
        }

        converted = default!;
        return false;
    }
}
