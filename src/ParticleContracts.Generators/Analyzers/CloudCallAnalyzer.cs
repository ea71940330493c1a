using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// Checks calls to the Particle Cloud client and to device proxies against the firmware contracts of the
/// compilation: unknown names (PCT2001), variable/function confusion (PCT2002), wrong variable types (PCT2003),
/// escape hatches that a typed member can replace (PCT2004) and function arguments over the limit (PCT2005).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CloudCallAnalyzer : DiagnosticAnalyzer
{
    private const string GetVariableMethod = "GetVariableAsync";
    private const string CallFunctionMethod = "CallFunctionAsync";
    private const string ArgumentParameter = "argument";

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownCloudName,
        Descriptors.WrongCloudNameKind,
        Descriptors.VariableTypeMismatch,
        Descriptors.PreferTypedMember,
        Descriptors.FunctionArgumentTooLong);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var symbols = ParticleSymbols.TryCreate(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var limit = OptionsReader.ReadProject(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions, start.Compilation.AssemblyName).FunctionArgumentLimit;
            var contracts = ContractIndex.Build(start.Compilation, symbols, limit, start.CancellationToken);
            var checker = new CallChecker(symbols, contracts);

            // A syntax action with a name pre-filter instead of an operation action: the operation of a call is asked
            // for only when its member name can be a Particle call, so most method bodies never get an IOperation tree.
            start.RegisterSyntaxNodeAction(checker.AnalyzeInvocationSyntax, SyntaxKind.InvocationExpression);
        });
    }

    /// <summary>The per-compilation state; immutable, so it is safe under concurrent execution.</summary>
    private sealed class CallChecker
    {
        private readonly ParticleSymbols _symbols;
        private readonly ContractIndex _contracts;
        private readonly HashSet<string> _clientMethodsWithArgument;

        public CallChecker(ParticleSymbols symbols, ContractIndex contracts)
        {
            _symbols = symbols;
            _contracts = contracts;
            _clientMethodsWithArgument = ClientMethodsWithArgument(symbols);
        }

        /// <summary>
        /// Pre-filters on the invoked member's name: the escape hatches and every proxy member end in <c>Async</c>
        /// (generated typed members always do), and the client types' other methods with an <c>argument</c> parameter
        /// are listed once per compilation. Only candidates get their <see cref="IInvocationOperation"/>.
        /// </summary>
        public void AnalyzeInvocationSyntax(SyntaxNodeAnalysisContext context)
        {
            var call = (InvocationExpressionSyntax)context.Node;
            var name = call.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
                _ => null,
            };
            if (name is null
                || (!name.EndsWith("Async", StringComparison.Ordinal) && !_clientMethodsWithArgument.Contains(name)))
            {
                return;
            }

            if (context.SemanticModel.GetOperation(call, context.CancellationToken) is IInvocationOperation invocation)
            {
                AnalyzeInvocation(context.ReportDiagnostic, invocation);
            }
        }

        private static HashSet<string> ClientMethodsWithArgument(ParticleSymbols symbols)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in new[] { symbols.CloudClient, symbols.DeviceCalls })
            {
                if (type is null)
                {
                    continue;
                }

                foreach (var member in type.GetMembers())
                {
                    if (member is IMethodSymbol method && HasArgumentParameter(method))
                    {
                        names.Add(method.Name);
                    }
                }
            }

            return names;
        }

        private void AnalyzeInvocation(Action<Diagnostic> report, IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;

            // Cheap name and parameter checks first: most invocations of a compilation are not Particle calls.
            var isEscapeHatch = method.Name is GetVariableMethod or CallFunctionMethod;
            if (!isEscapeHatch && !HasArgumentParameter(method))
            {
                return;
            }

            var type = method.ContainingType;
            var isClient = _symbols.IsClientType(type);
            var contractName = isClient ? null : _symbols.ContractNameOf(type);
            if (!isClient && contractName is null)
            {
                return;
            }

            var kind = method.Name switch
            {
                GetVariableMethod => RegistrationKind.Variable,
                CallFunctionMethod => RegistrationKind.Function,
                _ => (RegistrationKind?)null,
            };

            string? cloudName = null;
            if (kind is { } callKind)
            {
                var scope = contractName is null ? (_contracts.IsEmpty ? null : _contracts.All) : _contracts.Find(contractName);
                if (scope is not null)
                {
                    cloudName = CheckName(report, invocation, callKind, scope, proxyContract: contractName);
                }
            }

            CheckArgumentLength(report, invocation, cloudName, contractName);
        }

        private string? CheckName(Action<Diagnostic> report, IInvocationOperation invocation, RegistrationKind kind, ContractScope scope, string? proxyContract)
        {
            var nameArgument = ProxyMemberLookup.FindNameArgument(invocation);
            if (nameArgument is null || nameArgument.IsImplicit)
            {
                return null;
            }

            var name = ConstantNameReader.Read(nameArgument.Value);
            if (name is null)
            {
                return null;
            }

            var location = nameArgument.Value.Syntax.GetLocation();
            var declared = scope.Find(name, kind);
            if (declared.Count == 0)
            {
                // A firmware that registers names of this kind at run time may declare any name: nothing to say.
                if (scope.HasRunTimeNames(kind))
                {
                    return null;
                }

                var otherKind = kind == RegistrationKind.Variable ? RegistrationKind.Function : RegistrationKind.Variable;
                if (scope.Find(name, otherKind).Count > 0)
                {
                    report(Diagnostic.Create(
                        Descriptors.WrongCloudNameKind,
                        location,
                        name,
                        otherKind.ToWireName(),
                        kind.ToWireName(),
                        otherKind == RegistrationKind.Variable ? GetVariableMethod : CallFunctionMethod));
                }
                else
                {
                    var suggestions = NameSuggester.Suggest(name, scope.Names(kind));
                    report(Diagnostic.Create(
                        Descriptors.UnknownCloudName,
                        location,
                        SuggestionProperties(suggestions),
                        kind.ToWireName(),
                        name,
                        scope.Description,
                        SuggestionSuffix(suggestions, scope.Names(kind), kind)));
                }

                return null;
            }

            if (kind == RegistrationKind.Variable && !CheckVariableType(report, invocation, name, declared))
            {
                return name;
            }

            if (proxyContract is not null && scope.TypedMemberName(name, kind) is { } memberName)
            {
                SuggestTypedMember(report, invocation, memberName, kind, nameArgument);
            }

            return name;
        }

        /// <summary>PCT2003. Returns false when the type argument does not match.</summary>
        private bool CheckVariableType(Action<Diagnostic> report, IInvocationOperation invocation, string name, IReadOnlyList<CloudMember> declared)
        {
            var method = invocation.TargetMethod;
            if (!method.IsGenericMethod || method.TypeArguments.Length != 1 || method.TypeArguments[0] is ITypeParameterSymbol)
            {
                return true;
            }

            var requested = method.TypeArguments[0];
            CloudType? expected = null;
            var ambiguous = false;
            foreach (var registration in declared)
            {
                if (registration.CloudType == CloudType.None)
                {
                    return true;
                }

                if (Matches(requested, registration.CloudType))
                {
                    return true;
                }

                if (expected is { } known && known != registration.CloudType)
                {
                    ambiguous = true;
                }

                expected = registration.CloudType;
            }

            if (expected is not { } cloudType)
            {
                return true;
            }

            var keyword = CSharpKeyword(cloudType);
            var properties = ambiguous
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.ExpectedType, keyword);
            var location = ProxyMemberLookup.TypeArgumentLocation(invocation) ?? invocation.Syntax.GetLocation();
            report(Diagnostic.Create(
                Descriptors.VariableTypeMismatch,
                location,
                properties,
                name,
                cloudType.ToWireName(),
                keyword,
                requested.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            return false;
        }

        /// <summary>PCT2004: the receiver's type has the generated member for this name and kind.</summary>
        private static void SuggestTypedMember(Action<Diagnostic> report, IInvocationOperation invocation, string memberName, RegistrationKind kind, IArgumentOperation nameArgument)
        {
            var receiverType = invocation.Instance?.Type ?? invocation.TargetMethod.ContainingType;
            if (receiverType is null || !ProxyMemberLookup.HasTypedMember(receiverType, memberName, kind, invocation.TargetMethod.ReturnType))
            {
                return;
            }

            // The fix is purely syntactic: it needs the member and which written argument is the name.
            if (invocation.Syntax is not InvocationExpressionSyntax { ArgumentList: { } argumentList }
                || nameArgument.Syntax is not ArgumentSyntax nameSyntax)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticPropertyNames.TypedMember, memberName)
                .Add(DiagnosticPropertyNames.NameArgumentIndex, argumentList.Arguments.IndexOf(nameSyntax).ToString(CultureInfo.InvariantCulture));
            var syntax = invocation.Syntax is InvocationExpressionSyntax call ? call.Expression : invocation.Syntax;
            report(Diagnostic.Create(
                Descriptors.PreferTypedMember,
                invocation.Syntax.GetLocation(),
                properties,
                syntax.ToString(),
                memberName));
        }

        /// <summary>
        /// PCT2005: a constant argument longer than the limit in UTF-8 bytes: the proxy's own <c>FunctionArgumentLimit</c>
        /// (its target's) for a proxy call, the smallest of the project's contracts for the raw client.
        /// </summary>
        private void CheckArgumentLength(Action<Diagnostic> report, IInvocationOperation invocation, string? cloudName, string? contractName)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is not { Name: ArgumentParameter, Type.SpecialType: SpecialType.System_String } || argument.IsImplicit)
                {
                    continue;
                }

                var text = ConstantNameReader.ReadAnyConstant(argument.Value);
                if (text is null)
                {
                    return;
                }

                var bytes = Encoding.UTF8.GetByteCount(text);
                var limit = _contracts.ArgumentLimitFor(contractName);
                if (bytes <= limit)
                {
                    return;
                }

                var function = cloudName ?? FunctionDisplayName(invocation, contractName);
                report(Diagnostic.Create(
                    Descriptors.FunctionArgumentTooLong,
                    argument.Value.Syntax.GetLocation(),
                    function,
                    bytes,
                    limit));
                return;
            }
        }

        private string FunctionDisplayName(IInvocationOperation invocation, string? contractName)
        {
            var method = invocation.TargetMethod;
            if (method.Name == CallFunctionMethod)
            {
                var nameArgument = ProxyMemberLookup.FindNameArgument(invocation);
                return nameArgument is null
                    ? method.Name
                    : ConstantNameReader.ReadAnyConstant(nameArgument.Value) ?? nameArgument.Value.Syntax.ToString();
            }

            var scope = contractName is null ? null : _contracts.Find(contractName);
            return scope?.FunctionNameOfMember(method.Name) ?? method.Name;
        }

        private static bool HasArgumentParameter(IMethodSymbol method)
        {
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Name == ArgumentParameter)
                {
                    return true;
                }
            }

            return false;
        }

        private bool Matches(ITypeSymbol requested, CloudType cloudType) => cloudType switch
        {
            CloudType.Int32 => SymbolEqualityComparer.Default.Equals(requested, _symbols.Int32),
            CloudType.Double => SymbolEqualityComparer.Default.Equals(requested, _symbols.Double),
            CloudType.Bool => SymbolEqualityComparer.Default.Equals(requested, _symbols.Boolean),
            CloudType.String => SymbolEqualityComparer.Default.Equals(requested.WithNullableAnnotation(NullableAnnotation.NotAnnotated), _symbols.String),
            _ => true,
        };

        private static string CSharpKeyword(CloudType cloudType) => cloudType switch
        {
            CloudType.Int32 => "int",
            CloudType.Double => "double",
            CloudType.Bool => "bool",
            _ => "string",
        };

        private static ImmutableDictionary<string, string?> SuggestionProperties(ImmutableArray<string> suggestions) =>
            DiagnosticPropertyNames.Suggestions(suggestions);

        private static string SuggestionSuffix(ImmutableArray<string> suggestions, ImmutableArray<string> declared, RegistrationKind kind) =>
            UsageMessages.DidYouMean(suggestions, declared, kind.ToWireName() + "s");
    }
}
