using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.CodeFixes;

/// <summary>Replaces the type argument of a variable read with the type the firmware declares (PCT2003).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseFirmwareTypeCodeFixProvider)), Shared]
public sealed class UseFirmwareTypeCodeFixProvider : ParticleCodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ParticleContracts.UseFirmwareType";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.VariableTypeMismatch);

    /// <inheritdoc />
    protected override void RegisterFixes(CodeFixContext context, Diagnostic diagnostic, SyntaxNode node)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.ExpectedType, out var expected) || expected is null
            || node is not TypeSyntax typeArgument
            || typeArgument.Parent is not TypeArgumentListSyntax)
        {
            return;
        }

        RegisterReplacement(
            context,
            diagnostic,
            $"Read it as {expected}",
            EquivalenceKey,
            typeArgument,
            original => SyntaxFactory.ParseTypeName(expected).WithTriviaFrom(original));
    }
}
