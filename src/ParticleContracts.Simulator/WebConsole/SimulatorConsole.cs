using Microsoft.AspNetCore.Builder;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.WebConsole;

/// <summary>
/// The web console (<see cref="ParticleSimulatorOptions.EnableConsole"/>): the static page at <c>/console</c>, the
/// management routes under <c>/simulator</c> and the request log they show.
/// </summary>
internal sealed class SimulatorConsole(CloudState cloud)
{
    public RequestLog Requests { get; } = new();

    /// <summary>Records requests; goes first in the pipeline so it sees every request and its final status.</summary>
    public void UseRequestLog(WebApplication app) => app.Use(Requests.InvokeAsync);

    public void Map(WebApplication app)
    {
        new ConsolePageEndpoints(ConsoleAssets.Instance).Map(app);
        new ConsoleDeviceEndpoints(cloud).Map(app);
        new ConsoleCloudEndpoints(cloud, Requests).Map(app);
    }
}
