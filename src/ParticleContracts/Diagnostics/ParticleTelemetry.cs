using System.Diagnostics;

namespace ParticleContracts;

/// <summary>Tracing for the client: one <see cref="Activity"/> per API call, named <c>"{method} {route template}"</c>.</summary>
public static class ParticleTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name to listen to: <c>ParticleContracts</c>.</summary>
    public const string ActivitySourceName = "ParticleContracts";

    /// <summary>The source of the client's activities.</summary>
    public static ActivitySource ActivitySource { get; } = new(ActivitySourceName, typeof(ParticleTelemetry).Assembly.GetName().Version?.ToString());
}
