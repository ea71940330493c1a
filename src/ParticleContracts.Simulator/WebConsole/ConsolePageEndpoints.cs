using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Simulator.Http;

namespace ParticleContracts.Simulator.WebConsole;

/// <summary>
/// The console's page shell: static files only, served without a token. The page shows a login prompt until it holds
/// a token, and all data comes from token-authenticated calls (<c>/v1</c>, <see cref="ConsoleDeviceEndpoints"/> and <see cref="ConsoleCloudEndpoints"/>).
/// </summary>
internal sealed class ConsolePageEndpoints(ConsoleAssets assets)
{
    // The page runs only its own scripts and talks only to its own origin; it may not be framed.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary><c>/console</c> (the page) and <c>/console/&lt;file&gt;</c> (its scripts and styles).</summary>
    public const string PageTemplate = "/console/{file?}";

    public void Map(IEndpointRouteBuilder routes)
    {
        // One template for the page and its files, so the token-free shell is a single entry wherever routes are listed.
        routes.MapGet(PageTemplate, context => ServeAsync(context, context.Request.RouteValues["file"] as string ?? "index.html"));
    }

    private Task ServeAsync(HttpContext context, string fileName)
    {
        if (assets.Find(fileName) is not { } asset)
        {
            return CloudReplies.NotFoundAsync(context, "Not Found");
        }

        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Bytes.Length;
        return response.Body.WriteAsync(asset.Bytes, context.RequestAborted).AsTask();
    }
}
