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
/// Replaces a misspelt word argument with the typed member and the suggested enum member (PCT2020):
/// <c>station.SetVentAsync("opne")</c> → <c>station.SetVentAsync(WeatherStation.SetVentPosition.Open)</c>,
/// <c>station.CallFunctionAsync("setVent", "opne")</c> → the same.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTypedArgumentCodeFixProvider)), Shared]
public sealed class UseTypedArgumentCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ParticleContracts.UseTypedArgument";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ArgumentNotAWord);

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
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(DiagnosticPropertyNames.TypedMember, out var member) || member is null
                || !properties.TryGetValue(DiagnosticPropertyNames.TypedArgument, out var typedArgument) || typedArgument is null
                || !TryIndex(properties, DiagnosticPropertyNames.ArgumentIndex, out var argumentIndex)
                || !TryIndex(properties, DiagnosticPropertyNames.NameArgumentIndex, out var nameIndex)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
            {
                continue;
            }

            var lastDot = typedArgument.LastIndexOf('.');
            var shortName = lastDot > 0 ? typedArgument.Substring(typedArgument.LastIndexOf('.', lastDot - 1) + 1) : typedArgument;
            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{member}({shortName})'",
                    cancellationToken => RewriteAsync(context.Document, invocation, member, typedArgument, argumentIndex, nameIndex, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static bool TryIndex(ImmutableDictionary<string, string?> properties, string key, out int index)
    {
        index = -1;
        return properties.TryGetValue(key, out var text) && text is not null
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out index);
    }

    private static async Task<Document> RewriteAsync(Document document, InvocationExpressionSyntax invocation, string member, string typedArgument, int argumentIndex, int nameIndex, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var arguments = invocation.ArgumentList.Arguments;
        if (root is null || argumentIndex < 0 || argumentIndex >= arguments.Count || nameIndex >= arguments.Count)
        {
            return document;
        }

        var value = SyntaxFactory.ParseExpression(typedArgument);
        var original = arguments[argumentIndex];
        arguments = arguments.Replace(original, SyntaxFactory.Argument(value).WithTriviaFrom(original));
        if (nameIndex >= 0)
        {
            arguments = arguments.RemoveAt(nameIndex);
        }

        var expression = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => (ExpressionSyntax)access.WithName(Identifier(access.Name, member)),
            MemberBindingExpressionSyntax binding => binding.WithName(Identifier(binding.Name, member)),
            SimpleNameSyntax simple => Identifier(simple, member),
            _ => null,
        };
        if (expression is null)
        {
            return document;
        }

        var rewritten = invocation.WithExpression(expression).WithArgumentList(invocation.ArgumentList.WithArguments(arguments));
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, rewritten));
    }

    private static IdentifierNameSyntax Identifier(SimpleNameSyntax original, string member) =>
        SyntaxFactory.IdentifierName(member).WithTriviaFrom(original);
}
