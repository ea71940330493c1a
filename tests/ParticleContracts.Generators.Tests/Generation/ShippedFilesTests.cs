using System.Text.RegularExpressions;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>Shipped files (sources, XML docs, READMEs, docs/) cite only documents the repository contains.</summary>
public sealed partial class ShippedFilesTests
{
    [Fact]
    public void Every_cited_markdown_document_exists_in_the_repository()
    {
        var root = GeneratorHarness.RepoRoot;
        var existing = Files(root, "*.md").Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shipped = new[] { "*.cs", "*.md", "*.props", "*.targets" }
            .SelectMany(pattern => Files(Path.Combine(root, "src"), pattern).Concat(Files(Path.Combine(root, "docs"), pattern)))
            .Append(Path.Combine(root, "README.md"));

        var missing = new List<string>();
        foreach (var file in shipped)
        {
            foreach (Match match in CitedDocument().Matches(File.ReadAllText(file)))
            {
                var name = match.Groups[1].Value;
                if (!existing.Contains(name) && !name.Contains("nnnn", StringComparison.Ordinal))
                {
                    missing.Add($"{Path.GetRelativePath(root, file)} cites {name}");
                }
            }
        }

        Assert.Empty(missing);
    }

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains("node_modules", StringComparison.Ordinal));

    [GeneratedRegex(@"(?<![\w{.-])([A-Za-z][\w-]*\.md)\b")]
    private static partial Regex CitedDocument();
}
