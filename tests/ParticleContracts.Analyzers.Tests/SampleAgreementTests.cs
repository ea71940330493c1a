using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;
using ParticleContracts.Generators;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Analyzers.Tests;

/// <summary>
/// The analyzers' index is read from the code the generator emitted, so it must hold exactly the contracts, cloud
/// names, cloud types and typed members the reader and the naming stage produce — on every sample under firmware/.
/// </summary>
public sealed class SampleAgreementTests
{
    public static TheoryData<string> Samples() => new(Directory.EnumerateDirectories(Path.Combine(RepositoryRoot(), "firmware"))
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_analyzers_index_matches_what_the_generator_emitted(string sample)
    {
        var folder = Path.Combine(RepositoryRoot(), "firmware", sample);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => (Path: FirmwarePath.Normalize(path), Text: File.ReadAllText(path)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToArray();
        var compilation = CSharpCompilation.Create(
            "Agreement",
            [CSharpSyntaxTree.ParseText("namespace Agreement; internal static class Anchor { }")],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ParticleCloudClient).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var texts = files.Select(file => (AdditionalText)new SampleText(file.Path, file.Text)).ToImmutableArray();
        CSharpGeneratorDriver.Create([new ContractGenerator().AsSourceGenerator()], texts)
            .RunGeneratorsAndUpdateCompilation(compilation, out var withProxies, out _);

        var index = ContractIndex.Build(withProxies, ParticleSymbolsOf(withProxies), 1024, CancellationToken.None);
        var contracts = FirmwareReader.Read(files.Select(file => new FirmwareSource(file.Path, file.Text, FirmwarePath.Normalize(folder))));

        Assert.Equal(contracts.Select(c => c.Name).Order(StringComparer.Ordinal), index.ContractNames);
        foreach (var contract in contracts)
        {
            var scope = index.Find(contract.Name)!;
            var expected = ProxyMemberNames.Assign(contract, contract.Name).Members
                .Select(m => $"{m.Registration.Kind} {m.Registration.Name} {m.Registration.CloudType} {m.MemberName}")
                .Order(StringComparer.Ordinal);
            var actual = new[] { RegistrationKind.Variable, RegistrationKind.Function }
                .SelectMany(kind => scope.Names(kind).SelectMany(name => scope.Find(name, kind)))
                .Select(m => $"{m.Kind} {m.Name} {(m.Kind == RegistrationKind.Variable ? m.CloudType : CloudType.None)} {m.MemberName}")
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
            Assert.Equal(contract.Registrations.Any(r => r.Name is null && r.Kind == RegistrationKind.Variable), scope.HasRunTimeVariableNames);
            Assert.Equal(contract.Registrations.Any(r => r.Name is null && r.Kind == RegistrationKind.Function), scope.HasRunTimeFunctionNames);
        }
    }

    private static ParticleSymbols ParticleSymbolsOf(Compilation compilation) =>
        ParticleSymbols.TryCreate(compilation) ?? throw new InvalidOperationException("runtime not referenced");

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

    private sealed class SampleText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
