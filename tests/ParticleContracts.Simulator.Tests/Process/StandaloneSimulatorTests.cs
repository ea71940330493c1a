using System.Net;

namespace ParticleContracts.Simulator.Tests.Process;

/// <summary>The simulator as a separate process, the way <c>dotnet run --project src/ParticleContracts.Simulator</c> runs it.</summary>
public sealed class StandaloneSimulatorTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    internal static string SimulatorDll => Path.Combine(AppContext.BaseDirectory, "ParticleContracts.Simulator.dll");

    internal static ChildProcess Start(params string[] arguments) => ChildProcess.Start("dotnet", [SimulatorDll, .. arguments]);

    internal static Uri WaitForBaseAddress(ChildProcess process)
    {
        var line = process.WaitForLine("listening on ", StartTimeout);
        return new Uri(line[(line.IndexOf("http://", StringComparison.Ordinal))..].Trim());
    }

    [Fact]
    public async Task Serves_the_wire_format_with_the_given_token_and_stops_on_ctrl_c()
    {
        using var process = Start("--port", "0", "--token", "standalone-token");
        var baseAddress = WaitForBaseAddress(process);
        process.WaitForLine("Press Ctrl+C to stop.", StartTimeout);
        Assert.Contains("Access token: standalone-token", process.Output, StringComparison.Ordinal);
        Assert.Equal(IPAddress.Loopback.ToString(), baseAddress.Host);

        using (var http = new HttpClient { BaseAddress = baseAddress })
        {
            var (ok, devices) = await http.GetJsonAsync("v1/devices?access_token=standalone-token");
            var (missing, _) = await http.GetJsonAsync("v1/devices");
            var (invalid, _) = await http.GetJsonAsync("v1/devices?access_token=other");

            Assert.Equal(HttpStatusCode.OK, ok);
            Assert.Equal(System.Text.Json.JsonValueKind.Array, devices.ValueKind);
            Assert.Equal(HttpStatusCode.BadRequest, missing);
            Assert.Equal(HttpStatusCode.Unauthorized, invalid);
        }

        if (OperatingSystem.IsWindows())
        {
            // Windows has no SIGINT to send to a console-less child; the stop path is covered on POSIX.
            return;
        }

        process.Interrupt();
        Assert.Equal(0, await process.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("Stopped.", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_one_device_per_firmware_contract()
    {
        using var firmware = new TempFirmware();
        using var process = Start("--port", "0", "--token", "fw-token", "--firmware", firmware.Root);
        var baseAddress = WaitForBaseAddress(process);
        process.WaitForLine("Press Ctrl+C to stop.", StartTimeout);

        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "fw-token");
        var (_, devices) = await http.GetJsonAsync("v1/devices");
        var (_, lamp) = await http.GetJsonAsync("v1/devices/lamp");
        var (_, counter) = await http.GetJsonAsync("v1/devices/counter/counter");

        Assert.Equal(["counter", "lamp"], devices.EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(TempFirmware.ExpectedId("lamp"), lamp.GetProperty("id").GetString());
        Assert.Equal("""["blink","led"]""", lamp.GetProperty("functions").Json());
        Assert.Equal(0, counter.GetProperty("result").GetInt32());
        Assert.Contains($"lamp [{TempFirmware.ExpectedId("lamp")}]", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_firmware_folder_exits_with_an_error()
    {
        using var process = Start("--port", "0", "--firmware", Path.Combine(Path.GetTempPath(), "no-such-firmware-" + Guid.NewGuid().ToString("N")));

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains("Firmware folder not found", process.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generates_and_prints_a_token_when_none_is_given()
    {
        using var process = Start("--port", "0");

        var line = process.WaitForLine("Access token: ", StartTimeout);

        Assert.Matches("Access token: [0-9a-f]{40}$", line);
    }

    [Fact]
    public async Task Rejects_an_invalid_port()
    {
        using var process = Start("--port", "70000");

        var exitCode = await process.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--port must be between 0 and 65535", process.Output, StringComparison.Ordinal);
    }
}
