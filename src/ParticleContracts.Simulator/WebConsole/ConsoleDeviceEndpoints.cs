using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Simulator.Cloud;
using ParticleContracts.Simulator.Http;

namespace ParticleContracts.Simulator.WebConsole;

/// <summary>
/// Console-only device routes under <c>/simulator</c> (not part of the Particle Cloud API): a device's contract with
/// its current values, and the hands-on controls a real device does not offer through the cloud. They authenticate
/// like <c>/v1</c> and only reach the caller's own devices.
/// </summary>
internal sealed class ConsoleDeviceEndpoints(CloudState cloud)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/simulator/devices/{idOrName}", ContractAsync);
        routes.MapPut("/simulator/devices/{idOrName}/variables/{name}", SetVariableAsync);
        routes.MapPut("/simulator/devices/{idOrName}/online", SetOnlineAsync);
        routes.MapPost("/simulator/devices/{idOrName}/events", PublishAsync);
    }

    /// <summary>
    /// The device's identity, state and contract: variables with cloud type, C# type and current value (read from the
    /// simulator's state, so it neither marks the device as heard nor waits on an offline device), functions with
    /// their recorded calls.
    /// </summary>
    private async Task ContractAsync(HttpContext context)
    {
        if (await ResolveAsync(context).ConfigureAwait(false) is not { } device)
        {
            return;
        }

        var variables = new JsonArray();
        foreach (var (name, type) in device.Variables)
        {
            variables.Add(VariableJson(device, name, type));
        }

        var calls = new Dictionary<string, (int Count, SimulatedFunctionCall Last)>(StringComparer.Ordinal);
        foreach (var call in device.FunctionCalls)
        {
            calls[call.Function] = (calls.TryGetValue(call.Function, out var seen) ? seen.Count + 1 : 1, call);
        }

        var functions = new JsonArray();
        foreach (var name in device.Functions)
        {
            var called = calls.TryGetValue(name, out var stats);
            functions.Add(new JsonObject
            {
                ["name"] = name,
                ["calls"] = called ? stats.Count : 0,
                ["last_argument"] = called ? stats.Last.Argument : null,
                ["last_return_value"] = called ? stats.Last.ReturnValue : null,
            });
        }

        var body = DeviceJson.Summary(device);
        body["variables"] = variables;
        body["functions"] = functions;
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, body).ConfigureAwait(false);
    }

    private async Task SetVariableAsync(HttpContext context)
    {
        if (await ResolveAsync(context).ConfigureAwait(false) is not { } device)
        {
            return;
        }

        var name = (string)context.Request.RouteValues["name"]!;
        if (!device.Variables.TryGetValue(name, out var type))
        {
            await CloudReplies.UnknownVariableAsync(context, name).ConfigureAwait(false);
            return;
        }

        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var text = fields["value"];
        if (!TrySet(device, name, type, text))
        {
            await CloudReplies.BadRequestAsync(context, $"'{text}' is not a {type.ToWireName()} value").ConfigureAwait(false);
            return;
        }

        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, VariableJson(device, name, type)).ConfigureAwait(false);
    }

    private async Task SetOnlineAsync(HttpContext context)
    {
        if (await ResolveAsync(context).ConfigureAwait(false) is not { } device)
        {
            return;
        }

        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        if (!bool.TryParse(fields["online"], out var online))
        {
            await CloudReplies.BadRequestAsync(context, "online must be true or false").ConfigureAwait(false);
            return;
        }

        device.SetOnline(online);
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject { ["ok"] = true, ["online"] = device.IsOnline }).ConfigureAwait(false);
    }

    /// <summary>Publishes as the device itself (<c>coreid</c> = its ID), which the API's publish route cannot do.</summary>
    private async Task PublishAsync(HttpContext context)
    {
        if (await ResolveAsync(context).ConfigureAwait(false) is not { } device)
        {
            return;
        }

        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var name = fields["name"];
        var data = fields["data"];
        if (EventLimits.Problem(cloud.Options, name, data) is { } problem)
        {
            await CloudReplies.BadRequestAsync(context, problem).ConfigureAwait(false);
            return;
        }

        var isPublic = string.Equals(fields["private"], "false", StringComparison.OrdinalIgnoreCase);
        var published = device.PublishEvent(name!, data, isPublic);
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["ok"] = true,
            ["name"] = published.Name,
            ["data"] = published.Data,
            ["published_at"] = DeviceJson.Timestamp(published.PublishedAt),
            ["coreid"] = published.CoreId,
        }).ConfigureAwait(false);
    }

    private static JsonObject VariableJson(SimulatedDevice device, string name, SimulatedVariableType type)
    {
        var variable = new JsonObject
        {
            ["name"] = name,
            ["cloud_type"] = type.ToWireName(),
            ["csharp_type"] = type.ToCloudType().ToCSharpName(),
        };
        if (!device.TryGetVariable(name, out var slot))
        {
            variable["value"] = null;
            return variable;
        }

        try
        {
            variable["value"] = DeviceJson.Value(slot.Type, slot.Read());
        }
#pragma warning disable CA1031 // A failing value provider is shown next to the variable, as a read would report it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            variable["value"] = null;
            variable["error"] = $"{ex.GetType().Name}: {ex.Message}";
        }

        return variable;
    }

    private static bool TrySet(SimulatedDevice device, string name, SimulatedVariableType type, string? text)
    {
        if (text is null)
        {
            return false;
        }

        var invariant = CultureInfo.InvariantCulture;
        switch (type)
        {
            case SimulatedVariableType.Int32 when int.TryParse(text, NumberStyles.Integer, invariant, out var i):
                device.SetVariable(name, i);
                return true;
            case SimulatedVariableType.Double when double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d):
                device.SetVariable(name, d);
                return true;
            case SimulatedVariableType.Bool when bool.TryParse(text, out var b):
                device.SetVariable(name, b);
                return true;
            case SimulatedVariableType.String:
                device.SetVariable(name, text);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The caller's device named by the route, or null after answering 403 (unknown and foreign alike, as the cloud does).</summary>
    private async Task<SimulatedDevice?> ResolveAsync(HttpContext context)
    {
        var username = CloudCaller.Username(context);
        var device = cloud.Find((string)context.Request.RouteValues["idOrName"]!, username, allowName: true);
        if (device is null || device.Owner != username)
        {
            await CloudReplies.PermissionDeniedAsync(context).ConfigureAwait(false);
            return null;
        }

        return device;
    }
}
