using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Checks contract names: a <c>[ParticleDeviceContract("X")]</c> naming no generated contract (PCT2006), and
/// <c>ParticleContract</c> item metadata that yields no contract because none of its files is a firmware source (PCT2007).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractNameAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownContractAttribute,
        Descriptors.UnknownContractMetadata);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // PCT2007 reads item metadata only: the additional files are never parsed here.
            var withoutSources = ContractMetadata.WithoutSources(start.Options, start.CancellationToken);
            if (!withoutSources.IsEmpty)
            {
                start.RegisterAdditionalFileAction(additional => ReportMetadata(additional, withoutSources));
            }

            var symbols = ParticleSymbols.TryCreate(start.Compilation);
            if (symbols?.ContractAttribute is not null)
            {
                var contracts = ContractIndex.Build(start.Compilation, symbols, 0, start.CancellationToken);
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, symbols, contracts), SymbolKind.NamedType);
            }
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, ParticleSymbols symbols, ContractIndex contracts)
    {
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.ContractAttribute)
                || attribute.ConstructorArguments.Length != 1
                || attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax
                || syntax.ArgumentList is not { Arguments.Count: > 0 } arguments)
            {
                continue;
            }

            var name = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
            if (contracts.Find(name) is not null)
            {
                continue;
            }

            var suggestions = NameSuggester.Suggest(name, contracts.ContractNames);
            var properties = ImmutableDictionary<string, string?>.Empty;
            for (var i = 0; i < suggestions.Length; i++)
            {
                properties = properties.Add(DiagnosticPropertyNames.Suggestion(i), suggestions[i]);
            }

            var suffix = contracts.IsEmpty
                ? "; this project has no firmware: add <ParticleFirmware Include=\"path/to/firmware/**/*\" /> to the project file"
                : UsageMessages.DidYouMean(suggestions, contracts.ContractNames, "contracts");
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnknownContractAttribute,
                arguments.Arguments[0].Expression.GetLocation(),
                properties,
                name,
                suffix));
        }
    }

    private static void ReportMetadata(AdditionalFileAnalysisContext context, ImmutableDictionary<string, string> withoutSources)
    {
        var file = context.AdditionalFile;
        foreach (var pair in withoutSources)
        {
            if (!string.Equals(pair.Value, file.Path, System.StringComparison.Ordinal))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnknownContractMetadata,
                Location.Create(file.Path, default(TextSpan), default(LinePositionSpan)),
                pair.Key,
                file.Path,
                FirmwareFileKinds.SourceExtensionList));
        }
    }
}
