using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.DependencyInjection;
using ParticleContracts.Benchmarks.Devices;
using ParticleContracts.Benchmarks.Infrastructure;

namespace ParticleContracts.Benchmarks.Client;

/// <summary>
/// Issue 8 §4: one variable read and one function call against the simulator on loopback, through the proxy the
/// real generator wrote for <c>firmware/weather-station</c> (ParticleFirmware items in this project), beside a
/// hand-written <see cref="HttpClient"/> + <see cref="JsonDocument"/> baseline making the same request.
/// Targets (issue 18): client CPU ≤ 1.1× and allocations ≤ 1.2× the baseline; the same proxy over a client registered
/// with <c>AddParticleCloud</c> (IHttpClientFactory + the standard resilience pipeline) ≤ 1.15× the direct client.
/// </summary>
/// <remarks>
/// The simulator runs in a child process (<see cref="SimulatorProcess"/>), so the allocation columns count the
/// client side only; the two processes share the machine's cores, as a client and a cloud on loopback do.
/// Both sides share one <see cref="HttpClient"/> (one connection pool, keep-alive), send the token in the
/// <c>Authorization</c> header and read the whole reply, so the difference is the client's own work: route
/// building, token handling, logging/tracing hooks, error translation and typed deserialization.
/// </remarks>
[Config(typeof(BenchmarkConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientCallBenchmarks
{
    private const string DeviceName = SimulatorHostCommand.DeviceName;
    private const string Variable = "Variable read";
    private const string Function = "Function call";
    private const string PipelineVariable = "Variable read, AddParticleCloud vs direct";
    private const string PipelineFunction = "Function call, AddParticleCloud vs direct";

    private SimulatorProcess _simulator = null!;
    private HttpClient _http = null!;
    private WeatherStation _proxy = null!;
    private WeatherStation _pipelineProxy = null!;
    private ServiceProvider _services = null!;
    private RawParticleClient _raw = null!;

    [GlobalSetup]
    public void Setup()
    {
        _simulator = SimulatorProcess.Start();

        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(30) });
        var client = new ParticleCloudClient(_http, new ParticleCloudOptions { BaseAddress = _simulator.BaseAddress, AccessToken = _simulator.AccessToken });
        _proxy = new WeatherStation(client, DeviceName);

        var services = new ServiceCollection();
        services.AddParticleCloud(o =>
        {
            o.BaseAddress = _simulator.BaseAddress;
            o.AccessToken = _simulator.AccessToken;
        });
        _services = services.BuildServiceProvider();
        _pipelineProxy = new WeatherStation(_services.GetRequiredService<ParticleCloudClient>(), DeviceName);

        _raw = new RawParticleClient(_http, _simulator.BaseAddress, _simulator.AccessToken, DeviceName);

        // Both sides must see the same answers before anything is timed.
        var raw = RawReadVariable().GetAwaiter().GetResult();
        var typed = ProxyReadVariable().GetAwaiter().GetResult();
        var rawCall = RawCallFunction().GetAwaiter().GetResult();
        var typedCall = ProxyCallFunction().GetAwaiter().GetResult();
        var pipelineRead = PipelineReadVariable().GetAwaiter().GetResult();
        var pipelineCall = PipelineCallFunction().GetAwaiter().GetResult();
        if (raw != SimulatorHostCommand.Temperature || typed != SimulatorHostCommand.Temperature || pipelineRead != SimulatorHostCommand.Temperature
            || rawCall != 1 || typedCall != 1 || pipelineCall != 1)
        {
            throw new InvalidOperationException($"Simulator answers differ: raw {raw}/{rawCall}, proxy {typed}/{typedCall}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _services.Dispose();
        _simulator.Dispose();
    }

    [BenchmarkCategory(Variable), Benchmark(Baseline = true, Description = "HttpClient + JsonDocument")]
    public Task<double> RawReadVariable() => _raw.ReadVariableAsync();

    [BenchmarkCategory(Variable), Benchmark(Description = "generated proxy")]
    public Task<double> ProxyReadVariable() => _proxy.GetTempAsync();

    [BenchmarkCategory(Function), Benchmark(Baseline = true, Description = "HttpClient + JsonDocument")]
    public Task<int> RawCallFunction() => _raw.CallFunctionAsync();

    [BenchmarkCategory(Function), Benchmark(Description = "generated proxy")]
    public Task<int> ProxyCallFunction() => _proxy.SetLocationAsync("Lausanne");

    [BenchmarkCategory(PipelineVariable), Benchmark(Baseline = true, Description = "direct client")]
    public Task<double> DirectReadVariable() => _proxy.GetTempAsync();

    [BenchmarkCategory(PipelineVariable), Benchmark(Description = "AddParticleCloud")]
    public Task<double> PipelineReadVariable() => _pipelineProxy.GetTempAsync();

    [BenchmarkCategory(PipelineFunction), Benchmark(Baseline = true, Description = "direct client")]
    public Task<int> DirectCallFunction() => _proxy.SetLocationAsync("Lausanne");

    [BenchmarkCategory(PipelineFunction), Benchmark(Description = "AddParticleCloud")]
    public Task<int> PipelineCallFunction() => _pipelineProxy.SetLocationAsync("Lausanne");
}
