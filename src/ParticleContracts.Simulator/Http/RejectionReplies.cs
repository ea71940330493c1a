using Microsoft.AspNetCore.Http;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>Answers a <see cref="CloudRejection"/> thrown by the ledger and environment state with its status and <c>{"ok":false,"error":...}</c>.</summary>
internal static class RejectionReplies
{
    public static RequestDelegate Guard(Func<HttpContext, Task> handler) => async context =>
    {
        try
        {
            await handler(context).ConfigureAwait(false);
        }
        catch (CloudRejection rejection) when (!context.Response.HasStarted)
        {
            await CloudReplies.FailAsync(context, rejection.StatusCode, rejection.Message).ConfigureAwait(false);
        }
    };
}
