using System.Text;
using ParticleContracts.Generators.Tests.Firmware;

namespace ParticleContracts.Generators.Tests.Events;

/// <summary>Payload statements and event sites stay linear in time on hostile input (one statement, thousands of calls).</summary>
public sealed class EventAdversarialTests
{
    private static string UnclosedChains(int count)
    {
        var text = new StringBuilder("void loop() {\n    w.beginObject()");
        for (var i = 0; i < count; i++)
        {
            text.Append(".name(\"k").Append(i).Append("\").value(x");
        }

        return text.Append(";\n}\n").ToString();
    }

    private static string ManyPublishes(int count)
    {
        var text = new StringBuilder("char buf[64];\nVariant v;\nvoid loop() {\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("    snprintf(buf, sizeof(buf), \"{\\\"t\\\":%d}\", ").Append(i).Append(");\n    v.set(\"k\", ").Append(i)
                .Append(");\n    Particle.publish(\"e").Append(i % 50).Append("\", buf);\n");
        }

        return text.Append("}\n").ToString();
    }

    [Theory]
    [InlineData(nameof(UnclosedChains), 20_000)]
    [InlineData(nameof(ManyPublishes), 4_000)]
    public void Reading_grows_about_linearly(string shape, int size)
    {
        Func<int, string> make = shape == nameof(UnclosedChains) ? UnclosedChains : ManyPublishes;
        var (_, small, _) = AdversarialInputs.Parse(make(size / 4));
        var (_, large, _) = AdversarialInputs.Parse(make(size));
        Assert.True(large < TimeSpan.FromSeconds(30), $"took {large.TotalSeconds:F1} s");
        Assert.True(large.TotalMilliseconds <= (12 * small.TotalMilliseconds) + 1000, $"time grew from {small.TotalMilliseconds:F0} ms to {large.TotalMilliseconds:F0} ms when the input grew 4 times");
    }

    [Fact]
    public void Assembling_many_publishes_stays_fast_and_reads_every_one()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var contract = AdversarialInputs.Read(ManyPublishes(2_000));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(2_000, contract.EventsOrEmpty.Publishes.Count);
        Assert.All(contract.EventsOrEmpty.Publishes, published => Assert.Equal("t:Int32", string.Join(",", published.Payload.Fields.Select(f => f.Name + ":" + f.Type))));
    }
}
