using System.Diagnostics;

namespace ParticleContracts;

/// <summary>Tracing for the client: one <see cref="Activity"/> per API call, named <c>"{method} {route template}"</c>.</summary>
public static class ParticleTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name to listen to: <c>ParticleContracts</c>.</summary>
    public const string ActivitySourceName = "ParticleContracts";

    // Internal: a listener subscribes by ActivitySourceName; callers have no reason to start activities in our name.
    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, typeof(ParticleTelemetry).Assembly.GetName().Version?.ToString());
}
