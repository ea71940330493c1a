using System.Diagnostics;

namespace ParticleContracts.Benchmarks.Client;

/// <summary>The simulator in a child process (<c>ParticleContracts.Benchmarks simulator</c>), stopped by closing its standard input.</summary>
internal sealed class SimulatorProcess : IDisposable
{
    private readonly Process _process;

    private SimulatorProcess(Process process, Uri baseAddress, string accessToken)
    {
        _process = process;
        BaseAddress = baseAddress;
        AccessToken = accessToken;
    }

    public Uri BaseAddress { get; }

    public string AccessToken { get; }

    public static SimulatorProcess Start()
    {
        var assembly = typeof(SimulatorProcess).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("simulator");
        start.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the simulator process.");
        var ready = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        var parts = ready?.Split(' ');
        if (parts is not ["READY", var address, var token])
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The simulator process did not start: '{ready}'.");
        }

        return new SimulatorProcess(process, new Uri(address), token);
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
