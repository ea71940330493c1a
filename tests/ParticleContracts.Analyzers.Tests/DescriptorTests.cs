using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class DescriptorTests
{
    public static TheoryData<string> UsageIds() => new(UsageIdList());

    private static List<string> UsageIdList() =>
        typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetValue(null))
            .OfType<string>()
            .Where(id => id.StartsWith("PCT2", StringComparison.Ordinal))
            .ToList();

    [Theory]
    [MemberData(nameof(UsageIds))]
    public void Every_usage_id_has_one_descriptor_a_help_page_and_a_release_row(string id)
    {
        var descriptor = Assert.Single(AllUsageDescriptors(), d => d.Id == id);
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Equal(Descriptors.UsageCategory, descriptor.Category);

        var root = RepositoryRoot();
        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: ", page, StringComparison.Ordinal);
        Assert.Contains("## Bad", page, StringComparison.Ordinal);
        Assert.Contains("## Good", page, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page, StringComparison.Ordinal);

        var releases = File.ReadAllText(Path.Combine(root, "src", "ParticleContracts.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {Descriptors.UsageCategory} | {descriptor.DefaultSeverity} |", releases, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyzers_support_every_usage_descriptor_exactly_once()
    {
        var supported = new DiagnosticAnalyzer[] { new CloudCallAnalyzer(), new ContractNameAnalyzer(), new EventNameAnalyzer(), new FunctionArgumentAnalyzer(), new LedgerUsageAnalyzer(), new LedgerDefinitionAnalyzer(), new EnvironmentUsageAnalyzer() }
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .Select(descriptor => descriptor.Id)
            .ToList();
        Assert.Equal(supported.Distinct().Count(), supported.Count);
        Assert.Equal(UsageIdList().Order(StringComparer.Ordinal), supported.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<DiagnosticDescriptor> AllUsageDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .Where(descriptor => descriptor.Id.StartsWith("PCT2", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParticleContracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ParticleContracts.sln not found above " + AppContext.BaseDirectory);
    }
}
