using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Ledgers;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Checks constant environment variables set through the raw client (<c>SetEnvironmentVariableAsync</c>,
/// <c>ParticleEnvironmentOperation.Set</c>) against the generated contracts' variables (<see cref="EnvironmentIndex"/>):
/// a name no contract reads (PCT2032), and a constant value the firmware's decoder rejects (PCT2033). System variables
/// (<c>PARTICLE_</c>) are Device OS's, not the firmware's, and are not checked. Silent when no contract reads one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnvironmentUsageAnalyzer : DiagnosticAnalyzer
{
    private const string OperationTypeName = "ParticleContracts.ParticleEnvironmentOperation";
    private const string SetVariableMethod = "SetEnvironmentVariableAsync";
    private const string SetOperationMethod = "Set";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownEnvironmentVariable,
        Descriptors.EnvironmentValueRejected);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        InvocationAnalysis.Register(
            context,
            static (compilation, symbols, cancellationToken) => EnvironmentIndex.Build(compilation, symbols, cancellationToken) is { IsEmpty: false } variables ? variables : null,
            Analyze);
    }

    private static void Analyze(OperationAnalysisContext context, ParticleSymbols symbols, EnvironmentIndex variables)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var sets = method.Name == SetVariableMethod
            ? SymbolEqualityComparer.Default.Equals(method.ContainingType, symbols.CloudClient)
            : method.Name == SetOperationMethod && method.IsStatic
              && SymbolEqualityComparer.Default.Equals(method.ContainingType, context.Compilation.GetTypeByMetadataName(OperationTypeName));
        if (!sets)
        {
            return;
        }

        if (InvocationAnalysis.ConstantName(invocation, "key", out var key) is not { } name
            || name.StartsWith(DataRules.ReservedPrefix, StringComparison.Ordinal))
        {
            return;
        }

        if (!variables.Contains(name))
        {
            var suggestions = NameSuggester.Suggest(name, variables.Names);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownEnvironmentVariable, key.Syntax.GetLocation(), DiagnosticPropertyNames.Suggestions(suggestions), name, UsageMessages.DidYouMean(suggestions, variables.Names, "environment variables")));
            return;
        }

        var value = InvocationAnalysis.Argument(invocation, "value");
        if (value?.Value is null || value.IsImplicit || ConstantNameReader.ReadAnyConstant(value.Value) is not { } text)
        {
            return;
        }

        foreach (var type in variables.TypesOf(name))
        {
            if (Rejection(type, text) is { } rejection)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.EnvironmentValueRejected, value.Value.Syntax.GetLocation(), name, text, rejection.Accepts, rejection.Output, rejection.Example));
                return;
            }
        }
    }

    /// <summary>What the decoder of <paramref name="type"/> accepts, when it rejects <paramref name="text"/>; else null.</summary>
    private static (string Accepts, string Output, string Example)? Rejection(string type, string text) => type switch
    {
        "bool" when !DataRules.IsBoolText(text) => ("exactly true or false", "bool&", "\"true\" or \"false\""),
        "int" when !DataRules.IsInt32Decimal(text) => ("a 32-bit signed decimal integer", "int&", "a whole number such as \"30\""),
        _ => null,
    };
}
