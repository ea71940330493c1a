using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// Turns failures into the cloud's JSON error bodies (clients such as particle-api-js parse every error body as JSON).
/// Replies never carry exception types or messages: an unexpected failure is logged and answered with the generic
/// 500 body, and a body the simulator cannot read is the client's fault (400).
/// </summary>
internal sealed partial class ErrorReplies(ILogger logger)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
            return;
        }
        catch (InvalidRequestBodyException ex) when (!context.Response.HasStarted)
        {
            // The message is the simulator's own fixed text about the body, never an exception's.
            await CloudReplies.BadRequestAsync(context, ex.Message).ConfigureAwait(false);
            return;
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            // Kestrel's own message may quote request bytes; the status code says enough.
            await CloudReplies.ServerErrorAsync(context, ex.StatusCode).ConfigureAwait(false);
            return;
        }
#pragma warning disable CA1031 // Any failure must still reach the client as JSON, never as an empty 500.
        catch (Exception ex) when (!context.Response.HasStarted)
#pragma warning restore CA1031
        {
            LogFailure(logger, context.Request.Method, OpenRoutes.Template(context) ?? "(no route)", ex);
            await CloudReplies.ServerErrorAsync(context, StatusCodes.Status500InternalServerError).ConfigureAwait(false);
            return;
        }

        if (NeedsBody(context.Response))
        {
            // Replies written by the framework itself (405 for a wrong method, 413 …) come without a body.
            await CloudReplies.ServerErrorAsync(context, context.Response.StatusCode).ConfigureAwait(false);
        }
    }

    /// <summary>Unknown routes answer with a JSON 404 rather than an empty body.</summary>
    public static Task NotFoundAsync(HttpContext context) => CloudReplies.NotFoundAsync(context, "Not Found");

    private static bool NeedsBody(HttpResponse response) =>
        !response.HasStarted && response.StatusCode >= StatusCodes.Status400BadRequest && response.ContentLength is null && response.ContentType is null;

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unexpected failure answering {Method} {RouteTemplate}; replied 500")]
    private static partial void LogFailure(ILogger logger, string method, string routeTemplate, Exception exception);
}
