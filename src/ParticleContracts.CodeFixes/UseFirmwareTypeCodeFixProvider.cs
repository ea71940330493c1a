using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.CodeFixes;

/// <summary>Replaces the type argument of a variable read with the type the firmware declares (PCT2003).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFirmwareTypeCodeFixProvider)), Shared]
public sealed class UseFirmwareTypeCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ParticleContracts.UseFirmwareType";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.VariableTypeMismatch);

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ExpectedType, out var expected) || expected is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not TypeSyntax typeArgument
                || typeArgument.Parent is not TypeArgumentListSyntax)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read it as {expected}",
                    cancellationToken => ReplaceAsync(context.Document, typeArgument, expected, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, TypeSyntax typeArgument, string keyword, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var replacement = SyntaxFactory.ParseTypeName(keyword).WithTriviaFrom(typeArgument);
        return document.WithSyntaxRoot(root.ReplaceNode(typeArgument, replacement));
    }
}
