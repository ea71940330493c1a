using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.CodeFixes;

/// <summary>
/// Replaces an unknown cloud name (PCT2001), contract name (PCT2006), event name (PCT2010, PCT2011), ledger name
/// (PCT2030) or environment variable name (PCT2032) written as a string literal with one of the suggested names. One action per suggestion; the equivalence key is the suggestion's rank, so Fix All applies each
/// diagnostic's own closest name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceNameCodeFixProvider)), Shared]
public sealed class ReplaceNameCodeFixProvider : ParticleCodeFixProvider
{
    /// <summary>Equivalence key prefix; the rank of the suggestion (0 = closest) follows.</summary>
    public const string EquivalenceKeyPrefix = "ParticleContracts.ReplaceName.";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnknownCloudName, DiagnosticIds.UnknownContractAttribute, DiagnosticIds.UnknownSubscribedEvent, DiagnosticIds.UnsubscribedPublishedEvent,
            DiagnosticIds.UnknownLedger, DiagnosticIds.UnknownEnvironmentVariable);

    /// <inheritdoc />
    protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        for (var rank = 0; rank < NameSuggester.MaxSuggestions; rank++)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Suggestion(rank), out var suggestion) || suggestion is null)
            {
                break;
            }

            RegisterReplacement(
                context,
                diagnostic,
                $"Use '{suggestion}'",
                EquivalenceKeyPrefix + rank.ToString(CultureInfo.InvariantCulture),
                literal,
                original => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(original));
        }
    }
}
