using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// The ledgers of every generated contract of one compilation, read from the <c>[ParticleLedger]</c> metadata the
/// generator puts on the contract interfaces. Like <see cref="ContractIndex"/>, it never reads firmware. Built once per
/// compilation, from symbols only.
/// </summary>
internal sealed class LedgerIndex
{
    /// <summary>Metadata name of the ledger attribute.</summary>
    public const string AttributeName = "ParticleContracts.ParticleLedgerAttribute";

    /// <summary><c>ParticleContracts.ParticleLedgerDirection.Upstream</c>: the firmware writes the ledger.</summary>
    public const int Upstream = 1;

    /// <summary><c>ParticleContracts.ParticleLedgerDirection.Downstream</c>: the firmware reads the ledger.</summary>
    public const int Downstream = 2;

    // ParticleContracts.ParticleMemberKind.Ledger.
    private const int RunTimeLedgerKind = 2;

    private readonly Dictionary<string, bool> _deviceToCloudOnly;

    // Per name, a bit per direction some contract gives the ledger (1 << Upstream, 1 << Downstream).
    private readonly Dictionary<string, int> _directions;

    private LedgerIndex(Dictionary<string, bool> deviceToCloudOnly, Dictionary<string, int> directions, bool runTimeNames)
    {
        _deviceToCloudOnly = deviceToCloudOnly;
        _directions = directions;
        HasRunTimeNames = runTimeNames;
        var names = ImmutableArray.CreateBuilder<string>(deviceToCloudOnly.Count);
        names.AddRange(deviceToCloudOnly.Keys);
        names.Sort(StringComparer.Ordinal);
        Names = names.ToImmutable();
    }

    /// <summary>Every ledger name some contract uses, ordinal order, distinct.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>True when some contract also uses a ledger whose name is known only at run time (<c>[ParticleRunTimeCloudNames(ParticleMemberKind.Ledger)]</c>).</summary>
    public bool HasRunTimeNames { get; }

    /// <summary>True when no contract uses a ledger.</summary>
    public bool IsEmpty => Names.IsEmpty;

    /// <summary>True when some contract uses the ledger <paramref name="name"/> (ordinal).</summary>
    public bool Contains(string name) => _deviceToCloudOnly.ContainsKey(name);

    /// <summary>True when every contract that uses <paramref name="name"/> only writes it (device-to-cloud).</summary>
    public bool IsDeviceToCloud(string name) => _deviceToCloudOnly.TryGetValue(name, out var upstream) && upstream;

    /// <summary>
    /// The direction every contract with a known direction gives <paramref name="name"/> (<see cref="Upstream"/> or
    /// <see cref="Downstream"/>); null when no contract knows one or contracts disagree.
    /// </summary>
    public int? ImpliedDirection(string name) =>
        _directions.TryGetValue(name, out var bits) ? bits switch
        {
            1 << Upstream => Upstream,
            1 << Downstream => Downstream,
            _ => null,
        } : null;

    /// <summary>Reads the ledger metadata of every generated contract interface of <paramref name="compilation"/>.</summary>
    public static LedgerIndex Build(Compilation compilation, ParticleSymbols symbols, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, bool>(StringComparer.Ordinal);
        var directions = new Dictionary<string, int>(StringComparer.Ordinal);
        var runTimeNames = false;
        var attributeType = compilation.GetTypeByMetadataName(AttributeName);
        if (attributeType is null || symbols.ContractAttribute is null)
        {
            return new LedgerIndex(byName, directions, runTimeNames);
        }

        foreach (var type in CompilationInterfaces.Of(compilation, cancellationToken))
        {
            if (symbols.ContractNameOf(type) is null)
            {
                continue;
            }

            foreach (var attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.RunTimeNamesAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0].Value is RunTimeLedgerKind)
                {
                    runTimeNames = true;
                    continue;
                }

                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)
                    || attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].Value is not string name
                    || attribute.ConstructorArguments[1].Value is not int direction)
                {
                    continue;
                }

                // One contract reading the ledger makes writes to it meaningful.
                var upstream = direction == Upstream;
                byName[name] = byName.TryGetValue(name, out var earlier) ? earlier && upstream : upstream;
                if (direction is Upstream or Downstream)
                {
                    directions[name] = (directions.TryGetValue(name, out var bits) ? bits : 0) | (1 << direction);
                }
            }
        }

        return new LedgerIndex(byName, directions, runTimeNames);
    }
}
