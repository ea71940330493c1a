using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Benchmarks.Corpus;

/// <summary>
/// Hostile firmware of a given total size: the shapes that once made the reader quadratic or overflow its stack
/// (thousands of unclosed registration calls, unbalanced brackets, deep parentheses in registrations and in
/// <c>#if</c> expressions, deeply nested <c>#if</c> groups, registrations nested in registration arguments, a very
/// long line), one shape per file. Deterministic: the same size always gives the same bytes.
/// </summary>
internal static class WorstCaseFirmware
{
    private static readonly Func<int, string>[] Shapes =
    [
        UnclosedCalls,
        UnbalancedBrackets,
        DeepRegistration,
        DeepIf,
        NestedConditionals,
        NestedRegistrations,
        LongLine,
    ];

    /// <summary>About <paramref name="totalBytes"/> of hostile firmware, split evenly over one file per shape.</summary>
    public static IReadOnlyList<FirmwareSource> Generate(long totalBytes)
    {
        var files = new List<FirmwareSource>();
        var perFile = (int)(totalBytes / Shapes.Length);
        for (var i = 0; i < Shapes.Length; i++)
        {
            var text = Shapes[i](perFile);
            files.Add(new FirmwareSource($"worst/src/shape{i}.cpp", text.Length > perFile ? text.Substring(0, perFile) : text));
        }

        return files;
    }

    private static string Repeat(int bytes, string head, Func<int, string> part)
    {
        var builder = new StringBuilder(bytes + 256).Append(head);
        for (var i = 0; builder.Length < bytes; i++)
        {
            builder.Append(part(i));
        }

        return builder.ToString();
    }

    private static string UnclosedCalls(int bytes)
        => Repeat(bytes, "int value;\nvoid setup() {\n", i => $"    Particle.variable(\"value{i}\", value;\n");

    private static string UnbalancedBrackets(int bytes)
        => Repeat(bytes, "void setup() {\n", i => (i % 3) switch
        {
            0 => "    if (ready(sensor[index]) { Particle.variable(\"reading\", reading[index];\n",
            1 => "    total = compute(total, [&](int v) { return v * 2; ]);\n",
            _ => "    }} ]] )) values[index] = average(samples, count;\n",
        });

    private static string DeepRegistration(int bytes)
    {
        var depth = Math.Max(1, (bytes - 64) / 2);
        return "int value;\nvoid setup() {\n    Particle.variable(\"value\", " + new string('(', depth / 2) + "value" + new string(')', depth / 2) + ");\n}\n";
    }

    private static string DeepIf(int bytes)
        => Repeat(bytes, string.Empty, i => "#if " + new string('(', 400) + "VERSION > " + i + new string(')', 400) + "\nint flag" + i + " = 1;\n#endif\n");

    private static string NestedConditionals(int bytes)
    {
        var builder = new StringBuilder(bytes + 256).Append("int value;\nvoid setup() {\n");
        var depth = 0;
        while (builder.Length < bytes / 2)
        {
            builder.Append("#if defined(FEATURE_").Append(depth % 13).Append(")\n    Particle.variable(\"value").Append(depth).Append("\", value);\n");
            depth++;
        }

        for (var i = 0; i < depth; i++)
        {
            builder.Append("#endif\n");
        }

        return builder.Append("}\n").ToString();
    }

    private static string NestedRegistrations(int bytes)
        => Repeat(bytes, "int value;\nvoid setup() {\n", i => "    Particle.variable(\"a\", Particle.variable(\"b\", Particle.variable(\"c\", " + string.Concat(Enumerable.Repeat("Particle.variable(\"d\", ", 12)) + "value" + new string(')', 15) + ";\n");

    private static string LongLine(int bytes)
        => Repeat(bytes, string.Empty, i => i % 40 == 0
            ? $"void read{i}() {{ Particle.variable(\"value{i}\", value{i}); }} "
            : $"int value{i} = {i} * scale + offset; ");
}
