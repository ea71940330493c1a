using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>The runtime types the analyzers look for, resolved once per compilation.</summary>
internal sealed class ParticleSymbols
{
    /// <summary>Metadata name of the runtime client.</summary>
    public const string CloudClientName = "ParticleContracts.ParticleCloudClient";

    /// <summary>Metadata name of the static helpers generated proxies call (same checks as the client).</summary>
    public const string DeviceCallsName = "ParticleContracts.ParticleDeviceCalls";

    /// <summary>Metadata name of the attribute on generated proxies (and on users' partial declarations).</summary>
    public const string ContractAttributeName = "ParticleContracts.ParticleDeviceContractAttribute";

    /// <summary>Metadata names of the contract metadata the generator puts on a contract interface and its members.</summary>
    public const string VariableAttributeName = "ParticleContracts.ParticleCloudVariableAttribute";

    /// <inheritdoc cref="VariableAttributeName"/>
    public const string FunctionAttributeName = "ParticleContracts.ParticleCloudFunctionAttribute";

    /// <inheritdoc cref="VariableAttributeName"/>
    public const string RunTimeNamesAttributeName = "ParticleContracts.ParticleRunTimeCloudNamesAttribute";

    private readonly ConcurrentDictionary<ITypeSymbol, string?> _contractNames = new(SymbolEqualityComparer.Default);
    private readonly System.Func<ITypeSymbol, string?> _readContractName;

    private ParticleSymbols(INamedTypeSymbol? cloudClient, INamedTypeSymbol? contractAttribute, Compilation compilation)
    {
        _readContractName = ReadContractName;
        CloudClient = cloudClient;
        DeviceCalls = compilation.GetTypeByMetadataName(DeviceCallsName);
        ContractAttribute = contractAttribute;
        VariableAttribute = compilation.GetTypeByMetadataName(VariableAttributeName);
        FunctionAttribute = compilation.GetTypeByMetadataName(FunctionAttributeName);
        RunTimeNamesAttribute = compilation.GetTypeByMetadataName(RunTimeNamesAttributeName);
        Int32 = compilation.GetSpecialType(SpecialType.System_Int32);
        Double = compilation.GetSpecialType(SpecialType.System_Double);
        Boolean = compilation.GetSpecialType(SpecialType.System_Boolean);
        String = compilation.GetSpecialType(SpecialType.System_String);
    }

    /// <summary><c>ParticleContracts.ParticleCloudClient</c>, or null when the runtime is not referenced.</summary>
    public INamedTypeSymbol? CloudClient { get; }

    /// <summary><c>ParticleContracts.ParticleDeviceCalls</c>, or null when the runtime is not referenced.</summary>
    public INamedTypeSymbol? DeviceCalls { get; }

    /// <summary><c>ParticleContracts.ParticleDeviceContractAttribute</c>, or null when the runtime is not referenced.</summary>
    public INamedTypeSymbol? ContractAttribute { get; }

    /// <summary><c>ParticleContracts.ParticleCloudVariableAttribute</c>, or null.</summary>
    public INamedTypeSymbol? VariableAttribute { get; }

    /// <summary><c>ParticleContracts.ParticleCloudFunctionAttribute</c>, or null.</summary>
    public INamedTypeSymbol? FunctionAttribute { get; }

    /// <summary><c>ParticleContracts.ParticleRunTimeCloudNamesAttribute</c>, or null.</summary>
    public INamedTypeSymbol? RunTimeNamesAttribute { get; }

    public INamedTypeSymbol Int32 { get; }

    public INamedTypeSymbol Double { get; }

    public INamedTypeSymbol Boolean { get; }

    public INamedTypeSymbol String { get; }

    /// <summary>The symbols of <paramref name="compilation"/>; null when neither runtime type is visible (nothing to check).</summary>
    public static ParticleSymbols? TryCreate(Compilation compilation)
    {
        var client = compilation.GetTypeByMetadataName(CloudClientName);
        var attribute = compilation.GetTypeByMetadataName(ContractAttributeName);
        return client is null && attribute is null ? null : new ParticleSymbols(client, attribute, compilation);
    }

    /// <summary>True for the types whose calls can address any device: the client and the proxies' static helpers.</summary>
    public bool IsClientType(ITypeSymbol? type) =>
        type is not null
        && (SymbolEqualityComparer.Default.Equals(type, CloudClient) || SymbolEqualityComparer.Default.Equals(type, DeviceCalls));

    /// <summary>The contract name of a <c>[ParticleDeviceContract("X")]</c> type, or null.</summary>
    public string? ContractNameOf(ITypeSymbol? type)
    {
        if (type is null || ContractAttribute is null)
        {
            return null;
        }

        // Many calls go to few types: remember the answer per type for this compilation.
        return _contractNames.GetOrAdd(type, _readContractName);
    }

    private string? ReadContractName(ITypeSymbol type)
    {
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, ContractAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }
}
