using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>Event routes: publishing (<c>POST /v1/devices/events</c>, <c>POST /v1/products/:p/events</c>) and the SSE streams.</summary>
internal sealed class EventEndpoints(CloudState cloud, IHostApplicationLifetime lifetime)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/events", FirehoseAsync);
        routes.MapGet("/v1/events/{**prefix}", context => StreamAsync(context, EventScope.Public));
        routes.MapGet("/v1/devices/events", context => StreamAsync(context, EventScope.Mine));
        routes.MapGet("/v1/devices/events/{**prefix}", context => StreamAsync(context, EventScope.Mine));
        routes.MapGet("/v1/devices/{idOrName}/events", context => StreamAsync(context, EventScope.Device));
        routes.MapGet("/v1/devices/{idOrName}/events/{**prefix}", context => StreamAsync(context, EventScope.Device));
        routes.MapGet("/v1/products/{product}/events", context => StreamAsync(context, EventScope.Product));
        routes.MapGet("/v1/products/{product}/events/{**prefix}", context => StreamAsync(context, EventScope.Product));
        routes.MapGet("/v1/products/{product}/devices/{idOrName}/events", context => StreamAsync(context, EventScope.Device));
        routes.MapGet("/v1/products/{product}/devices/{idOrName}/events/{**prefix}", context => StreamAsync(context, EventScope.Device));
        routes.MapPost("/v1/devices/events", context => PublishAsync(context, productScoped: false));
        routes.MapPost("/v1/products/{product}/events", context => PublishAsync(context, productScoped: true));
    }

    /// <summary>The public firehose was retired in 2018; the cloud answers a bare <c>/v1/events</c> with 400.</summary>
    private static Task FirehoseAsync(HttpContext context) =>
        CloudReplies.BadRequestAsync(context, "Subscribing to all public events is not supported; add an event name prefix: /v1/events/:prefix");

    private async Task PublishAsync(HttpContext context, bool productScoped)
    {
        int? productId = null;
        if (productScoped)
        {
            productId = await DeviceEndpoints.ResolveProductAsync(context, cloud).ConfigureAwait(false);
            if (productId is null)
            {
                return;
            }
        }

        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var name = fields["name"];
        var data = fields["data"];
        if (EventLimits.Problem(cloud.Options, name, data) is { } problem)
        {
            await CloudReplies.BadRequestAsync(context, problem).ConfigureAwait(false);
            return;
        }

        // Events are private unless the caller asks for a public one.
        var isPublic = string.Equals(fields["private"], "false", StringComparison.OrdinalIgnoreCase);
        var ttl = int.TryParse(fields["ttl"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var requestedTtl) && requestedTtl > 0 ? requestedTtl : 60;
        cloud.Publish(new SimulatedEvent(name!, data, ttl, cloud.Now, "api", isPublic, productId)
        {
            Owner = productScoped ? null : CloudCaller.Username(context),
        });
        await CloudReplies.OkAsync(context).ConfigureAwait(false);
    }

    private async Task StreamAsync(HttpContext context, EventScope scope)
    {
        var username = CloudCaller.Username(context);
        var routeValues = context.Request.RouteValues;
        // A '/' in the prefix arrives percent-encoded (%2F), which routing leaves as it is.
        var prefix = routeValues.TryGetValue("prefix", out var p) && p is string s ? Uri.UnescapeDataString(s) : string.Empty;
        int? productId = null;
        if (routeValues.ContainsKey("product"))
        {
            productId = await DeviceEndpoints.ResolveProductAsync(context, cloud).ConfigureAwait(false);
            if (productId is null)
            {
                return;
            }
        }

        string? deviceId = null;
        if (scope == EventScope.Device)
        {
            var idOrName = (string)routeValues["idOrName"]!;
            var device = cloud.Find(idOrName, username, allowName: productId is null);
            if (device is null || (productId is null ? device.Owner != username : device.ProductId != productId))
            {
                await CloudReplies.PermissionDeniedAsync(context).ConfigureAwait(false);
                return;
            }

            deviceId = device.Id;
        }

        // Subscribe before ":ok" goes out, so an event published after the client saw ":ok" is never missed.
        using var subscription = cloud.Events.Subscribe(new EventFilter(scope, username, prefix, deviceId, productId));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Connection = "keep-alive";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, subscription.Dropped, lifetime.ApplicationStopping);
        try
        {
            await new EventStreamWriter(response.BodyWriter, cloud.Options.KeepAliveInterval)
                .RunAsync(subscription.Reader, stop.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Client gone, stream dropped by fault injection, or shutdown.
        }

        if (subscription.Dropped.IsCancellationRequested)
        {
            // A drop is a network failure, not a clean end of stream.
            context.Abort();
        }
    }
}
