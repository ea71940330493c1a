using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// Ledger routes, in the sandbox (<c>/v1/ledgers...</c>) and in an organization (<c>/v1/orgs/:org/ledgers...</c>):
/// <list type="bullet">
/// <item><c>GET|POST /ledgers</c> — list (<c>?scope&amp;archived&amp;page&amp;per_page</c>) and create (<c>{"ledger":{name,description,scope,direction}}</c>)</item>
/// <item><c>GET|PUT|DELETE /ledgers/:name</c> — read, update the description, archive</item>
/// <item><c>GET /ledgers/:name/instances</c> — list instances (<c>?page&amp;per_page</c>)</item>
/// <item><c>GET|PUT|DELETE /ledgers/:name/instances/:scopeValue</c> — read, write (<c>?set_mode=Replace|Merge</c>, <c>{"instance":{"data":{...}}}</c>), delete</item>
/// <item><c>GET /ledgers/:name/instances/:scopeValue/versions[/:version]</c> — history (<c>?replaced_before&amp;replaced_after</c>)</item>
/// </list>
/// </summary>
internal sealed class LedgerEndpoints(CloudState cloud)
{
    private static readonly string[] Prefixes = ["/v1", "/v1/orgs/{org}"];

    public void Map(IEndpointRouteBuilder routes)
    {
        foreach (var prefix in Prefixes)
        {
            var ledgers = prefix + "/ledgers";
            var instance = ledgers + "/{name}/instances/{scopeValue}";
            routes.MapGet(ledgers, RejectionReplies.Guard(ListAsync));
            routes.MapPost(ledgers, RejectionReplies.Guard(CreateAsync));
            routes.MapGet(ledgers + "/{name}", RejectionReplies.Guard(GetAsync));
            routes.MapPut(ledgers + "/{name}", RejectionReplies.Guard(UpdateAsync));
            routes.MapDelete(ledgers + "/{name}", RejectionReplies.Guard(ArchiveAsync));
            routes.MapGet(ledgers + "/{name}/instances", RejectionReplies.Guard(ListInstancesAsync));
            routes.MapGet(instance, RejectionReplies.Guard(GetInstanceAsync));
            routes.MapPut(instance, RejectionReplies.Guard(SetInstanceAsync));
            routes.MapDelete(instance, RejectionReplies.Guard(DeleteInstanceAsync));
            routes.MapGet(instance + "/versions", RejectionReplies.Guard(ListVersionsAsync));
            routes.MapGet(instance + "/versions/{version}", RejectionReplies.Guard(GetVersionAsync));
        }
    }

    private LedgerStore Store => cloud.Ledgers;

    private Task ListAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var scope = query["scope"].ToString();
        var archived = query["archived"].ToString();
        bool? archivedFilter = archived.Length == 0 ? null : string.Equals(archived, "true", StringComparison.OrdinalIgnoreCase);
        var all = Store.List(Namespace(context), scope.Length == 0 ? null : scope, archivedFilter);
        var (page, perPage) = Paging(context);
        var list = new JsonArray();
        foreach (var definition in all.Skip((page - 1) * perPage).Take(perPage))
        {
            list.Add(LedgerJson.Definition(definition));
        }

        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["ledger_definitions"] = list, ["meta"] = Meta(page, perPage, all.Count) });
    }

    private async Task CreateAsync(HttpContext context)
    {
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var definition = Store.Create(Namespace(context), LedgerJson.Object(fields["ledger"], "ledger"));
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, LedgerJson.Definition(definition)).ConfigureAwait(false);
    }

    private Task GetAsync(HttpContext context) =>
        CloudReplies.WriteAsync(context, StatusCodes.Status200OK, LedgerJson.Definition(Store.Get(Namespace(context), Name(context))));

    private async Task UpdateAsync(HttpContext context)
    {
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var definition = Store.Update(Namespace(context), Name(context), LedgerJson.Object(fields["ledger"], "ledger"));
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, LedgerJson.Definition(definition)).ConfigureAwait(false);
    }

    private Task ArchiveAsync(HttpContext context)
    {
        Store.Archive(Namespace(context), Name(context));
        return CloudReplies.OkAsync(context);
    }

    private Task ListInstancesAsync(HttpContext context)
    {
        var (page, perPage) = Paging(context);
        var (instances, total) = Store.ListInstances(Namespace(context), Name(context), page, perPage);
        var list = new JsonArray();
        foreach (var instance in instances)
        {
            list.Add(LedgerJson.Instance(instance));
        }

        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["instances"] = list, ["meta"] = Meta(page, perPage, total) });
    }

    private Task GetInstanceAsync(HttpContext context) =>
        CloudReplies.WriteAsync(context, StatusCodes.Status200OK, LedgerJson.Instance(Store.GetInstance(Namespace(context), Name(context), ScopeValue(context))));

    private async Task SetInstanceAsync(HttpContext context)
    {
        var mode = context.Request.Query["set_mode"].ToString();
        var merge = mode.Length == 0 || string.Equals(mode, "Replace", StringComparison.OrdinalIgnoreCase)
            ? false
            : string.Equals(mode, "Merge", StringComparison.OrdinalIgnoreCase) ? true : throw CloudRejection.BadRequest("set_mode must be Replace or Merge.");
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var instance = LedgerJson.Object(fields["instance"], "instance");
        var data = instance["data"] as JsonObject ?? throw CloudRejection.BadRequest("\"instance.data\" must be a JSON object.");
        var written = Store.SetFromApi(Namespace(context), Name(context), ScopeValue(context), data, merge);
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, LedgerJson.Instance(written)).ConfigureAwait(false);
    }

    private Task DeleteInstanceAsync(HttpContext context)
    {
        Store.DeleteInstance(Namespace(context), Name(context), ScopeValue(context));
        return CloudReplies.OkAsync(context);
    }

    private Task ListVersionsAsync(HttpContext context)
    {
        var versions = Store.Versions(Namespace(context), Name(context), ScopeValue(context), Moment(context, "replaced_before"), Moment(context, "replaced_after"));
        var list = new JsonArray();
        foreach (var version in versions)
        {
            list.Add(LedgerJson.Instance(version));
        }

        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["versions"] = list, ["meta"] = new JsonObject { ["has_more"] = false } });
    }

    private Task GetVersionAsync(HttpContext context)
    {
        var version = (string)context.Request.RouteValues["version"]!;
        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, LedgerJson.Instance(Store.Version(Namespace(context), Name(context), ScopeValue(context), version)));
    }

    private LedgerNamespace Namespace(HttpContext context)
    {
        var username = CloudCaller.Username(context);
        return context.Request.RouteValues.TryGetValue("org", out var org)
            ? new LedgerNamespace(username, cloud.Organizations.Resolve((string)org!, username))
            : new LedgerNamespace(username, null);
    }

    private static string Name(HttpContext context) => (string)context.Request.RouteValues["name"]!;

    private static string ScopeValue(HttpContext context) => (string)context.Request.RouteValues["scopeValue"]!;

    private static (int Page, int PerPage) Paging(HttpContext context) =>
        (Positive(context.Request.Query["page"].ToString(), 1), Positive(context.Request.Query["per_page"].ToString(), 25));

    private static JsonObject Meta(int page, int perPage, int total) => new()
    {
        ["page"] = page,
        ["per_page"] = perPage,
        ["total_pages"] = Math.Max(1, (total + perPage - 1) / perPage),
        ["total"] = total,
    };

    private static int Positive(string text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static DateTimeOffset? Moment(HttpContext context, string name)
    {
        var text = context.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? moment
            : throw CloudRejection.BadRequest($"{name} must be an ISO 8601 timestamp.");
    }
}
