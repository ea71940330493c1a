using System.Globalization;

namespace ParticleContracts.Benchmarks.Peers;

/// <summary>
/// This process's CPU time (user + system, all threads) from <c>/proc/self/stat</c>, the same source the
/// particle-api-js side reads, in clock ticks of <c>CLK_TCK</c> (passed in by the script).
/// </summary>
internal static class ProcessCpu
{
    public static double Seconds(int clockTicksPerSecond)
    {
        var stat = File.ReadAllText("/proc/self/stat");

        // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / (double)clockTicksPerSecond;
    }
}
