using Microsoft.AspNetCore.Http;

namespace ParticleContracts.Simulator.Http;

/// <summary>Applies <see cref="SimulatorFaults"/> (latency, scripted or intermittent 5xx/429) before a request is handled.</summary>
internal sealed class FaultInjection(SimulatorFaults faults)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var (latency, failureStatus) = faults.Next();
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, context.RequestAborted).ConfigureAwait(false);
        }

        if (failureStatus != 0)
        {
            await CloudReplies.ServerErrorAsync(context, failureStatus).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
