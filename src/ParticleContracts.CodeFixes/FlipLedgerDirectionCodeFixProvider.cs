using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.CodeFixes;

/// <summary>
/// Writes the direction the firmware implies into a ledger definition (PCT2034) when the direction is written as a
/// <c>ParticleLedgerDirection</c> member (<c>ParticleLedgerDirection.Upstream</c>, or <c>Upstream</c> under
/// <c>using static</c>); any other form (a constant, a cast) is left to the developer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FlipLedgerDirectionCodeFixProvider)), Shared]
public sealed class FlipLedgerDirectionCodeFixProvider : ParticleCodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ParticleContracts.FlipLedgerDirection";

    private const string Upstream = "Upstream";
    private const string Downstream = "Downstream";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LedgerDefinitionDirection);

    /// <inheritdoc />
    protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.LedgerDirection, out var implied)
            || implied is not (Upstream or Downstream)
            || DirectionName(node) is not { } name
            || name.Identifier.ValueText is not (Upstream or Downstream)
            || name.Identifier.ValueText == implied)
        {
            return;
        }

        RegisterReplacement(
            context,
            diagnostic,
            $"Use ParticleLedgerDirection.{implied}",
            EquivalenceKey,
            name,
            original => SyntaxFactory.IdentifierName(implied).WithTriviaFrom(original));
    }

    /// <summary>The enum member's name in <c>X.Upstream</c> or a bare <c>Upstream</c>; null for any other form.</summary>
    private static IdentifierNameSyntax? DirectionName(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name,
        IdentifierNameSyntax name => name,
        _ => null,
    };
}
