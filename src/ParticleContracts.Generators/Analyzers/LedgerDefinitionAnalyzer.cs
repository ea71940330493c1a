using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Checks ledger definitions built in C# (<c>new ParticleLedgerDefinition { Name = ..., Direction = ... }</c>, what
/// <c>CreateLedgerAsync</c> and <c>UpdateLedgerAsync</c> take) against the direction the generated contracts give the
/// ledger (<see cref="LedgerIndex"/>): a constant name whose constant direction is the other one (PCT2034). Silent for
/// names or directions known only at run time, ledgers no contract uses, and ledgers contracts disagree on.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LedgerDefinitionAnalyzer : DiagnosticAnalyzer
{
    private const string DefinitionTypeName = "ParticleContracts.ParticleLedgerDefinition";
    private const string NameProperty = "Name";
    private const string DirectionProperty = "Direction";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LedgerDefinitionDirection);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = ParticleSymbols.TryCreate(start.Compilation);
            var definitionType = start.Compilation.GetTypeByMetadataName(DefinitionTypeName);
            if (symbols is null || definitionType is null)
            {
                return;
            }

            var ledgers = LedgerIndex.Build(start.Compilation, symbols, start.CancellationToken);
            if (ledgers.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, definitionType, ledgers), OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol definitionType, LedgerIndex ledgers)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Initializer is not { } initializer || !SymbolEqualityComparer.Default.Equals(creation.Type, definitionType))
        {
            return;
        }

        IOperation? name = null;
        IOperation? direction = null;
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                && SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, definitionType))
            {
                switch (property.Property.Name)
                {
                    case NameProperty:
                        name = assignment.Value;
                        break;
                    case DirectionProperty:
                        direction = assignment.Value;
                        break;
                }
            }
        }

        if (name is null || direction is null
            || ConstantNameReader.Read(name) is not { Length: > 0 } ledger
            || direction.ConstantValue is not { HasValue: true, Value: int written }
            || ledgers.ImpliedDirection(ledger) is not { } implied
            || written == implied
            || written is not (LedgerIndex.Upstream or LedgerIndex.Downstream))
        {
            return;
        }

        var impliedName = DirectionName(implied);
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.LedgerDirection, impliedName);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.LedgerDefinitionDirection,
            direction.Syntax.GetLocation(),
            properties,
            ledger,
            DirectionName(written),
            implied == LedgerIndex.Downstream ? "reads" : "writes",
            implied == LedgerIndex.Downstream ? "Downstream (cloud-to-device)" : "Upstream (device-to-cloud)"));
    }

    private static string DirectionName(int direction) => direction == LedgerIndex.Upstream ? "Upstream" : "Downstream";
}
