using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Checks constant arguments of a device proxy's raw function calls — the <c>string</c> overload of a typed member
/// (<c>station.SetVentAsync("opne")</c>) and <c>CallFunctionAsync("setVent", "opne")</c> — against the argument grammar
/// the generator inferred from the firmware and emitted as <c>[ParticleFunctionArguments]</c> on the contract
/// interface: words (PCT2020, with a fix to the typed member), field counts (PCT2021) and numbers (PCT2022).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FunctionArgumentAnalyzer : DiagnosticAnalyzer
{
    private const string GrammarAttributeName = "ParticleContracts.ParticleFunctionArgumentsAttribute";
    private const string CallFunctionMethod = "CallFunctionAsync";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ArgumentNotAWord,
        Descriptors.ArgumentFieldCount,
        Descriptors.ArgumentNotANumber);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = ParticleSymbols.TryCreate(start.Compilation);
            var grammarAttribute = start.Compilation.GetTypeByMetadataName(GrammarAttributeName);
            if (symbols is null || grammarAttribute is null)
            {
                return;
            }

            var checker = new Checker(symbols, grammarAttribute);
            start.RegisterSyntaxNodeAction(checker.Analyze, SyntaxKind.InvocationExpression);
        });
    }

    private sealed class Checker
    {
        private readonly ParticleSymbols _symbols;
        private readonly INamedTypeSymbol _grammarAttribute;
        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableDictionary<string, FunctionGrammar>> _grammars = new(SymbolEqualityComparer.Default);

        public Checker(ParticleSymbols symbols, INamedTypeSymbol grammarAttribute)
        {
            _symbols = symbols;
            _grammarAttribute = grammarAttribute;
        }

        public void Analyze(SyntaxNodeAnalysisContext context)
        {
            var call = (InvocationExpressionSyntax)context.Node;
            var name = call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            if (name is null || !name.EndsWith("Async", StringComparison.Ordinal) || call.ArgumentList.Arguments.Count == 0
                || context.SemanticModel.GetOperation(call, context.CancellationToken) is not IInvocationOperation invocation)
            {
                return;
            }

            var method = invocation.TargetMethod;
            var contract = ContractInterface(method.ContainingType);
            if (contract is null)
            {
                return;
            }

            string? cloudName;
            IArgumentOperation? nameArgument = null;
            string? typedMember;
            if (method.Name == CallFunctionMethod)
            {
                nameArgument = Argument(invocation, "name");
                cloudName = nameArgument is null ? null : ConstantNameReader.Read(nameArgument.Value);
                typedMember = cloudName is null ? null : MemberOf(contract, cloudName);
            }
            else
            {
                cloudName = CloudFunctionName(contract, method);
                typedMember = method.Name;
            }

            var argument = Argument(invocation, "argument");
            if (cloudName is null || argument is null || argument.IsImplicit
                || ConstantNameReader.ReadAnyConstant(argument.Value) is not { } text
                || !Grammars(contract).TryGetValue(cloudName, out var grammar)
                || ArgumentGrammarCheck.Check(cloudName, grammar, text) is not { } problem)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (problem.Suggestion is { } word && typedMember is not null
                && TypedWord(contract, typedMember, grammar, word, context.SemanticModel, call.SpanStart) is { } typedArgument
                && call.ArgumentList.Arguments.IndexOf((ArgumentSyntax)argument.Syntax) is var argumentIndex and >= 0)
            {
                var nameIndex = nameArgument?.Syntax is ArgumentSyntax nameSyntax ? call.ArgumentList.Arguments.IndexOf(nameSyntax) : -1;
                properties = properties
                    .Add(DiagnosticPropertyNames.TypedMember, typedMember)
                    .Add(DiagnosticPropertyNames.TypedArgument, typedArgument)
                    .Add(DiagnosticPropertyNames.ArgumentIndex, argumentIndex.ToString(CultureInfo.InvariantCulture))
                    .Add(DiagnosticPropertyNames.NameArgumentIndex, nameIndex.ToString(CultureInfo.InvariantCulture));
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.Find(problem.Id)!, argument.Value.Syntax.GetLocation(), properties, problem.Arguments));
        }

        private static IArgumentOperation? Argument(IInvocationOperation invocation, string parameter)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { Name: var name, Type.SpecialType: SpecialType.System_String } && name == parameter)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The generated contract interface of a proxy class or interface, or null.</summary>
        private INamedTypeSymbol? ContractInterface(INamedTypeSymbol? type)
        {
            if (type is null || _symbols.ContractNameOf(type) is null)
            {
                return null;
            }

            if (type.TypeKind == TypeKind.Interface)
            {
                return type;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (_symbols.ContractNameOf(implemented) is not null)
                {
                    return implemented;
                }
            }

            return null;
        }

        private ImmutableDictionary<string, FunctionGrammar> Grammars(INamedTypeSymbol contract) =>
            _grammars.GetOrAdd(contract, type =>
            {
                var builder = ImmutableDictionary.CreateBuilder<string, FunctionGrammar>(StringComparer.Ordinal);
                foreach (var attribute in type.GetAttributes())
                {
                    var arguments = attribute.ConstructorArguments;
                    if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _grammarAttribute) || arguments.Length != 5
                        || arguments[0].Value is not string function || arguments[1].Value is not int kind
                        || arguments[2].Value is not string separator || arguments[3].Value is not bool ignoreCase)
                    {
                        continue;
                    }

                    var items = ImmutableArray.CreateBuilder<string>();
                    if (arguments[4].Kind == TypedConstantKind.Array)
                    {
                        foreach (var item in arguments[4].Values)
                        {
                            if (item.Value is string text)
                            {
                                items.Add(text);
                            }
                        }
                    }

                    builder[function] = new FunctionGrammar(kind, separator, ignoreCase, items.ToImmutable());
                }

                return builder.ToImmutable();
            });

        /// <summary>The cloud name of a typed raw member: <c>[ParticleCloudFunction]</c> on it or on the interface member it implements.</summary>
        private string? CloudFunctionName(INamedTypeSymbol contract, IMethodSymbol method)
        {
            foreach (var member in contract.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate && candidate.Parameters.Length == method.Parameters.Length
                    && candidate.Parameters.Length > 0 && candidate.Parameters[0].Type.SpecialType == SpecialType.System_String
                    && FunctionAttributeName(candidate) is { } name)
                {
                    return name;
                }
            }

            return null;
        }

        private string? MemberOf(INamedTypeSymbol contract, string cloudName)
        {
            foreach (var member in contract.GetMembers())
            {
                if (member is IMethodSymbol method && FunctionAttributeName(method) == cloudName)
                {
                    return method.Name;
                }
            }

            return null;
        }

        private string? FunctionAttributeName(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _symbols.FunctionAttribute)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>The enum member of the typed overload that sends <paramref name="word"/> (enum members follow the grammar's word order).</summary>
        private static string? TypedWord(INamedTypeSymbol contract, string member, FunctionGrammar grammar, string word, SemanticModel model, int position)
        {
            var index = grammar.Items.IndexOf(word);
            foreach (var candidate in contract.GetMembers(member))
            {
                if (candidate is IMethodSymbol { Parameters.Length: 2 } method && method.Parameters[0].Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
                {
                    var fields = new List<IFieldSymbol>();
                    foreach (var enumMember in enumType.GetMembers())
                    {
                        if (enumMember is IFieldSymbol { HasConstantValue: true } field)
                        {
                            fields.Add(field);
                        }
                    }

                    return index >= 0 && index < fields.Count
                        ? enumType.ToMinimalDisplayString(model, position) + "." + fields[index].Name
                        : null;
                }
            }

            return null;
        }
    }
}
