using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Checks constant ledger names passed to the raw client's ledger calls against the generated contracts' ledgers
/// (<see cref="LedgerIndex"/>): a name no contract uses (PCT2030), and <c>SetLedgerInstanceAsync</c> on a ledger the
/// firmware only writes (PCT2031). Silent when no contract uses a ledger.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LedgerUsageAnalyzer : DiagnosticAnalyzer
{
    private const string LedgerNameParameter = "ledgerName";
    private const string SetInstanceMethod = "SetLedgerInstanceAsync";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownLedger,
        Descriptors.WriteToDeviceToCloudLedger);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        InvocationAnalysis.Register(
            context,
            static (compilation, symbols, cancellationToken) => LedgerIndex.Build(compilation, symbols, cancellationToken) is { IsEmpty: false } ledgers ? ledgers : null,
            Analyze);
    }

    private static void Analyze(OperationAnalysisContext context, ParticleSymbols symbols, LedgerIndex ledgers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, symbols.CloudClient))
        {
            return;
        }

        if (InvocationAnalysis.ConstantName(invocation, LedgerNameParameter, out var value) is not { } name)
        {
            return;
        }

        var location = value.Syntax.GetLocation();
        if (!ledgers.Contains(name))
        {
            if (ledgers.HasRunTimeNames)
            {
                return;
            }

            var suggestions = NameSuggester.Suggest(name, ledgers.Names);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownLedger, location, DiagnosticPropertyNames.Suggestions(suggestions), name, UsageMessages.DidYouMean(suggestions, ledgers.Names, "ledgers")));
        }
        else if (invocation.TargetMethod.Name == SetInstanceMethod && ledgers.IsDeviceToCloud(name))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WriteToDeviceToCloudLedger, location, name));
        }
    }
}
