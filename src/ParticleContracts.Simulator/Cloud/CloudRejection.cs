namespace ParticleContracts.Simulator.Cloud;

/// <summary>
/// A request the simulated cloud refuses (bad input, a limit, a missing resource). Endpoints answer it with
/// <see cref="StatusCode"/> and <c>{"ok":false,"error":Message}</c>; the device-side API lets it surface as the
/// <see cref="InvalidOperationException"/> it is.
/// </summary>
internal sealed class CloudRejection(int statusCode, string message) : InvalidOperationException(message)
{
    public int StatusCode { get; } = statusCode;

    public static CloudRejection BadRequest(string message) => new(400, message);

    public static CloudRejection NotFound(string message) => new(404, message);

    public static CloudRejection Forbidden() => new(403, "Permission Denied");
}
