using Microsoft.AspNetCore.Http;

namespace ParticleContracts.Simulator.WebConsole;

/// <summary>
/// The console's two URL prefixes: <c>/console</c> serves the static page (no token; it shows a login prompt) and
/// <c>/simulator</c> the management routes the page calls with the token. Neither is part of the Particle Cloud API,
/// so fault injection and the rate limit leave them alone and the console stays usable while it injects faults.
/// </summary>
internal static class ConsolePaths
{
    public const string Page = "/console";

    public const string Management = "/simulator";

    public static bool IsPage(PathString path) => path.StartsWithSegments(Page, StringComparison.Ordinal);

    public static bool IsManagement(PathString path) => path.StartsWithSegments(Management, StringComparison.Ordinal);

    public static bool IsConsole(PathString path) => IsPage(path) || IsManagement(path);
}
