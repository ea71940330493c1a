using System.Text.RegularExpressions;

namespace ParticleContracts.Http;

/// <summary>A request path with its template. Logs, traces and exception messages use <see cref="Template"/> only.</summary>
internal sealed record CloudRoute(string Template, string Path);

/// <summary>Builds the Particle Cloud API routes, percent-encoding every path segment.</summary>
internal static partial class CloudRoutes
{
    public static CloudRoute Devices(string? product) => product is null
        ? new("/v1/devices", "/v1/devices")
        : new("/v1/products/{product}/devices", $"/v1/products/{Segment(product, nameof(product))}/devices");

    public static CloudRoute Device(string? product, string deviceIdOrName)
    {
        if (product is null)
        {
            return new("/v1/devices/{deviceIdOrName}", $"/v1/devices/{Segment(deviceIdOrName, nameof(deviceIdOrName))}");
        }

        return new("/v1/products/{product}/devices/{deviceId}", $"/v1/products/{Segment(product, nameof(product))}/devices/{ProductDeviceSegment(deviceIdOrName)}");
    }

    public static CloudRoute Variable(string? product, string deviceIdOrName, string variableName)
    {
        var device = Device(product, deviceIdOrName);
        return new(device.Template + "/{variableName}", device.Path + "/" + Segment(variableName, nameof(variableName)));
    }

    public static CloudRoute Function(string? product, string deviceIdOrName, string functionName)
    {
        var device = Device(product, deviceIdOrName);
        return new(device.Template + "/{functionName}", device.Path + "/" + Segment(functionName, nameof(functionName)));
    }

    public static CloudRoute Publish(string? product) => product is null
        ? new("/v1/devices/events", "/v1/devices/events")
        : new("/v1/products/{product}/events", $"/v1/products/{Segment(product, nameof(product))}/events");

    public static CloudRoute EventStream(ParticleEventScope scope, string? configuredProduct, string? namePrefix)
    {
        CloudRoute root = scope.Kind switch
        {
            ParticleEventScopeKind.MyDevices => new("/v1/devices/events", "/v1/devices/events"),
            ParticleEventScopeKind.Device => DeviceEvents(configuredProduct, scope.DeviceIdOrName!),
            ParticleEventScopeKind.Product => ProductEvents(scope.Product ?? configuredProduct
                ?? throw new ArgumentException("A product event stream needs a product: pass one to ParticleEventScope.ForProduct or set ParticleCloudOptions.Product.", nameof(scope))),
            ParticleEventScopeKind.Public => new("/v1/events", "/v1/events"),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Kind, "Unknown event scope."),
        };

        if (string.IsNullOrEmpty(namePrefix))
        {
            if (scope.Kind == ParticleEventScopeKind.Public)
            {
                throw new ArgumentException("The public event stream needs an event name prefix (bare /v1/events is rejected by the cloud).", nameof(namePrefix));
            }

            return root;
        }

        return new(root.Template + "/{eventPrefix}", root.Path + "/" + Segment(namePrefix, nameof(namePrefix)));
    }

    public static CloudRoute OAuthToken { get; } = new("/oauth/token", "/oauth/token");

    public static CloudRoute CurrentToken { get; } = new("/v1/access_tokens/current", "/v1/access_tokens/current");

    public static CloudRoute AllTokens { get; } = new("/v1/access_tokens", "/v1/access_tokens");

    public static CloudRoute Token(string token) => new("/v1/access_tokens/{token}", "/v1/access_tokens/" + Segment(token, nameof(token)));

    public static bool IsDeviceId(string value) => DeviceIdPattern().IsMatch(value);

    private static CloudRoute DeviceEvents(string? product, string deviceIdOrName)
    {
        var device = Device(product, deviceIdOrName);
        return new(device.Template + "/events", device.Path + "/events");
    }

    private static CloudRoute ProductEvents(string product) =>
        new("/v1/products/{product}/events", $"/v1/products/{Segment(product, nameof(product))}/events");

    private static string ProductDeviceSegment(string deviceIdOrName)
    {
        if (!IsDeviceId(deviceIdOrName))
        {
            throw new ArgumentException($"Product routes address devices by their 24-hex-digit ID; '{deviceIdOrName}' is not a device ID.", nameof(deviceIdOrName));
        }

        return deviceIdOrName;
    }

    /// <summary>Percent-encodes one path segment (spaces, '/', '?', '#', unicode...).</summary>
    private static string Segment(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (value is "." or "..")
        {
            // Dot segments would be collapsed by URI normalization and address a different resource.
            throw new ArgumentException($"'{value}' is not a valid name for a path segment.", parameterName);
        }

        return Uri.EscapeDataString(value);
    }

    [GeneratedRegex("^[0-9a-fA-F]{24}$", RegexOptions.CultureInvariant)]
    private static partial Regex DeviceIdPattern();
}
