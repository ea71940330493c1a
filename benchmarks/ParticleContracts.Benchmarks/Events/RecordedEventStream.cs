using System.Globalization;
using System.Text;

namespace ParticleContracts.Benchmarks.Events;

/// <summary>
/// A recorded Particle event stream in the cloud's framing (PARTICLE.md §2.3): <c>:ok</c>, then
/// <c>event:</c>/<c>data:</c> blocks whose JSON carries data, ttl, published_at, coreid, userid, version, public and
/// productID, with a bare keep-alive newline now and then and a CRLF-framed stretch (some proxies rewrite line ends).
/// <paramref name="sequenced"/> makes each event's data its sequence number (0, 1, 2, ...), so a reader can tell a lost event.
/// </summary>
internal static class RecordedEventStream
{
    public static byte[] Create(int events, int seed = 42, bool sequenced = false)
    {
        var random = new Random(seed);
        string[] names = ["temperature", "humidity", "spark/status", "motion", "battery/low", "hook-response/weather/0"];
        return Write(events, i =>
        {
            var name = names[i % names.Length];
            var data = sequenced ? i.ToString(CultureInfo.InvariantCulture)
                : name == "spark/status" ? (i % 2 == 0 ? "online" : "offline")
                : (random.NextDouble() * 100).ToString("0.00", CultureInfo.InvariantCulture);
            return (name, data);
        });
    }

    /// <summary>
    /// The same framing with every event a <c>weather/reading</c> of the weather-station sample firmware: its data is
    /// the JSON object the firmware's <c>String::format</c> writes (<c>{"temp":21.4,"humidity":48,"raining":false}</c>),
    /// escaped inside the envelope's <c>data</c> string as the cloud sends it.
    /// </summary>
    public static byte[] CreateWeatherReadings(int events, int seed = 42)
    {
        var random = new Random(seed);
        return Write(events, _ =>
        {
            var temp = (random.NextDouble() * 60 - 20).ToString("0.0", CultureInfo.InvariantCulture);
            var humidity = random.Next(0, 101).ToString(CultureInfo.InvariantCulture);
            var raining = random.Next(4) == 0 ? "true" : "false";
            return ("weather/reading", $"{{\\\"temp\\\":{temp},\\\"humidity\\\":{humidity},\\\"raining\\\":{raining}}}");
        });
    }

    /// <summary>Writes <paramref name="events"/> blocks; <paramref name="next"/> gives each one's name and its data as JSON string content (already escaped).</summary>
    private static byte[] Write(int events, Func<int, (string Name, string Data)> next)
    {
        var text = new StringBuilder(events * 260);
        text.Append(":ok\n\n");
        var start = new DateTimeOffset(2026, 5, 13, 10, 55, 2, 520, TimeSpan.Zero);
        for (var i = 0; i < events; i++)
        {
            var newline = i % 1000 < 100 ? "\r\n" : "\n";
            if (i % 500 == 499)
            {
                text.Append(newline); // keep-alive
            }

            var (name, data) = next(i);
            var published = start.AddMilliseconds(i * 137).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            text.Append("event: ").Append(name).Append(newline);
            text.Append("data: {\"data\":\"").Append(data).Append("\",\"ttl\":60,\"published_at\":\"").Append(published)
                .Append("\",\"coreid\":\"e00fce68").Append((i % 4096).ToString("x16", CultureInfo.InvariantCulture))
                .Append("\",\"userid\":\"5f1d3e8a9b2c4d6e7f809a1b\",\"version\":0,\"public\":false,\"productID\":30301}").Append(newline);
            text.Append(newline);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
