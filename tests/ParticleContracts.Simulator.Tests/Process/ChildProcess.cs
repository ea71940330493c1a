using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace ParticleContracts.Simulator.Tests.Process;

/// <summary>Runs a child process and collects its output lines as they arrive.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly StringBuilder _all = new();
    private readonly Lock _gate = new();
    private int _endedStreams;

    private ChildProcess(System.Diagnostics.Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data is null ? null : "stderr: " + e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _all.ToString();
            }
        }
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return new ChildProcess(System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}."));
    }

    /// <summary>Waits for a line containing <paramref name="text"/> and returns it.</summary>
    public string WaitForLine(string text, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            foreach (var line in _lines.GetConsumingEnumerable(cancel.Token))
            {
                if (line.Contains(text, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        throw new Xunit.Sdk.XunitException($"No line containing '{text}' within {timeout}. Output so far:\n{Output}");
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"The process did not exit within {timeout}. Output so far:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Sends SIGINT, what Ctrl+C sends (POSIX only).</summary>
    public void Interrupt()
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-s", "INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        _lines.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            // Both stdout and stderr must end before no more lines can come.
            if (Interlocked.Increment(ref _endedStreams) == 2)
            {
                _lines.CompleteAdding();
            }

            return;
        }

        lock (_gate)
        {
            _all.AppendLine(line);
        }

        _lines.Add(line);
    }
}
