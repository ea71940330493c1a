using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// The environment variables of every generated contract of one compilation, read from the
/// <c>[ParticleEnvironmentVariable]</c> metadata the generator puts on the contract interfaces: each name with the
/// decoders the firmware reads it with (<c>int</c>, <c>bool</c>, <c>string</c>). Built once per compilation, from
/// symbols only.
/// </summary>
internal sealed class EnvironmentIndex
{
    /// <summary>Metadata name of the environment-variable attribute.</summary>
    public const string AttributeName = "ParticleContracts.ParticleEnvironmentVariableAttribute";

    private readonly Dictionary<string, SortedSet<string>> _types;

    private EnvironmentIndex(Dictionary<string, SortedSet<string>> types)
    {
        _types = types;
        var names = ImmutableArray.CreateBuilder<string>(types.Count);
        names.AddRange(types.Keys);
        names.Sort(StringComparer.Ordinal);
        Names = names.ToImmutable();
    }

    /// <summary>Every variable name some contract reads, ordinal order, distinct.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>True when no contract reads an environment variable.</summary>
    public bool IsEmpty => Names.IsEmpty;

    /// <summary>True when some contract reads <paramref name="name"/> (ordinal).</summary>
    public bool Contains(string name) => _types.ContainsKey(name);

    /// <summary>The decoders the contracts read <paramref name="name"/> with (<c>bool</c>, <c>int</c>, <c>string</c>), ordinal order; empty when none.</summary>
    public IEnumerable<string> TypesOf(string name) =>
        _types.TryGetValue(name, out var types) ? types : (IEnumerable<string>)Array.Empty<string>();

    /// <summary>Reads the environment metadata of every generated contract interface of <paramref name="compilation"/>.</summary>
    public static EnvironmentIndex Build(Compilation compilation, ParticleSymbols symbols, CancellationToken cancellationToken)
    {
        var types = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var attributeType = compilation.GetTypeByMetadataName(AttributeName);
        if (attributeType is null || symbols.ContractAttribute is null)
        {
            return new EnvironmentIndex(types);
        }

        foreach (var type in CompilationInterfaces.Of(compilation, cancellationToken))
        {
            if (symbols.ContractNameOf(type) is null)
            {
                continue;
            }

            foreach (var attribute in type.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                    || attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].Value is not string name
                    || attribute.ConstructorArguments[1].Value is not string valueType)
                {
                    continue;
                }

                if (!types.TryGetValue(name, out var set))
                {
                    set = new SortedSet<string>(StringComparer.Ordinal);
                    types.Add(name, set);
                }

                set.Add(valueType);
            }
        }

        return new EnvironmentIndex(types);
    }
}
