using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// Environment variable routes for each scope root — <c>/v1/env</c> (sandbox), <c>/v1/products/:product/env</c>,
/// <c>/v1/orgs/:org/env</c>, <c>/v1/env/:deviceId</c>:
/// <list type="bullet">
/// <item><c>GET {root}</c> — own and inherited variables, last rollout snapshot, (device) what the device runs with</item>
/// <item><c>PATCH {root}</c> — <c>{"ops":[{"op":"Set","key","value"},{"op":"Unset","key"}]}</c>, at most 50, all or nothing</item>
/// <item><c>PUT|DELETE {root}/:key</c> — set (<c>{"value":..}</c>) or remove one variable</item>
/// <item><c>GET {root}/render</c> — the flattened variables after precedence</item>
/// <item><c>GET|POST {root}/rollout</c> — the pending diff; start a rollout (<c>{"when":"Immediate"|"Connect"}</c>)</item>
/// </list>
/// </summary>
internal sealed class EnvironmentEndpoints(CloudState cloud)
{
    private static readonly string[] Roots = ["/v1/env", "/v1/products/{product}/env", "/v1/orgs/{org}/env", "/v1/env/{deviceId}"];

    public void Map(IEndpointRouteBuilder routes)
    {
        foreach (var root in Roots)
        {
            routes.MapGet(root, RejectionReplies.Guard(ListAsync));
            routes.MapPatch(root, RejectionReplies.Guard(PatchAsync));
            routes.MapPut(root + "/{key}", RejectionReplies.Guard(SetAsync));
            routes.MapDelete(root + "/{key}", RejectionReplies.Guard(DeleteAsync));
            routes.MapGet(root + "/render", RejectionReplies.Guard(RenderAsync));
            routes.MapGet(root + "/rollout", RejectionReplies.Guard(PendingRolloutAsync));
            routes.MapPost(root + "/rollout", RejectionReplies.Guard(StartRolloutAsync));
        }
    }

    private EnvironmentStore Store => cloud.Environment;

    private Task ListAsync(HttpContext context) => ReplyListingAsync(context, Scope(context));

    private async Task PatchAsync(HttpContext context)
    {
        var scope = Scope(context);
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        Store.Apply(scope, EnvironmentJson.Operations(fields["ops"]), CloudCaller.Username(context));
        await ReplyListingAsync(context, scope).ConfigureAwait(false);
    }

    private async Task SetAsync(HttpContext context)
    {
        var scope = Scope(context);
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var value = fields["value"] ?? throw CloudRejection.BadRequest("The request body needs a string \"value\".");
        Store.Apply(scope, [new EnvironmentOperation(true, Key(context), value)], CloudCaller.Username(context));
        await ReplyListingAsync(context, scope).ConfigureAwait(false);
    }

    private Task DeleteAsync(HttpContext context)
    {
        var scope = Scope(context);
        var key = Key(context);
        if (!Store.Contains(scope, key))
        {
            throw CloudRejection.NotFound($"Environment variable {key} not found");
        }

        Store.Apply(scope, [new EnvironmentOperation(false, key, null)], CloudCaller.Username(context));
        return ReplyListingAsync(context, scope);
    }

    private Task RenderAsync(HttpContext context)
    {
        var (values, lastUpdatedAt, snapshot) = Store.Render(Scope(context));
        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, EnvironmentJson.Render(values, lastUpdatedAt, snapshot));
    }

    private Task PendingRolloutAsync(HttpContext context)
    {
        var (fromSnapshot, fromDevice) = Store.PendingRollout(Scope(context));
        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, EnvironmentJson.Rollout(fromSnapshot, fromDevice));
    }

    private async Task StartRolloutAsync(HttpContext context)
    {
        var scope = Scope(context);
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var when = fields["when"];
        var immediate = string.Equals(when, "Immediate", StringComparison.Ordinal)
            ? true
            : string.Equals(when, "Connect", StringComparison.Ordinal) ? false : throw CloudRejection.BadRequest("\"when\" must be Immediate or Connect.");
        Store.StartRollout(scope, immediate, CloudCaller.Username(context));
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["success"] = true }).ConfigureAwait(false);
    }

    private Task ReplyListingAsync(HttpContext context, EnvironmentScope scope) =>
        CloudReplies.WriteAsync(context, StatusCodes.Status200OK, EnvironmentJson.Listing(Store.Describe(scope)));

    private EnvironmentScope Scope(HttpContext context)
    {
        var username = CloudCaller.Username(context);
        var values = context.Request.RouteValues;
        if (values.TryGetValue("product", out var product))
        {
            return Store.Scopes.Product((string)product!, username);
        }

        if (values.TryGetValue("org", out var org))
        {
            return Store.Scopes.Organization((string)org!, username);
        }

        return values.TryGetValue("deviceId", out var device)
            ? Store.Scopes.Device((string)device!, username)
            : EnvironmentScopes.Sandbox(username);
    }

    private static string Key(HttpContext context) => (string)context.Request.RouteValues["key"]!;
}
