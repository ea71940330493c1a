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
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.CodeFixes;

/// <summary>
/// Rewrites a proxy escape-hatch call to the generated typed member (PCT2004):
/// <c>station.GetVariableAsync&lt;double&gt;("temp", ct)</c> → <c>station.GetTempAsync(ct)</c>,
/// <c>station.CallFunctionAsync("setColor", "red")</c> → <c>station.SetColorAsync("red")</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTypedMemberCodeFixProvider)), Shared]
public sealed class UseTypedMemberCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ParticleContracts.UseTypedMember";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PreferTypedMember);

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.TypedMember, out var member) || member is null
                || !diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.NameArgumentIndex, out var indexText)
                || !int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var nameIndex)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{member}'",
                    cancellationToken => RewriteAsync(context.Document, invocation, member, nameIndex, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> RewriteAsync(Document document, InvocationExpressionSyntax invocation, string member, int nameIndex, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var newExpression = RenameCall(invocation.Expression, member);
        if (root is null || newExpression is null || nameIndex < 0 || nameIndex >= invocation.ArgumentList.Arguments.Count)
        {
            return document;
        }

        var arguments = invocation.ArgumentList.Arguments.RemoveAt(nameIndex);
        var rewritten = invocation
            .WithExpression(newExpression)
            .WithArgumentList(invocation.ArgumentList.WithArguments(arguments));
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, rewritten));
    }

    private static ExpressionSyntax? RenameCall(ExpressionSyntax expression, string member)
    {
        switch (expression)
        {
            case MemberAccessExpressionSyntax access:
                return access.WithName(Identifier(access.Name, member));
            case MemberBindingExpressionSyntax binding:
                return binding.WithName(Identifier(binding.Name, member));
            case SimpleNameSyntax simple:
                return Identifier(simple, member);
            default:
                return null;
        }
    }

    private static IdentifierNameSyntax Identifier(SimpleNameSyntax original, string member) =>
        SyntaxFactory.IdentifierName(member).WithTriviaFrom(original);
}
