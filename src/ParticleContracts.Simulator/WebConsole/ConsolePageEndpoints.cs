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

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/console", context => ServeAsync(context, "index.html"));
        routes.MapGet("/console/{file}", context => ServeAsync(context, (string)context.Request.RouteValues["file"]!));
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
