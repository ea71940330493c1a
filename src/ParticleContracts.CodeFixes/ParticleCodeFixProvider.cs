using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ParticleContracts.CodeFixes;

/// <summary>
/// The shape every ParticleContracts code fix shares: batch Fix All, one syntax root per request, one registration per
/// diagnostic, and rewrites that replace a single node. A provider only says which node a diagnostic points at and
/// what it becomes; the diagnostic's <see cref="Diagnostic.Properties"/> carry everything the fix needs, so no fix
/// recomputes what the analyzer already knew.
/// </summary>
public abstract class ParticleCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            RegisterFixes(context, diagnostic, node);
        }
    }

    /// <summary>Registers this provider's actions for one diagnostic, given the innermost node it points at.</summary>
    /// <param name="context">The code-fix request.</param>
    /// <param name="diagnostic">One of the request's diagnostics.</param>
    /// <param name="node">The innermost node under the diagnostic's span.</param>
    protected abstract void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node);

    /// <summary>Registers one action that replaces <paramref name="original"/> with what <paramref name="rewrite"/> makes of it.</summary>
    /// <typeparam name="TNode">The kind of node replaced.</typeparam>
    /// <param name="context">The code-fix request.</param>
    /// <param name="diagnostic">The diagnostic the action fixes.</param>
    /// <param name="title">The action's title.</param>
    /// <param name="equivalenceKey">The key Fix All groups actions by.</param>
    /// <param name="original">The node to replace.</param>
    /// <param name="rewrite">The replacement, or null to leave the document unchanged.</param>
    protected static void RegisterReplacement<TNode>(
        CodeFixContext context, Diagnostic diagnostic, string title, string equivalenceKey, TNode original, System.Func<TNode, SyntaxNode?> rewrite)
        where TNode : SyntaxNode
    {
        var document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(title, cancellationToken => ReplaceNodeAsync(document, original, rewrite, cancellationToken), equivalenceKey),
            diagnostic);
    }

    /// <summary>Reads an integer the analyzer stored in the diagnostic's properties.</summary>
    /// <param name="properties">The diagnostic's properties.</param>
    /// <param name="key">The property name.</param>
    /// <param name="value">The value read, or -1.</param>
    /// <returns>Whether the property is present and an integer.</returns>
    protected static bool TryGetIndex(ImmutableDictionary<string, string?> properties, string key, out int value)
    {
        value = -1;
        return properties.TryGetValue(key, out var text) && text is not null
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The call expression with its method name replaced by <paramref name="member"/>: <c>x.A</c>, <c>x?.A</c> or <c>A</c>.</summary>
    /// <param name="expression">The invocation's expression.</param>
    /// <param name="member">The new method name.</param>
    /// <returns>The renamed expression, or null for a shape that is not a named call.</returns>
    protected static ExpressionSyntax? RenameCall(ExpressionSyntax expression, string member) => expression switch
    {
        MemberAccessExpressionSyntax access => access.WithName(Identifier(access.Name, member)),
        MemberBindingExpressionSyntax binding => binding.WithName(Identifier(binding.Name, member)),
        SimpleNameSyntax simple => Identifier(simple, member),
        _ => null,
    };

    private static IdentifierNameSyntax Identifier(SimpleNameSyntax original, string member) =>
        SyntaxFactory.IdentifierName(member).WithTriviaFrom(original);

    private static async Task<Document> ReplaceNodeAsync<TNode>(Document document, TNode original, System.Func<TNode, SyntaxNode?> rewrite, CancellationToken cancellationToken)
        where TNode : SyntaxNode
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = rewrite(original);
        return root is null || replacement is null ? document : document.WithSyntaxRoot(root.ReplaceNode(original, replacement));
    }
}
