using System.Text;

namespace ParticleContracts.Benchmarks.Corpus;

/// <summary>
/// Valid C# of exactly given lengths: the baseline input for <c>CSharpSyntaxTree.ParseText</c>, so Roslyn parses
/// the same number of files and characters as the firmware reader. The shape mirrors the firmware filler
/// (comments, string and char literals, loops, lambdas, raw strings), so neither side gets the easier text.
/// </summary>
internal static class SyntheticCSharp
{
    /// <summary>One C# file per entry of <paramref name="lengths"/>, each exactly that many characters.</summary>
    public static IReadOnlyList<string> Generate(IEnumerable<int> lengths, int seed)
    {
        var random = new Random(seed);
        var files = new List<string>();
        var index = 0;
        foreach (var length in lengths)
        {
            files.Add(WriteFile(random, index++, length));
        }

        return files;
    }

    private static string WriteFile(Random random, int index, int length)
    {
        const string Close = "}\n";
        var header = new StringBuilder();
        header.Append("// Synthetic C# (benchmark baseline).\n");
        header.Append("namespace Synthetic.Baseline;\n\n");
        header.Append("internal static class Module").Append(index).Append("\n{\n");

        var members = new StringBuilder();
        var serial = 0;
        while (true)
        {
            var member = WriteMethod(random, index, serial++);
            if (header.Length + members.Length + member.Length + Close.Length > length)
            {
                break;
            }

            members.Append(member);
        }

        // Pad with a comment to the exact length, so the byte counts of both sides match.
        var text = new StringBuilder(length);
        text.Append(header).Append(members);
        var padding = length - text.Length - Close.Length;
        if (padding >= 3)
        {
            text.Append("//").Append('.', padding - 3).Append('\n');
        }
        else
        {
            text.Append(' ', Math.Max(0, padding));
        }

        text.Append(Close);
        return text.Length == length ? text.ToString() : text.ToString(0, Math.Min(length, text.Length));
    }

    private static string WriteMethod(Random random, int file, int n)
    {
        var b = new StringBuilder();
        b.Append("    // Smooths the reading window (").Append(n).Append("); called every ").Append(random.Next(10, 1000)).Append(" ms.\n");
        if (n % 3 == 0)
        {
            b.Append("    /*\n     * Block comment ").Append(n).Append(": client.GetVariableAsync<double>(\"temp\") is documentation.\n     */\n");
        }

        b.Append("    public static double Smooth").Append(file).Append('_').Append(n).Append("(int[] samples, string unit)\n    {\n");
        b.Append("        double sum = 0.0;\n        int peak = ").Append(random.Next(-50, 50)).Append(";\n");
        var statements = 6 + random.Next(0, 10);
        for (var i = 0; i < statements; i++)
        {
            switch (random.Next(0, 10))
            {
                case 0:
                    b.Append("        for (var i = 0; i < samples.Length; ++i)\n        {\n            sum += samples[i] * ")
                        .Append(random.Next(1, 9)).Append('.').Append(random.Next(0, 9)).Append("; /* scaled */\n")
                        .Append("            if (samples[i] > peak) { peak = samples[i]; }\n        }\n");
                    break;
                case 1:
                    b.Append("        System.Console.WriteLine($\"{unit}: sum={sum:F2} peak={peak} (").Append(n).Append(")\");\n");
                    break;
                case 2:
                    b.Append("        var note").Append(i).Append(" = \"CallFunctionAsync(\\\"not\\\", real) inside a string\";\n        _ = note").Append(i).Append(";\n");
                    break;
                case 3:
                    b.Append("        char quote").Append(i).Append(" = '\\''; char paren").Append(i).Append(" = '('; _ = quote").Append(i).Append(" + paren").Append(i).Append(";\n");
                    break;
                case 4:
                    b.Append("        var page").Append(i).Append(" = \"\"\"\n            <p>GetVariableAsync(\"x\"); \"quoted\" text</p>\n            \"\"\";\n        _ = page").Append(i).Append(";\n");
                    break;
                case 5:
                    b.Append("        switch (peak % ").Append(random.Next(2, 6)).Append(")\n        {\n            case 0: sum *= 1.5; break;\n            case 1: sum -= peak; break;\n            default: break;\n        }\n");
                    break;
                case 6:
                    b.Append("        int[] window").Append(i).Append(" = [").Append(random.Next(0, 9)).Append(", ").Append(random.Next(0, 9)).Append(", ").Append(random.Next(0, 9)).Append("];\n")
                        .Append("        sum += window").Append(i).Append("[0] + window").Append(i).Append("[1] * 0x").Append(random.Next(16, 255).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)).Append(";\n");
                    break;
                case 7:
                    b.Append("        System.Func<int, double> weigh").Append(i).Append(" = v => v * ").Append(random.Next(1, 9)).Append(".0 + peak;\n        sum += weigh").Append(i).Append("(peak);\n");
                    break;
                case 8:
                    b.Append("        var text").Append(i).Append(" = string.Format(\"{0}-{1}\", peak, ").Append(random.Next(0, 1000)).Append(");\n")
                        .Append("        if (text").Append(i).Append(".Length > 8) { sum += text").Append(i).Append(".Length; }\n");
                    break;
                default:
                    b.Append("        sum = sum > ").Append(random.Next(100, 10000)).Append(" ? sum / 2.0 : sum + ").Append(random.Next(1, 100)).Append("; // keep in range\n");
                    break;
            }
        }

        b.Append("        return samples.Length > 0 ? sum / samples.Length : 0.0;\n    }\n\n");
        return b.ToString();
    }
}
