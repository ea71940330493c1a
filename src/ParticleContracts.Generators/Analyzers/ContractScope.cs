using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Emit;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>
/// The registrations a call is checked against: one contract (a proxy's escape hatch) or every contract of the
/// compilation (the raw client, which can address any device).
/// </summary>
internal sealed class ContractScope
{
    private readonly Dictionary<string, List<Registration>> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Registration>> _functions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _variableMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _functionMembers = new(StringComparer.Ordinal);
    private readonly ImmutableArray<string> _variableNames;
    private readonly ImmutableArray<string> _functionNames;

    /// <param name="description">Where names are looked up, for messages.</param>
    /// <param name="contracts">The contracts of the scope.</param>
    /// <param name="proxy">For a one-contract scope, the proxy the generator emits for it (its typed member names).</param>
    public ContractScope(string description, IEnumerable<DeviceContract> contracts, ProxyModel? proxy = null)
    {
        Description = description;
        foreach (var contract in contracts)
        {
            foreach (var registration in contract.Registrations)
            {
                var isVariable = registration.Kind == RegistrationKind.Variable;
                if (registration.Name is null)
                {
                    if (isVariable)
                    {
                        HasRunTimeVariableNames = true;
                    }
                    else
                    {
                        HasRunTimeFunctionNames = true;
                    }

                    continue;
                }

                var table = isVariable ? _variables : _functions;
                if (!table.TryGetValue(registration.Name, out var list))
                {
                    list = new List<Registration>(1);
                    table.Add(registration.Name, list);
                }

                list.Add(registration);
            }
        }

        if (proxy is not null)
        {
            foreach (var member in proxy.Members)
            {
                if (member.MemberName is { } memberName)
                {
                    (member.Kind == RegistrationKind.Variable ? _variableMembers : _functionMembers)[member.CloudName] = memberName;
                }
            }
        }

        _variableNames = Sorted(_variables.Keys);
        _functionNames = Sorted(_functions.Keys);
    }

    /// <summary>Where names are looked up, for messages: <c>firmware contract 'WeatherStation'</c>.</summary>
    public string Description { get; }

    /// <summary>A variable of this scope is registered under a name known only at run time.</summary>
    public bool HasRunTimeVariableNames { get; }

    /// <summary>A function of this scope is registered under a name known only at run time.</summary>
    public bool HasRunTimeFunctionNames { get; }

    /// <summary>True when a name of <paramref name="kind"/> may exist that no constant declares.</summary>
    public bool HasRunTimeNames(RegistrationKind kind) =>
        kind == RegistrationKind.Variable ? HasRunTimeVariableNames : HasRunTimeFunctionNames;

    /// <summary>Every registration of <paramref name="kind"/> named <paramref name="name"/> (case-sensitive, like the device).</summary>
    public IReadOnlyList<Registration> Find(string name, RegistrationKind kind)
    {
        var table = kind == RegistrationKind.Variable ? _variables : _functions;
        return table.TryGetValue(name, out var list) ? list : Array.Empty<Registration>();
    }

    /// <summary>The generated typed member for a cloud name (e.g. <c>GetTemperatureAsync</c>), or null.</summary>
    public string? TypedMemberName(string name, RegistrationKind kind)
    {
        var table = kind == RegistrationKind.Variable ? _variableMembers : _functionMembers;
        return table.TryGetValue(name, out var member) ? member : null;
    }

    /// <summary>The cloud name of the function whose typed member is <paramref name="memberName"/>, or null.</summary>
    public string? FunctionNameOfMember(string memberName)
    {
        foreach (var pair in _functionMembers)
        {
            if (string.Equals(pair.Value, memberName, StringComparison.Ordinal))
            {
                return pair.Key;
            }
        }

        return null;
    }

    /// <summary>Every constant name of <paramref name="kind"/>, ordinal order.</summary>
    public ImmutableArray<string> Names(RegistrationKind kind) =>
        kind == RegistrationKind.Variable ? _variableNames : _functionNames;

    private static ImmutableArray<string> Sorted(IEnumerable<string> names)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        builder.AddRange(names);
        builder.Sort(StringComparer.Ordinal);
        return builder.ToImmutable();
    }
}
