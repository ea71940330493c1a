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
/// Replaces a misspelt word argument with the typed member and the suggested enum member (PCT2020):
/// <c>station.SetVentAsync("opne")</c> → <c>station.SetVentAsync(WeatherStation.SetVentPosition.Open)</c>,
/// <c>station.CallFunctionAsync("setVent", "opne")</c> → the same.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTypedArgumentCodeFixProvider)), Shared]
public sealed class UseTypedArgumentCodeFixProvider : ParticleCodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ParticleContracts.UseTypedArgument";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ArgumentNotAWord);

    /// <inheritdoc />
    protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(DiagnosticPropertyNames.TypedMember, out var member) || member is null
            || !properties.TryGetValue(DiagnosticPropertyNames.TypedArgument, out var typedArgument) || typedArgument is null
            || !TryGetIndex(properties, DiagnosticPropertyNames.ArgumentIndex, out var argumentIndex)
            || !TryGetIndex(properties, DiagnosticPropertyNames.NameArgumentIndex, out var nameIndex)
            || node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
        {
            return;
        }

        var lastDot = typedArgument.LastIndexOf('.');
        var shortName = lastDot > 0 ? typedArgument.Substring(typedArgument.LastIndexOf('.', lastDot - 1) + 1) : typedArgument;
        RegisterReplacement(
            context,
            diagnostic,
            $"Use '{member}({shortName})'",
            EquivalenceKey,
            invocation,
            original => Rewrite(original, member, typedArgument, argumentIndex, nameIndex));
    }

    private static InvocationExpressionSyntax? Rewrite(InvocationExpressionSyntax invocation, string member, string typedArgument, int argumentIndex, int nameIndex)
    {
        var arguments = invocation.ArgumentList.Arguments;
        var expression = RenameCall(invocation.Expression, member);
        if (expression is null || argumentIndex < 0 || argumentIndex >= arguments.Count || nameIndex >= arguments.Count)
        {
            return null;
        }

        var original = arguments[argumentIndex];
        arguments = arguments.Replace(original, SyntaxFactory.Argument(SyntaxFactory.ParseExpression(typedArgument)).WithTriviaFrom(original));
        if (nameIndex >= 0)
        {
            arguments = arguments.RemoveAt(nameIndex);
        }

        return invocation.WithExpression(expression).WithArgumentList(invocation.ArgumentList.WithArguments(arguments));
    }
}
