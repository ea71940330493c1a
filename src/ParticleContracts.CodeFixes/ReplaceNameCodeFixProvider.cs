using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.CodeFixes;

/// <summary>
/// Replaces an unknown cloud name (PCT2001) or contract name (PCT2006) written as a string literal with one of the
/// suggested names. One action per suggestion; the equivalence key is the suggestion's rank, so Fix All applies each
/// diagnostic's own closest name.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceNameCodeFixProvider)), Shared]
public sealed class ReplaceNameCodeFixProvider : CodeFixProvider
{
    /// <summary>Equivalence key prefix; the rank of the suggestion (0 = closest) follows.</summary>
    public const string EquivalenceKeyPrefix = "ParticleContracts.ReplaceName.";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnknownCloudName, DiagnosticIds.UnknownContractAttribute, DiagnosticIds.UnknownSubscribedEvent, DiagnosticIds.UnsubscribedPublishedEvent);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            for (var rank = 0; rank < NameSuggester.MaxSuggestions; rank++)
            {
                if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.Suggestion(rank), out var suggestion) || suggestion is null)
                {
                    break;
                }

                var replacement = suggestion;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use '{replacement}'",
                        cancellationToken => ReplaceAsync(context.Document, literal, replacement, cancellationToken),
                        EquivalenceKeyPrefix + rank.ToString(CultureInfo.InvariantCulture)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string name, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
