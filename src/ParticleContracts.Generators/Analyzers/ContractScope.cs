using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>One cloud variable or function as a generated contract declares it.</summary>
/// <param name="Kind">Variable or function.</param>
/// <param name="Name">The cloud name.</param>
/// <param name="CloudType">The variable's cloud type; <see cref="CloudType.None"/> for functions and unknown types.</param>
/// <param name="MemberName">The typed member that reads or calls it, or null.</param>
internal readonly record struct CloudMember(RegistrationKind Kind, string Name, CloudType CloudType, string? MemberName);

/// <summary>
/// The cloud names a call is checked against: one contract (a proxy's escape hatch) or every contract of the
/// compilation (the raw client, which can address any device).
/// </summary>
internal sealed class ContractScope
{
    private readonly Dictionary<string, List<CloudMember>> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CloudMember>> _functions = new(StringComparer.Ordinal);
    private readonly ImmutableArray<string> _variableNames;
    private readonly ImmutableArray<string> _functionNames;

    /// <param name="description">Where names are looked up, for messages.</param>
    /// <param name="members">The contract members of the scope.</param>
    /// <param name="runTimeVariableNames">A contract of the scope registers a variable under a run-time name.</param>
    /// <param name="runTimeFunctionNames">A contract of the scope registers a function under a run-time name.</param>
    public ContractScope(string description, IEnumerable<CloudMember> members, bool runTimeVariableNames, bool runTimeFunctionNames)
    {
        Description = description;
        HasRunTimeVariableNames = runTimeVariableNames;
        HasRunTimeFunctionNames = runTimeFunctionNames;
        foreach (var member in members)
        {
            var table = member.Kind == RegistrationKind.Variable ? _variables : _functions;
            if (!table.TryGetValue(member.Name, out var list))
            {
                list = new List<CloudMember>(1);
                table.Add(member.Name, list);
            }

            list.Add(member);
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

    /// <summary>Every member of <paramref name="kind"/> named <paramref name="name"/> (case-sensitive, like the device).</summary>
    public IReadOnlyList<CloudMember> Find(string name, RegistrationKind kind)
    {
        var table = kind == RegistrationKind.Variable ? _variables : _functions;
        return table.TryGetValue(name, out var list) ? list : Array.Empty<CloudMember>();
    }

    /// <summary>The generated typed member for a cloud name (e.g. <c>GetTemperatureAsync</c>), or null.</summary>
    public string? TypedMemberName(string name, RegistrationKind kind)
    {
        foreach (var member in Find(name, kind))
        {
            if (member.MemberName is not null)
            {
                return member.MemberName;
            }
        }

        return null;
    }

    /// <summary>The cloud name of the function whose typed member is <paramref name="memberName"/>, or null.</summary>
    public string? FunctionNameOfMember(string memberName)
    {
        foreach (var pair in _functions)
        {
            foreach (var member in pair.Value)
            {
                if (string.Equals(member.MemberName, memberName, StringComparison.Ordinal))
                {
                    return pair.Key;
                }
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
