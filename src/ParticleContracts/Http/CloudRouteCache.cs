using System.Collections.Concurrent;

namespace ParticleContracts.Http;

/// <summary>
/// Routes and absolute URIs a client has built before. A proxy reads the same variables and calls the same functions
/// of one device again and again; escaping the segments and parsing the URI once per route instead of once per call
/// saves most of a request's own allocations. Bounded: past <see cref="Capacity"/> entries a map starts over.
/// </summary>
internal sealed class CloudRouteCache(string root)
{
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<(CloudOperation Operation, string Device, string Member), CloudRoute> _members = new();
    private readonly ConcurrentDictionary<string, Uri> _uris = new(StringComparer.Ordinal);

    /// <summary>The route of a variable read or function call on <paramref name="device"/>, for a client with a fixed product.</summary>
    public CloudRoute Member(CloudOperation operation, string? product, string device, string member)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(member);
        var key = (operation, device, member);
        if (_members.TryGetValue(key, out var route))
        {
            return route;
        }

        // Built (and validated) outside the map so an invalid name throws and caches nothing.
        route = operation == CloudOperation.GetVariable
            ? CloudRoutes.Variable(product, device, member)
            : CloudRoutes.Function(product, device, member);
        Bound(_members);
        return _members.GetOrAdd(key, route);
    }

    /// <summary>The absolute URI of a route without a query string.</summary>
    public Uri UriOf(CloudRoute route)
    {
        if (_uris.TryGetValue(route.Path, out var uri))
        {
            return uri;
        }

        uri = new Uri(root + route.Path, UriKind.Absolute);
        Bound(_uris);
        return _uris.GetOrAdd(route.Path, uri);
    }

    private static void Bound<TKey, TValue>(ConcurrentDictionary<TKey, TValue> map)
        where TKey : notnull
    {
        if (map.Count >= Capacity)
        {
            map.Clear();
        }
    }
}
