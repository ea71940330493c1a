using Microsoft.AspNetCore.Http;

namespace ParticleContracts.Simulator.Http;

/// <summary>Turns failures into JSON replies (clients such as particle-api-js parse every error body as JSON).</summary>
internal static class ErrorReplies
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (InvalidRequestBodyException ex) when (!context.Response.HasStarted)
        {
            await CloudReplies.BadRequestAsync(context, ex.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await CloudReplies.FailAsync(context, ex.StatusCode, ex.Message).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure must still reach the client as JSON, never as an empty 500.
        catch (Exception ex) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            await CloudReplies.FailAsync(context, StatusCodes.Status500InternalServerError, $"Simulator error: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>Unknown routes answer with a JSON 404 rather than an empty body.</summary>
    public static Task NotFoundAsync(HttpContext context) => CloudReplies.NotFoundAsync(context, "Not Found");
}
