using Microsoft.AspNetCore.Http;
using ParticleContracts.Simulator.WebConsole;

namespace ParticleContracts.Simulator.Http;

/// <summary>Applies <see cref="SimulatorFaults"/> (latency, scripted or intermittent 5xx/429) before a request is handled.</summary>
/// <remarks>With the console on, its own page and <c>/simulator</c> routes are exempt so it can always turn faults off.</remarks>
internal sealed class FaultInjection(SimulatorFaults faults, bool exemptConsole = false)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (exemptConsole && ConsolePaths.IsConsole(context.Request.Path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

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
