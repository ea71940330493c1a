using System.Diagnostics;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// Hostile firmware texts and a harness that reads them on a thread with a small stack (so unbounded recursion fails
/// the test instead of killing the test host) while measuring time and allocation.
/// </summary>
internal static class AdversarialInputs
{
    /// <summary>The stack the reader gets in these tests: far less than a compiler or CLI thread has.</summary>
    public const int SmallStack = 256 * 1024;

    public static string UnclosedCalls(int count)
    {
        var builder = new StringBuilder("int x;\nvoid setup() {\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append("    Particle.variable(\"v").Append(i).Append("\", x;\n");
        }

        return builder.Append("}\n").ToString();
    }

    public static string UnbalancedBrackets(int count)
    {
        var builder = new StringBuilder("void setup() {\n");
        for (var i = 0; i < count; i++)
        {
            builder.Append(i % 3 == 0 ? "(([[{ Particle.variable(\"a\", " : i % 3 == 1 ? "]]))} x ;" : "[(< f(");
        }

        return builder.ToString();
    }

    public static string NestedParenthesesInRegistration(int depth)
        => "int x;\nvoid setup() {\n    Particle.variable(\"x\", " + new string('(', depth) + "x" + new string(')', depth) + ");\n}\n";

    public static string NestedRegistrationCalls(int depth)
        => "int x;\nvoid setup() {\n" + string.Concat(Enumerable.Repeat("Particle.variable(\"x\", ", depth)) + "x" + new string(')', depth) + ";\n}\n";

    public static string NestedParenthesesInIf(int depth)
        => "int x;\n#if " + new string('(', depth) + "1" + new string(')', depth) + "\nvoid setup() { Particle.variable(\"x\", x); }\n#endif\n";

    public static string NestedConditionals(int depth)
    {
        var builder = new StringBuilder("int x;\nvoid setup() {\n");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("#if FEATURE_").Append(i % 7).Append('\n');
        }

        builder.Append("    Particle.variable(\"x\", x);\n");
        for (var i = 0; i < depth; i++)
        {
            builder.Append("#endif\n");
        }

        return builder.Append("}\n").ToString();
    }

    /// <summary>About <paramref name="bytes"/> of declarations and registrations on a single line.</summary>
    public static string OneLine(int bytes)
    {
        var builder = new StringBuilder(bytes + 64);
        var i = 0;
        while (builder.Length < bytes)
        {
            builder.Append("int v").Append(i).Append(" = ").Append(i).Append("; ");
            if (i % 50 == 0)
            {
                builder.Append("void f").Append(i).Append("() { Particle.variable(\"v").Append(i).Append("\", v").Append(i).Append("); } ");
            }

            i++;
        }

        return builder.ToString();
    }

    /// <summary>The realistic samples, renamed and repeated to about <paramref name="bytes"/>.</summary>
    public static string Realistic(int bytes)
    {
        var builder = new StringBuilder(bytes + 8192);
        var copy = 0;
        while (builder.Length < bytes)
        {
            var suffix = "_" + copy++;
            builder.Append(FirmwareSamples.WeatherStation.Replace("setup", "setup" + suffix).Replace("Sensors", "Sensors" + suffix)).Append('\n');
            builder.Append(FirmwareSamples.Forms.Replace("setup", "setup" + suffix)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Parses one file on a small-stack thread; returns the model, the time taken and the bytes allocated.</summary>
    public static (FirmwareFileModel Model, TimeSpan Elapsed, long Allocated) Parse(string text) => OnSmallStack(() =>
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var model = FirmwareFileParser.Parse(new FirmwareSource("proj/src/app.cpp", text));
        watch.Stop();
        return (model, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    });

    /// <summary>Reads a whole one-file project on a small-stack thread.</summary>
    public static DeviceContract Read(string text)
        => OnSmallStack(() => Assert.Single(FirmwareReader.Read(new[] { new FirmwareSource("proj/src/app.cpp", text) })));

    /// <summary>Runs <paramref name="work"/> on a new thread with a <see cref="SmallStack"/>; rethrows what it threw.</summary>
    private static T OnSmallStack<T>(Func<T> work)
    {
        var result = default(T);
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        return result!;
    }
}
