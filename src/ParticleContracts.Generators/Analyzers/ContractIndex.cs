using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>The firmware contracts of one compilation, indexed for the usage rules.</summary>
internal sealed class ContractIndex
{
    private readonly Dictionary<string, ContractScope> _byName = new(StringComparer.Ordinal);

    /// <param name="inputs">The contracts as the generator groups and names them.</param>
    /// <param name="functionArgumentLimit">The project's <c>ParticleFunctionArgumentLimit</c>.</param>
    /// <param name="contractsWithoutSources">Contract metadata values that no firmware source carries, with the first file that does.</param>
    public ContractIndex(ImmutableArray<ContractInput> inputs, int functionArgumentLimit, ImmutableDictionary<string, string> contractsWithoutSources)
    {
        FunctionArgumentLimit = functionArgumentLimit;
        ContractsWithoutSources = contractsWithoutSources;
        var contracts = new List<DeviceContract>(inputs.Length);
        var names = ImmutableArray.CreateBuilder<string>(inputs.Length);
        foreach (var input in inputs)
        {
            contracts.Add(input.Contract);
            if (_byName.ContainsKey(input.TypeName))
            {
                continue;
            }

            var proxy = ProxyModelBuilder.Build(input).Proxy;
            _byName.Add(input.TypeName, new ContractScope($"firmware contract '{input.TypeName}'", new[] { input.Contract }, proxy));
            names.Add(input.TypeName);
        }

        names.Sort(StringComparer.Ordinal);
        ContractNames = names.ToImmutable();
        All = new ContractScope("firmware contract of this project", contracts);
        IsEmpty = contracts.Count == 0;
    }

    /// <summary>Every contract name (the name in <c>[ParticleDeviceContract("...")]</c> and of the proxy type), ordinal order.</summary>
    public ImmutableArray<string> ContractNames { get; }

    /// <summary>The project's function-argument limit in UTF-8 bytes.</summary>
    public int FunctionArgumentLimit { get; }

    /// <summary>
    /// <c>ParticleContract</c> metadata values carried by no firmware source (PCT2007), each with the first file
    /// (ordinal path order) that carries it.
    /// </summary>
    public ImmutableDictionary<string, string> ContractsWithoutSources { get; }

    /// <summary>Every registration of every contract.</summary>
    public ContractScope All { get; }

    /// <summary>True when the compilation has no firmware at all.</summary>
    public bool IsEmpty { get; }

    /// <summary>The scope of the contract named <paramref name="name"/> (ordinal), or null.</summary>
    public ContractScope? Find(string name) => _byName.TryGetValue(name, out var scope) ? scope : null;
}
