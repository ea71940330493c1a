using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// The device contracts of one compilation, read from what <see cref="ContractGenerator"/> emitted into it: every
/// generated contract interface (<c>[ParticleDeviceContract]</c> plus the generator's <c>[GeneratedCode]</c>) with its
/// <c>[ParticleCloudVariable]</c>, <c>[ParticleCloudFunction]</c> and <c>[ParticleRunTimeCloudNames]</c> metadata.
/// The analyzers never read firmware, so they check exactly the contract the generator emitted. Built once per
/// compilation, from symbols only (no syntax, no binding).
/// </summary>
internal sealed class ContractIndex
{
    private const string GeneratorName = "ParticleContracts.Generators";

    private const string LimitConstant = "FunctionArgumentLimit";

    private readonly Dictionary<string, ContractScope> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _limits = new(StringComparer.Ordinal);

    private ContractIndex(List<(string Name, List<CloudMember> Members, bool RunTimeVariables, bool RunTimeFunctions, int? Limit)> contracts, int functionArgumentLimit)
    {
        FunctionArgumentLimit = functionArgumentLimit;
        int? smallest = null;
        foreach (var contract in contracts)
        {
            if (contract.Limit is { } limit)
            {
                smallest = smallest is null ? limit : Math.Min(smallest.Value, limit);
                if (!_limits.ContainsKey(contract.Name))
                {
                    _limits.Add(contract.Name, limit);
                }
            }
        }

        SmallestFunctionArgumentLimit = smallest ?? functionArgumentLimit;
        var all = new List<CloudMember>();
        var runTimeVariables = false;
        var runTimeFunctions = false;
        var names = ImmutableArray.CreateBuilder<string>(contracts.Count);
        foreach (var contract in contracts)
        {
            all.AddRange(contract.Members);
            runTimeVariables |= contract.RunTimeVariables;
            runTimeFunctions |= contract.RunTimeFunctions;
            if (_byName.ContainsKey(contract.Name))
            {
                continue;
            }

            _byName.Add(contract.Name, new ContractScope($"firmware contract '{contract.Name}'", contract.Members, contract.RunTimeVariables, contract.RunTimeFunctions));
            names.Add(contract.Name);
        }

        names.Sort(StringComparer.Ordinal);
        ContractNames = names.ToImmutable();
        All = new ContractScope("firmware contract of this project", all, runTimeVariables, runTimeFunctions);
        IsEmpty = contracts.Count == 0;
    }

    /// <summary>Every contract name (the name in <c>[ParticleDeviceContract("...")]</c> and of the proxy type), ordinal order.</summary>
    public ImmutableArray<string> ContractNames { get; }

    /// <summary>The project's function-argument limit in UTF-8 bytes (<c>ParticleFunctionArgumentLimit</c> or the default).</summary>
    public int FunctionArgumentLimit { get; }

    /// <summary>
    /// The smallest <c>FunctionArgumentLimit</c> of the generated proxies (each is its contract's target limit, or
    /// <c>ParticleFunctionArgumentLimit</c> when set); <see cref="FunctionArgumentLimit"/> when there are none.
    /// </summary>
    public int SmallestFunctionArgumentLimit { get; }

    /// <summary>
    /// The argument limit a call is checked against: the generated proxy's own <c>FunctionArgumentLimit</c> for a call on
    /// a proxy of <paramref name="contractName"/>, else the smallest of all (the raw client can address any device).
    /// </summary>
    public int ArgumentLimitFor(string? contractName) =>
        contractName is not null && _limits.TryGetValue(contractName, out var limit) ? limit : SmallestFunctionArgumentLimit;

    /// <summary>Every member of every contract.</summary>
    public ContractScope All { get; }

    /// <summary>True when the compilation has no generated contract at all.</summary>
    public bool IsEmpty { get; }

    /// <summary>The scope of the contract named <paramref name="name"/> (ordinal), or null.</summary>
    public ContractScope? Find(string name) => _byName.TryGetValue(name, out var scope) ? scope : null;

    /// <summary>Reads the generated contracts of <paramref name="compilation"/>.</summary>
    public static ContractIndex Build(Compilation compilation, ParticleSymbols symbols, int functionArgumentLimit, CancellationToken cancellationToken)
    {
        var contracts = new List<(string, List<CloudMember>, bool, bool, int?)>();
        if (symbols.ContractAttribute is not null)
        {
            foreach (var type in CompilationInterfaces.Of(compilation, cancellationToken))
            {
                if (ReadContract(type, symbols) is { } contract)
                {
                    contracts.Add(contract);
                }
            }
        }

        // Namespace traversal order is not specified; sort so "first contract of a name wins" is deterministic.
        contracts.Sort(static (left, right) => string.CompareOrdinal(left.Item1, right.Item1));
        return new ContractIndex(contracts, functionArgumentLimit);
    }

    private static (string, List<CloudMember>, bool, bool, int?)? ReadContract(INamedTypeSymbol type, ParticleSymbols symbols)
    {
        string? name = null;
        var generated = false;
        var members = new List<CloudMember>();
        var runTimeVariables = false;
        var runTimeFunctions = false;
        foreach (var attribute in type.GetAttributes())
        {
            var attributeClass = attribute.AttributeClass;
            if (SymbolEqualityComparer.Default.Equals(attributeClass, symbols.ContractAttribute))
            {
                name = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
            }
            else if (attributeClass is { Name: "GeneratedCodeAttribute" }
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is GeneratorName)
            {
                generated = true;
            }
            else if (SymbolEqualityComparer.Default.Equals(attributeClass, symbols.RunTimeNamesAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is int kind)
            {
                runTimeVariables |= kind == 0;
                runTimeFunctions |= kind == 1;
            }
            else if (ReadMember(attribute, symbols, memberName: null) is { } member)
            {
                members.Add(member);
            }
        }

        if (name is null || !generated)
        {
            return null;
        }

        foreach (var symbol in type.GetMembers())
        {
            if (symbol is not IMethodSymbol method)
            {
                continue;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (ReadMember(attribute, symbols, method.Name) is { } member)
                {
                    members.Add(member);
                }
            }
        }

        return (name, members, runTimeVariables, runTimeFunctions, ReadLimit(type));
    }

    /// <summary>
    /// The <c>FunctionArgumentLimit</c> constant of the generated proxy class beside the interface (<c>I{Name}</c> →
    /// <c>{Name}</c>), or null when there is none.
    /// </summary>
    private static int? ReadLimit(INamedTypeSymbol contractInterface)
    {
        if (contractInterface.Name.Length < 2 || contractInterface.Name[0] != 'I')
        {
            return null;
        }

        foreach (var proxy in contractInterface.ContainingNamespace.GetTypeMembers(contractInterface.Name.Substring(1)))
        {
            foreach (var member in proxy.GetMembers(LimitConstant))
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: int limit } && limit > 0)
                {
                    return limit;
                }
            }
        }

        return null;
    }

    private static CloudMember? ReadMember(AttributeData attribute, ParticleSymbols symbols, string? memberName)
    {
        var arguments = attribute.ConstructorArguments;
        if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.VariableAttribute)
            && arguments.Length == 2
            && arguments[0].Value is string variable)
        {
            return new CloudMember(RegistrationKind.Variable, variable, Contracts.ContractNames.ParseCloudType(arguments[1].Value as string), memberName);
        }

        if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.FunctionAttribute)
            && arguments.Length == 1
            && arguments[0].Value is string function)
        {
            return new CloudMember(RegistrationKind.Function, function, CloudType.None, memberName);
        }

        return null;
    }
}
