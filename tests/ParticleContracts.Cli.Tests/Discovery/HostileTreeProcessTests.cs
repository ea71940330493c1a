using System.Diagnostics;
using System.Text.Json;
using ParticleContracts.Tests.Discovery;

namespace ParticleContracts.Cli.Tests.Discovery;

/// <summary>The real <c>particle-contracts</c> process on a tree of link loops, a FIFO, a device link and an oversized file.</summary>
public sealed class HostileTreeProcessTests : IDisposable
{
    private readonly HostileFirmwareTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task Inspect_exits_quickly_with_one_contract_and_one_line_per_skipped_entry()
    {
        var stopwatch = Stopwatch.StartNew();
        var (exitCode, output, error) = await RunCliAsync(_tree.Root, "inspect", ".", "--json");
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
        // PCT1120 and PCT1124 are errors: the contract may be incomplete, so the exit code says so.
        Assert.Equal(2, exitCode);
        using var document = JsonDocument.Parse(output);
        var contract = Assert.Single(document.RootElement.GetProperty("contracts").EnumerateArray());
        Assert.Equal(["src/lamp.cpp"], contract.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Where(f => f!.EndsWith(".cpp", StringComparison.Ordinal)));
        Assert.Equal(2, contract.GetProperty("registrations").GetArrayLength());

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            HostileFirmwareTree.ExpectedProblems().Select(p => $"{p.Path}: {p.Id}"),
            lines.Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)] + ": " + line.Split(' ')[2].TrimEnd(':')));
        Assert.Contains("lamp/src/huge.cpp: error PCT1120: lamp/src/huge.cpp is 34603008 bytes; firmware files over 33554432 bytes are not read", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_loop_alone_yields_one_contract_and_exit_code_zero()
    {
        var root = Directory.CreateTempSubdirectory("pc-loop-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "lamp"));
            File.WriteAllText(Path.Combine(root, "lamp", "lamp.ino"), HostileFirmwareTree.LampSource);
            Directory.CreateSymbolicLink(Path.Combine(root, "loop"), ".");
            Directory.CreateSymbolicLink(Path.Combine(root, "lamp", "up"), "..");

            var (exitCode, output, error) = await RunCliAsync(root, "inspect", ".", "--json");

            Assert.Equal(0, exitCode);
            using var document = JsonDocument.Parse(output);
            Assert.Single(document.RootElement.GetProperty("contracts").EnumerateArray());
            Assert.Equal(
                ["lamp/up: info PCT1122", "loop: info PCT1122"],
                error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => string.Join(' ', line.Split(' ')[..3]).TrimEnd(':')));
        }
        finally
        {
            File.Delete(Path.Combine(root, "loop"));
            File.Delete(Path.Combine(root, "lamp", "up"));
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task An_explicitly_named_fifo_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no FIFOs in the file system; the oversized file stands in for "not read".
            return;
        }

        var (exitCode, _, error) = await RunCliAsync(_tree.Root, "inspect", "lamp/src/pipe.cpp", "lamp/src/zero.cpp");

        Assert.Equal(0, exitCode);
        Assert.Contains("lamp/src/pipe.cpp: warning PCT1121: lamp/src/pipe.cpp is a named pipe (FIFO), not a regular file", error, StringComparison.Ordinal);
        Assert.Contains("lamp/src/zero.cpp: warning PCT1121: lamp/src/zero.cpp is a character device, not a regular file", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "particle-contracts.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException("particle-contracts did not exit within 60 s (a hang on the hostile tree).");
        }

        return (process.ExitCode, await output, await error);
    }
}
