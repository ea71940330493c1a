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
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = ParticleSymbols.TryCreate(start.Compilation);
            var operationType = start.Compilation.GetTypeByMetadataName(OperationTypeName);
            if (symbols?.CloudClient is null)
            {
                return;
            }

            var variables = EnvironmentIndex.Build(start.Compilation, symbols, start.CancellationToken);
            if (variables.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(operation => Analyze(operation, symbols.CloudClient, operationType, variables), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol client, INamedTypeSymbol? operationType, EnvironmentIndex variables)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var sets = method.Name == SetVariableMethod
            ? SymbolEqualityComparer.Default.Equals(method.ContainingType, client)
            : method.Name == SetOperationMethod && method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, operationType);
        if (!sets)
        {
            return;
        }

        var key = Argument(invocation, "key");
        if (key?.Value is null || key.IsImplicit || ConstantNameReader.Read(key.Value) is not { Length: > 0 } name
            || name.StartsWith(DataRules.ReservedPrefix, StringComparison.Ordinal))
        {
            return;
        }

        if (!variables.Contains(name))
        {
            var suggestions = NameSuggester.Suggest(name, variables.Names);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownEnvironmentVariable, key.Value.Syntax.GetLocation(), DiagnosticPropertyNames.Suggestions(suggestions), name, UsageMessages.DidYouMean(suggestions, variables.Names, "environment variables")));
            return;
        }

        var value = Argument(invocation, "value");
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

    private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument;
            }
        }

        return null;
    }
}
