using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// Size limits on the request line and headers, answered with the cloud's JSON error body. Kestrel's own limits are
/// set above these, so an oversized request normally reaches this check and gets JSON; only requests beyond Kestrel's
/// limits, or with bytes HTTP forbids, are refused by Kestrel itself before any simulator code runs, and those
/// replies have an empty body (the simulator README lists them).
/// </summary>
internal static class RequestLimits
{
    /// <summary>The longest request target (path and query) the simulator answers; longer gets 414 with JSON.</summary>
    public const int TargetBytes = 8 * 1024;

    /// <summary>The largest header block (names, values, separators) the simulator answers; larger gets 431 with JSON.</summary>
    public const int HeaderBytes = 32 * 1024;

    /// <summary>The most headers the simulator answers; more gets 431 with JSON.</summary>
    public const int HeaderCount = 100;

    /// <summary>Kestrel's limits: twice the simulator's, so the simulator's JSON replies cover the usual overruns.</summary>
    public static void Configure(KestrelServerLimits limits)
    {
        limits.MaxRequestLineSize = 2 * TargetBytes;
        limits.MaxRequestHeadersTotalSize = 2 * HeaderBytes;
        limits.MaxRequestHeaderCount = 2 * HeaderCount;
    }

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
        if (target.Length > TargetBytes)
        {
            return CloudReplies.FailAsync(context, StatusCodes.Status414UriTooLong, Describe("The request URL is longer than", TargetBytes, "bytes"));
        }

        var headers = context.Request.Headers;
        if (headers.Count > HeaderCount)
        {
            return CloudReplies.FailAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, Describe("The request has more than", HeaderCount, "headers"));
        }

        long size = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                // "Name: value\r\n", as Kestrel counts it.
                size += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return size > HeaderBytes
            ? CloudReplies.FailAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, Describe("The request headers are larger than", HeaderBytes, "bytes"))
            : next(context);
    }

    private static string Describe(string what, int limit, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {limit} {unit}");
}
