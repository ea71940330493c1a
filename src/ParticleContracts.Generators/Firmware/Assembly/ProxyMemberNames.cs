using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// Every C#-level naming rule of a proxy, in one place: which registrations get a member (the last registration of
/// each name and kind; variables only with a known cloud type), which member (<see cref="ContractNaming"/>), and what
/// happens on a clash. Variables come before functions, each in source order; the first keeps the name, a later one
/// gets a deterministic fallback (<c>GetTempFunctionAsync</c>, then <c>…2Async</c>) and one diagnostic: PCT1024 for a
/// member every proxy has, PCT1016 for another registration's member, PCT1080 for the proxy's own type names. The
/// generator, the CLI and the simulator all name members through here, so they cannot disagree.
/// </summary>
internal static class ProxyMemberNames
{
    /// <summary>Names the members of <paramref name="contract"/>'s proxy <paramref name="typeName"/>.</summary>
    public static ProxyMemberNaming Assign(DeviceContract contract, string typeName)
    {
        var diagnostics = ImmutableArray.CreateBuilder<FirmwareDiagnostic>();
        var owners = new Dictionary<string, Registration?>(StringComparer.Ordinal)
        {
            [typeName] = null,
            ["I" + typeName] = null,
        };

        var ordered = LatestInEmissionOrder(contract);
        var members = ImmutableArray.CreateBuilder<NamedRegistration>(ordered.Count);
        foreach (var registration in ordered)
        {
            string? memberName = null;
            if (registration.Kind == RegistrationKind.Function || registration.CloudType != CloudType.None)
            {
                memberName = Choose(registration, typeName, owners, diagnostics);
            }
            else if (!registration.ValueDiagnosed)
            {
                // Only when the reader has not already said why the type is unknown: one diagnostic per problem.
                diagnostics.Add(DiagnosticTable.Create(
                    DiagnosticIds.VariableWithoutTypedMember,
                    registration.Location,
                    registration.Name!,
                    registration.CppType ?? "unresolved"));
            }

            members.Add(new NamedRegistration(registration, memberName));
        }

        return new ProxyMemberNaming(members.ToImmutable().ToEquatableArray(), diagnostics.ToImmutable().ToEquatableArray());
    }

    /// <summary>The device keeps one entry per name and kind (re-registering replaces it), so the last registration wins.</summary>
    private static List<Registration> LatestInEmissionOrder(DeviceContract contract)
    {
        var latest = new Dictionary<(RegistrationKind, string), Registration>();
        foreach (var registration in contract.Registrations)
        {
            if (registration.Name is { } name)
            {
                latest[(registration.Kind, name)] = registration;
            }
        }

        var ordered = new List<Registration>(latest.Count);
        foreach (var kind in new[] { RegistrationKind.Variable, RegistrationKind.Function })
        {
            foreach (var registration in contract.Registrations)
            {
                if (registration.Kind == kind
                    && registration.Name is { } name
                    && ReferenceEquals(latest[(kind, name)], registration))
                {
                    ordered.Add(registration);
                }
            }
        }

        return ordered;
    }

    private static string Choose(Registration registration, string typeName, Dictionary<string, Registration?> owners, ImmutableArray<FirmwareDiagnostic>.Builder diagnostics)
    {
        var cloudName = registration.Name!;
        var preferred = ContractNaming.MemberName(registration.Kind, cloudName);
        var reserved = ContractNaming.IsReservedMemberName(preferred);
        if (!reserved && !owners.ContainsKey(preferred))
        {
            owners[preferred] = registration;
            return preferred;
        }

        var trimmed = preferred.EndsWith("Async", StringComparison.Ordinal) ? preferred.Substring(0, preferred.Length - "Async".Length) : preferred;
        var stem = trimmed + (registration.Kind == RegistrationKind.Variable ? "Variable" : "Function");
        var chosen = stem + "Async";
        for (var suffix = 2; owners.ContainsKey(chosen) || ContractNaming.IsReservedMemberName(chosen); suffix++)
        {
            chosen = stem + suffix.ToString(CultureInfo.InvariantCulture) + "Async";
        }

        owners[chosen] = registration;
        var kind = DiagnosticTable.Describe(registration.Kind);
        var at = registration.NameLocation ?? registration.Location;
        if (reserved)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.ReservedMemberName, at, kind, cloudName, preferred));
        }
        else if (owners[preferred] is { } owner)
        {
            diagnostics.Add(DiagnosticTable.Create(
                DiagnosticIds.IdentifierCollision, at, kind, cloudName, owner.Kind.ToWireName(), owner.Name!, preferred));
        }
        else
        {
            var what = string.Equals(preferred, typeName, StringComparison.Ordinal) ? "the proxy class" : "the proxy interface";
            diagnostics.Add(DiagnosticTable.Create(
                DiagnosticIds.MemberNameCollision, registration.Location, registration.Kind.ToWireName(), cloudName, preferred, what, chosen));
        }

        return chosen;
    }
}

/// <summary>The members of one proxy and the naming problems found on the way.</summary>
/// <param name="Members">Every registration with a constant name, in emission order, with its C# member (or none).</param>
/// <param name="Diagnostics">PCT1016, PCT1024, PCT1080 and PCT1081, at the registrations they concern.</param>
internal sealed record ProxyMemberNaming(EquatableArray<NamedRegistration> Members, EquatableArray<FirmwareDiagnostic> Diagnostics);

/// <summary>A registration and the C# member generated for it.</summary>
/// <param name="Registration">The registration (the last one of its name and kind).</param>
/// <param name="MemberName">The C# member, or null when none is generated (a variable of unknown cloud type).</param>
internal readonly record struct NamedRegistration(Registration Registration, string? MemberName);
