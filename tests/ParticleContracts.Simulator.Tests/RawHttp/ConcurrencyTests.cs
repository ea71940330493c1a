using System.Collections.Concurrent;
using System.Net;

namespace ParticleContracts.Simulator.Tests.RawHttp;

public sealed class ConcurrencyTests
{
    private const int Clients = 64;
    private const int RequestsPerClient = 20;

    [Fact]
    public async Task Sixty_four_clients_hammering_variables_functions_and_publishes_get_no_errors_and_lose_no_events()
    {
        // The call history is a bounded ring; keep room for every call so a lost one shows.
        await using var sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { FunctionCallHistoryLimit = Clients * RequestsPerClient });
        var counter = 0;
        var device = sim.AddDevice("busy")
            .SetVariableProvider("counter", () => Volatile.Read(ref counter))
            .SetVariable("name", "busy")
            .SetFunction("inc", arg =>
            {
                Interlocked.Add(ref counter, int.Parse(arg, System.Globalization.CultureInfo.InvariantCulture));
                return 1;
            });
        using var http = SimulatorHttp.AuthorizedClient(sim);
        http.Timeout = Timeout.InfiniteTimeSpan;
        await using var stream = await EventStreamReader.OpenAsync(sim, http, "v1/devices/events/load");

        var failures = new ConcurrentBag<string>();
        await Parallel.ForAsync(0, Clients, new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (client, _) =>
        {
            using var own = SimulatorHttp.AuthorizedClient(sim);
            for (var i = 0; i < RequestsPerClient; i++)
            {
                var (varStatus, _) = await own.GetJsonAsync(i % 2 == 0 ? "v1/devices/busy/counter" : "v1/devices/busy/name");
                var (fnStatus, fnBody) = await own.PostJsonAsync("v1/devices/busy/inc", """{"arg":"1"}""");
                var (pubStatus, _) = await own.PostJsonAsync("v1/devices/events", $$"""{"name":"load/{{client}}","data":"{{i}}"}""");
                if (varStatus != HttpStatusCode.OK || fnStatus != HttpStatusCode.OK || pubStatus != HttpStatusCode.OK || fnBody.GetProperty("return_value").GetInt32() != 1)
                {
                    failures.Add($"client {client} request {i}: {varStatus} {fnStatus} {pubStatus}");
                }
            }
        });

        Assert.Empty(failures);
        Assert.Equal(Clients * RequestsPerClient, Volatile.Read(ref counter));
        Assert.Equal(Clients * RequestsPerClient, device.FunctionCalls.Count);
        var received = new HashSet<string>();
        for (var i = 0; i < Clients * RequestsPerClient; i++)
        {
            var (name, data) = await stream.NextAsync();
            Assert.True(received.Add($"{name}#{data.GetProperty("data").GetString()}"), "An event arrived twice.");
        }

        Assert.Equal(Clients * RequestsPerClient, received.Count);
    }
}
