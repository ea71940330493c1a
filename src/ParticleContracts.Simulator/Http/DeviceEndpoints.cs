using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>Device routes, user scope (<c>/v1/devices</c>, ID or name) and product scope (<c>/v1/products/:p/devices</c>, ID only).</summary>
internal sealed class DeviceEndpoints(CloudState cloud)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v1/devices", ListAsync);
        routes.MapGet("/v1/devices/{idOrName}", InfoAsync);
        routes.MapGet("/v1/devices/{idOrName}/{name}", ReadVariableAsync);
        routes.MapPost("/v1/devices/{idOrName}/{name}", CallFunctionAsync);
        routes.MapGet("/v1/products/{product}/devices", ListProductAsync);
        routes.MapGet("/v1/products/{product}/devices/{idOrName}", InfoAsync);
        routes.MapGet("/v1/products/{product}/devices/{idOrName}/{name}", ReadVariableAsync);
        routes.MapPost("/v1/products/{product}/devices/{idOrName}/{name}", CallFunctionAsync);
    }

    private Task ListAsync(HttpContext context)
    {
        var username = CloudCaller.Username(context);
        var list = new JsonArray();
        foreach (var device in cloud.Devices)
        {
            if (device.Owner == username)
            {
                list.Add(DeviceJson.Summary(device));
            }
        }

        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, list);
    }

    private async Task ListProductAsync(HttpContext context)
    {
        if (await ResolveProductAsync(context).ConfigureAwait(false) is not { } productId)
        {
            return;
        }

        var query = context.Request.Query;
        var deviceId = query["deviceId"].ToString();
        var deviceName = query["deviceName"].ToString();
        var perPage = ParsePositive(query["per_page"].ToString(), 25);
        var page = ParsePositive(query["page"].ToString(), 1);
        var matching = cloud.Devices
            .Where(d => d.ProductId == productId)
            .Where(d => deviceId.Length == 0 || d.Id.Contains(deviceId, StringComparison.OrdinalIgnoreCase))
            .Where(d => deviceName.Length == 0 || d.Name.Contains(deviceName, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var devices = new JsonArray();
        foreach (var device in matching.Skip((page - 1) * perPage).Take(perPage))
        {
            devices.Add(DeviceJson.Summary(device));
        }

        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["devices"] = devices,
            ["customers"] = new JsonArray(),
            ["meta"] = new JsonObject
            {
                ["total_pages"] = Math.Max(1, (matching.Count + perPage - 1) / perPage),
                ["total_records"] = matching.Count,
            },
        }).ConfigureAwait(false);
    }

    private async Task InfoAsync(HttpContext context)
    {
        if (await ResolveDeviceAsync(context).ConfigureAwait(false) is { } device)
        {
            await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, DeviceJson.Info(device)).ConfigureAwait(false);
        }
    }

    private async Task ReadVariableAsync(HttpContext context)
    {
        if (await ResolveDeviceAsync(context).ConfigureAwait(false) is not { } device)
        {
            return;
        }

        var name = (string)context.Request.RouteValues["name"]!;
        if (await AnswerIfUnreachableAsync(context, device).ConfigureAwait(false))
        {
            return;
        }

        if (!device.TryGetVariable(name, out var slot))
        {
            await CloudReplies.UnknownVariableAsync(context, name).ConfigureAwait(false);
            return;
        }

        var value = slot.Read();
        device.MarkHeard();
        if (string.Equals(context.Request.Query["format"].ToString(), "raw", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(DeviceJson.RawValue(slot.Type, value), Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["cmd"] = "VarReturn",
            ["name"] = name,
            ["result"] = DeviceJson.Value(slot.Type, value),
            ["coreInfo"] = DeviceJson.CoreInfo(device),
        }).ConfigureAwait(false);
    }

    private async Task CallFunctionAsync(HttpContext context)
    {
        if (await ResolveDeviceAsync(context).ConfigureAwait(false) is not { } device)
        {
            return;
        }

        var name = (string)context.Request.RouteValues["name"]!;
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        // The documented field is "arg"; particle-api-js and older docs send "args".
        var argument = fields["arg"] ?? fields["args"] ?? string.Empty;
        var size = Encoding.UTF8.GetByteCount(argument);
        if (size > cloud.Options.FunctionArgumentLimit)
        {
            await CloudReplies.BadRequestAsync(
                context,
                $"Argument too long: {size.ToString(CultureInfo.InvariantCulture)} bytes; the limit is {cloud.Options.FunctionArgumentLimit.ToString(CultureInfo.InvariantCulture)} bytes").ConfigureAwait(false);
            return;
        }

        if (await AnswerIfUnreachableAsync(context, device).ConfigureAwait(false))
        {
            return;
        }

        if (!device.TryGetFunction(name, out var handler))
        {
            await CloudReplies.UnknownFunctionAsync(context, name).ConfigureAwait(false);
            return;
        }

        var returnValue = await handler(argument, context.RequestAborted).ConfigureAwait(false);
        device.RecordCall(new SimulatedFunctionCall(name, argument, returnValue));
        device.MarkHeard();
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["id"] = device.Id,
            ["connected"] = true,
            ["return_value"] = returnValue,
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Answers 408 <c>timed out</c> (after the configured delay) when the device is offline or drops off now because
    /// of <see cref="SimulatedDevice.DisconnectDuringNextCall"/>.
    /// </summary>
    private async Task<bool> AnswerIfUnreachableAsync(HttpContext context, SimulatedDevice device)
    {
        if (device.ConsumeDisconnectFault())
        {
            device.SetOnline(false);
        }
        else if (device.IsOnline)
        {
            return false;
        }

        var delay = cloud.Options.OfflineResponseDelay;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
        }

        await CloudReplies.TimedOutAsync(context).ConfigureAwait(false);
        return true;
    }

    /// <summary>The device named by the route, or null after answering 403/404 (the cloud's reply for unknown and foreign devices alike).</summary>
    private async Task<SimulatedDevice?> ResolveDeviceAsync(HttpContext context)
    {
        var username = CloudCaller.Username(context);
        var idOrName = (string)context.Request.RouteValues["idOrName"]!;
        int? productId = null;
        if (context.Request.RouteValues.ContainsKey("product"))
        {
            productId = await ResolveProductAsync(context).ConfigureAwait(false);
            if (productId is null)
            {
                return null;
            }
        }

        // Product routes need the device ID; user routes also take the name.
        var device = cloud.Find(idOrName, username, allowName: productId is null);
        var allowed = device is not null && (productId is null ? device.Owner == username : device.ProductId == productId);
        if (!allowed)
        {
            await CloudReplies.PermissionDeniedAsync(context).ConfigureAwait(false);
            return null;
        }

        return device;
    }

    /// <summary>The product of the route (numeric ID or slug), or null after answering 404 (unknown) or 403 (not the caller's).</summary>
    internal static async Task<int?> ResolveProductAsync(HttpContext context, CloudState cloud)
    {
        var text = (string)context.Request.RouteValues["product"]!;
        if (cloud.ResolveProduct(text) is not { } productId)
        {
            await CloudReplies.NotFoundAsync(context, "Product not found").ConfigureAwait(false);
            return null;
        }

        if (!cloud.HasProductAccess(productId, CloudCaller.Username(context)))
        {
            await CloudReplies.WriteAsync(context, StatusCodes.Status403Forbidden, new JsonObject { ["ok"] = false, ["error"] = "Permission Denied" }).ConfigureAwait(false);
            return null;
        }

        return productId;
    }

    private Task<int?> ResolveProductAsync(HttpContext context) => ResolveProductAsync(context, cloud);

    private static int ParsePositive(string text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
