using System.Text.RegularExpressions;

namespace ParticleContracts.Samples.Tests;

/// <summary>One fenced code block of README.md.</summary>
public sealed record ReadmeCodeBlock(string Language, int Line, string Code)
{
    public override string ToString() => $"README.md line {Line} ({Language})";
}

/// <summary>Splits README.md into its fenced code blocks.</summary>
internal static partial class ReadmeCodeBlocks
{
    public static string ReadmePath => RepositoryLayout.PathOf("README.md");

    public static IReadOnlyList<ReadmeCodeBlock> All() => Parse(File.ReadAllLines(ReadmePath));

    public static IReadOnlyList<ReadmeCodeBlock> Parse(IReadOnlyList<string> lines)
    {
        var blocks = new List<ReadmeCodeBlock>();
        for (var i = 0; i < lines.Count; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                code.Add(lines[i]);
            }

            blocks.Add(new ReadmeCodeBlock(open.Groups["language"].Value.Trim(), start + 1, string.Join('\n', code)));
        }

        return blocks;
    }

    [GeneratedRegex(@"^\s*```(?<language>[A-Za-z0-9#+-]*)\s*$")]
    private static partial Regex Fence();
}
