using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Simulator.WebConsole;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// The routes the simulator serves without a token. Everything else is denied by default: every mapped route, the
/// JSON 404 fallback, and requests no route accepts (e.g. a wrong method) must authenticate first.
/// </summary>
/// <remarks>
/// Entries name the matched endpoint's method and route template, not a path: routing has already decoded the path
/// and matched it case-insensitively, so no spelling of a guarded path (<c>/V1/…</c>, <c>/%561/…</c>, <c>//</c>,
/// a trailing slash) can land on an open entry, and an open entry cannot be reached by a guarded path either.
/// </remarks>
internal static class OpenRoutes
{
    private static readonly (string Method, string Template)[] Table =
    [
        // Logging in is how a client gets its first token.
        ("POST", "/oauth/token"),

        // The simulator's web console page and its static files; the page's own calls carry the token.
        ("GET", ConsolePageEndpoints.PageTemplate),
    ];

    /// <summary>True when the request was routed to an endpoint listed in <see cref="Table"/> with a listed method.</summary>
    public static bool Allows(HttpContext context)
    {
        if (Template(context) is not { } template)
        {
            return false;
        }

        var method = context.Request.Method;
        foreach (var entry in Table)
        {
            if (HttpMethods.Equals(entry.Method, method) && string.Equals(entry.Template, template, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The route template of the endpoint routing chose (e.g. <c>/v1/access_tokens/{token}</c>), or null when none matched.</summary>
    public static string? Template(HttpContext context) => (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
}
