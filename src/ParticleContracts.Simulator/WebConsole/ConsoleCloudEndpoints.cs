using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Simulator.Cloud;
using ParticleContracts.Simulator.Http;

namespace ParticleContracts.Simulator.WebConsole;

/// <summary>
/// Console-only routes under <c>/simulator</c> for the simulator as a whole (not part of the Particle Cloud API):
/// fault injection and the recent-request log. They authenticate like <c>/v1</c>.
/// </summary>
internal sealed class ConsoleCloudEndpoints(CloudState cloud, RequestLog requests)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/simulator/faults", FaultsAsync);
        routes.MapPut("/simulator/faults", SetFaultsAsync);
        routes.MapDelete("/simulator/faults", ResetFaultsAsync);
        routes.MapPost("/simulator/faults/fail-next", FailNextAsync);
        routes.MapPost("/simulator/faults/drop-streams", DropStreamsAsync);
        routes.MapGet("/simulator/requests", RequestsAsync);
    }

    private Task FaultsAsync(HttpContext context) => CloudReplies.WriteAsync(context, StatusCodes.Status200OK, FaultsJson());

    /// <summary>Sets any of <c>latency_ms</c>, <c>failure_rate</c> (0–1) and <c>failure_status</c> (429 or 5xx); others stay.</summary>
    private async Task SetFaultsAsync(HttpContext context)
    {
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var faults = cloud.Faults;
        if (!TryParse(fields["latency_ms"], out var latency, 0, 60_000)
            || !TryParse(fields["failure_rate"], out var rate, 0, 1)
            || !TryParse(fields["failure_status"], out var status, 0, 599, whole: true)
            || (status is { } s && s != 429 && s is < 500 or > 599))
        {
            await CloudReplies.BadRequestAsync(context, "latency_ms is 0-60000, failure_rate 0-1, failure_status 429 or 5xx").ConfigureAwait(false);
            return;
        }

        if (latency is { } ms)
        {
            faults.Latency = TimeSpan.FromMilliseconds(ms);
        }

        if (rate is { } r)
        {
            faults.FailureRate = r;
        }

        if (status is { } code)
        {
            faults.FailureStatusCode = (int)code;
        }

        await FaultsAsync(context).ConfigureAwait(false);
    }

    private Task ResetFaultsAsync(HttpContext context)
    {
        cloud.Faults.Reset();
        return FaultsAsync(context);
    }

    private async Task FailNextAsync(HttpContext context)
    {
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        if (!TryParse(fields["count"], out var count, 0, 1_000_000, whole: true) || count is null
            || !TryParse(fields["status"], out var status, 429, 599, whole: true) || (status is { } s && s != 429 && s < 500))
        {
            await CloudReplies.BadRequestAsync(context, "count is 0-1000000, status 429 or 5xx").ConfigureAwait(false);
            return;
        }

        cloud.Faults.FailNextRequests((int)count.Value, (int)(status ?? 503));
        await FaultsAsync(context).ConfigureAwait(false);
    }

    private Task DropStreamsAsync(HttpContext context)
    {
        // The page's own live log is one of the streams; it reconnects, as any client should.
        var dropped = cloud.Faults.DropEventStreams();
        var body = FaultsJson();
        body["dropped"] = dropped;
        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, body);
    }

    /// <summary>The logged requests, oldest first.</summary>
    private Task RequestsAsync(HttpContext context)
    {
        var list = new JsonArray();
        foreach (var entry in requests.Snapshot())
        {
            list.Add(new JsonObject
            {
                ["seq"] = entry.Sequence,
                ["at"] = DeviceJson.Timestamp(entry.ReceivedAt),
                ["method"] = entry.Method,
                ["path"] = entry.Path,
                ["query"] = entry.Query,
                ["auth"] = entry.Authentication,
                ["console"] = entry.FromConsole,
                ["status"] = entry.Status,
            });
        }

        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, list);
    }

    private JsonObject FaultsJson()
    {
        var faults = cloud.Faults;
        var (pending, pendingStatus) = faults.PendingFailures;
        return new JsonObject
        {
            ["latency_ms"] = (long)faults.Latency.TotalMilliseconds,
            ["failure_rate"] = faults.FailureRate,
            ["failure_status"] = faults.FailureStatusCode,
            ["fail_next"] = pending,
            ["fail_next_status"] = pendingStatus,
            ["open_streams"] = cloud.Events.SubscriberCount,
        };
    }

    /// <summary>Parses an optional number in [min, max] (a whole one when <paramref name="whole"/>); a missing field is null and valid.</summary>
    private static bool TryParse(string? text, out double? value, double min, double max, bool whole = false)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || parsed < min || parsed > max || (whole && parsed != Math.Floor(parsed)))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
