using System.Globalization;
using ParticleContracts.Benchmarks.Events;

namespace ParticleContracts.Benchmarks.Peers;

/// <summary>
/// <c>peer-sse-source &lt;events&gt;</c>: serves one recorded event stream to every connection, for the peer benchmark.
/// Each connection gets <c>:ok</c>, a pause (particle-api-js drops events that arrive before <c>getEventStream()</c>
/// resolves), then the recorded events, whose <c>data</c> is the sequence number 0..n-1 (<see cref="RecordedStreamServer"/>).
/// Prints <c>READY &lt;port&gt;</c>; ends when standard input closes.
/// </summary>
internal static class SseSourceCommand
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(750);

    public static async Task<int> RunAsync(string[] args)
    {
        var events = args.Length == 1 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        await using var server = new RecordedStreamServer(RecordedEventStream.Create(events, sequenced: true), Pause);
        Console.WriteLine($"READY {server.Port}");
        Console.Out.Flush();
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        return 0;
    }
}
