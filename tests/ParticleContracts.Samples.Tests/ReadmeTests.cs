using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParticleContracts.Samples.Tests;

/// <summary>
/// No drift between the README and the code: every ```csharp block compiles (warnings included) against the runtime,
/// the simulator, DI, xUnit and the proxies generated in this project from firmware/weather-station
/// (namespace <c>MyApp.Devices</c>, as the quick start declares), with the usings of an SDK-style project.
/// </summary>
public sealed class ReadmeTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static TheoryData<int> CSharpBlockLines()
    {
        var data = new TheoryData<int>();
        foreach (var block in ReadmeCodeBlocks.All().Where(b => b.Language == "csharp"))
        {
            data.Add(block.Line);
        }

        return data;
    }

    [Fact]
    public void Readme_starts_with_the_sample_and_test_commands_and_has_csharp_examples()
    {
        var lines = File.ReadAllLines(ReadmeCodeBlocks.ReadmePath);
        // .ci/run runs the first line that starts with "dotnet test ".
        Assert.Equal("dotnet test ParticleContracts.sln --logger trx --results-directory TestResults",
            lines.First(l => l.StartsWith("dotnet test ", StringComparison.Ordinal)));
        Assert.Contains("dotnet run --project samples/WeatherStation", lines);
        Assert.True(ReadmeCodeBlocks.All().Count(b => b.Language == "csharp") >= 5, "The README should show the API in csharp blocks.");
        Assert.DoesNotContain(ReadmeCodeBlocks.All(), b => b.Language is "cs" or "c#" or "C#");
    }

    [Fact]
    public void Readme_quick_start_project_items_match_the_package_and_its_props()
    {
        var block = ReadmeCodeBlocks.All().Single(b => b.Language == "xml" && b.Code.Contains("ParticleFirmware", StringComparison.Ordinal));
        var items = XElement.Parse(block.Code);
        var version = XDocument.Load(RepositoryLayout.PathOf("Directory.Build.props")).Descendants("ParticleContractsVersion").Single().Value;

        var package = items.Elements("PackageReference").Single();
        Assert.Equal("ParticleContracts", package.Attribute("Include")?.Value);
        Assert.Equal(version, package.Attribute("Version")?.Value);

        // The item and its metadata are the ones the package's props/targets turn into compiler inputs.
        var firmware = items.Elements("ParticleFirmware").Single();
        var targets = File.ReadAllText(RepositoryLayout.PathOf("src", "ParticleContracts", "build", "ParticleContracts.targets"));
        Assert.Contains("@(ParticleFirmware)", targets);
        foreach (var metadata in firmware.Attributes().Where(a => a.Name != "Include"))
        {
            // Items reach AdditionalFiles through _ParticleFirmwareFile (files, and folders expanded to their files).
            Assert.Contains($"%(_ParticleFirmwareFile.{metadata.Name})", targets);
        }
    }

    [Fact]
    public void Readme_diagnostics_table_lists_every_diagnostic_id_with_its_page()
    {
        var declared = Regex.Matches(
                File.ReadAllText(RepositoryLayout.PathOf("src", "ParticleContracts.Generators", "Diagnostics", "DiagnosticIds.cs")),
                "/// <summary>(?<summary>(?:(?!</summary>).)*)</summary>\\s*public const string \\w+ = \"(?<id>PCT\\d{4})\";",
                RegexOptions.Singleline)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["summary"].Value);
        var ids = declared.Keys.ToList();
        Assert.NotEmpty(ids);

        var readme = File.ReadAllText(ReadmeCodeBlocks.ReadmePath);
        var listed = Regex.Matches(readme, @"^\| \[(?<id>PCT\d{4})\]\(docs/diagnostics/(?<page>PCT\d{4})\.md\) \|", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups["id"].Value, Page: m.Groups["page"].Value))
            .ToList();
        Assert.All(listed, row => Assert.Equal(row.Id, row.Page));
        var missing = ids.Except(listed.Select(row => row.Id)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0,
            "README.md's diagnostics table lacks rows; add them (severity from the docs page):" + Environment.NewLine
            + string.Join(Environment.NewLine, missing.Select(id => $"| [{id}](docs/diagnostics/{id}.md) | ? | {PlainText(declared[id])} |")));
        Assert.Equal(ids.Order(StringComparer.Ordinal), listed.Select(row => row.Id).Order(StringComparer.Ordinal));
        Assert.All(ids, id => Assert.True(File.Exists(RepositoryLayout.PathOf("docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing."));
    }

    private static string PlainText(string xmlDoc) =>
        Regex.Replace(Regex.Replace(string.Join(' ', xmlDoc.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), "<c>(.*?)</c>", "`$1`"), "<[^>]+>", "");

    [Theory]
    [MemberData(nameof(CSharpBlockLines))]
    public void Readme_csharp_block_compiles(int line)
    {
        var block = ReadmeCodeBlocks.All().Single(b => b.Language == "csharp" && b.Line == line);
        var parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
        var code = CSharpSyntaxTree.ParseText(block.Code, parseOptions, path: $"README.md:{block.Line}");
        var hasStatements = code.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "ReadmeBlock" + block.Line,
            [code, CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, path: "ImplicitUsings.cs")],
            References.Value,
            new CSharpCompilationOptions(hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
                .WithNullableContextOptions(NullableContextOptions.Enable));

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            // An unused global using or helper function says nothing about the README.
            .Where(d => d.Id is not ("CS8019" or "CS8321"))
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0,
            $"{block} does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}{Environment.NewLine}---{Environment.NewLine}{block.Code}");
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(typeof(ReadmeTests).Assembly.Location)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        return [.. paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
