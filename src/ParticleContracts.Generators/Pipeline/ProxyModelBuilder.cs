using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>
/// Turns an assembled <see cref="DeviceContract"/> into the emitter's <see cref="ProxyModel"/>: picks the C# member
/// name of every registration, resolves collisions deterministically (reported as PCT1080) and makes paths relative.
/// Pure (no compilation, no syntax), so it is tested with hand-built contracts.
/// </summary>
internal static class ProxyModelBuilder
{
    private const string BuiltInMember = "a built-in member of the proxy";

    private static readonly string[] BuiltInMembers =
    [
        "DeviceIdOrName", "Contract", "Create", "GetVariableAsync", "CallFunctionAsync", "VerifyAsync", "FunctionArgumentLimit",
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    ];

    public static ContractOutput Build(ContractInput input) =>
        Build(input.Contract, input.TypeName, input.Namespace, input.FunctionArgumentLimit, input.Diagnostics);

    public static ContractOutput Build(
        DeviceContract contract,
        string typeName,
        string @namespace,
        int functionArgumentLimit,
        EquatableArray<FirmwareDiagnostic> groupingDiagnostics = default)
    {
        var diagnostics = ImmutableArray.CreateBuilder<FirmwareDiagnostic>();
        diagnostics.AddRange(groupingDiagnostics.AsImmutableArray());
        diagnostics.AddRange(contract.Diagnostics.AsImmutableArray());

        // The device keeps one entry per name and kind (re-registering replaces it), so the last registration wins.
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

        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var builtIn in BuiltInMembers)
        {
            owners[builtIn] = BuiltInMember;
        }

        owners[typeName] = "the proxy class";
        owners["I" + typeName] = "the proxy interface";

        var members = ImmutableArray.CreateBuilder<ProxyMember>(ordered.Count);
        foreach (var registration in ordered)
        {
            var cloudName = registration.Name!;
            string? memberName = null;
            if (registration.Kind == RegistrationKind.Function || registration.CloudType != CloudType.None)
            {
                memberName = ChooseMemberName(registration, cloudName, owners, diagnostics, contract);
            }
            else if (!ReaderReported(contract, registration, null))
            {
                diagnostics.Add(DiagnosticTable.Create(
                    DiagnosticIds.VariableWithoutTypedMember,
                    registration.Location,
                    cloudName,
                    registration.CppType ?? "unresolved"));
            }

            members.Add(new ProxyMember(
                registration.Kind,
                cloudName,
                memberName,
                registration.Kind == RegistrationKind.Variable ? registration.CloudType : CloudType.None,
                registration.CppType,
                RelativePath(contract.Root, registration.Location.File),
                registration.Location.Line,
                registration.Declaration,
                registration.DeclarationLocation is { } declaration ? RelativePath(contract.Root, declaration.File) : null,
                registration.DeclarationLocation?.Line ?? 0,
                registration.Conditional));
        }

        var proxy = new ProxyModel(@namespace, typeName, DisplayRoot(contract.Root), functionArgumentLimit, members.ToImmutable().ToEquatableArray());
        return new ContractOutput(proxy, diagnostics.ToImmutable().ToEquatableArray());
    }

    private static readonly string[] ReaderNameDiagnostics = [DiagnosticIds.IdentifierCollision, DiagnosticIds.ReservedMemberName];

    /// <summary>True when the reader reported a diagnostic (of one of <paramref name="ids"/>, or any) inside the registration.</summary>
    private static bool ReaderReported(DeviceContract contract, Registration registration, string[]? ids)
    {
        var start = registration.Location.Start;
        var end = start + Math.Max(0, registration.Location.Length);
        foreach (var diagnostic in contract.Diagnostics)
        {
            if (string.Equals(diagnostic.Location.File, registration.Location.File, StringComparison.Ordinal)
                && diagnostic.Location.Start >= start
                && diagnostic.Location.Start <= end
                && (ids is null || Array.IndexOf(ids, diagnostic.Id) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Variables: <c>Get{Name}Async</c>; functions: <c>{Name}Async</c>.</summary>
    public static string PreferredMemberName(RegistrationKind kind, string cloudName)
    {
        return kind == RegistrationKind.Variable ? ContractNaming.VariableMemberName(cloudName) : ContractNaming.FunctionMemberName(cloudName);
    }

    private static string ChooseMemberName(
        Registration registration,
        string cloudName,
        Dictionary<string, string> owners,
        ImmutableArray<FirmwareDiagnostic>.Builder diagnostics,
        DeviceContract contract)
    {
        var preferred = PreferredMemberName(registration.Kind, cloudName);
        var kindWord = registration.Kind.ToWireName();
        if (!owners.TryGetValue(preferred, out var owner))
        {
            owners[preferred] = $"the {kindWord} '{cloudName}'";
            return preferred;
        }

        // Deterministic fallback: say what the member is, then number it.
        var trimmed = preferred.EndsWith("Async", StringComparison.Ordinal) ? preferred.Substring(0, preferred.Length - "Async".Length) : preferred;
        var stem = trimmed + (registration.Kind == RegistrationKind.Variable ? "Variable" : "Function");
        var chosen = stem + "Async";
        for (var suffix = 2; owners.ContainsKey(chosen); suffix++)
        {
            chosen = stem + suffix.ToString(CultureInfo.InvariantCulture) + "Async";
        }

        owners[chosen] = $"the {kindWord} '{cloudName}'";
        if (ReaderReported(contract, registration, ReaderNameDiagnostics))
        {
            // The reader already flagged the clash at this registration; one diagnostic per problem.
            return chosen;
        }

        diagnostics.Add(DiagnosticTable.Create(
            DiagnosticIds.MemberNameCollision,
            registration.Location,
            kindWord,
            cloudName,
            preferred,
            owner,
            chosen));
        return chosen;
    }

    /// <summary>
    /// The project folder's own name (<c>weather-station</c>): generated code must not depend on where the
    /// repository is checked out, or identical firmware would give different bytes on different machines.
    /// </summary>
    public static string DisplayRoot(string root)
    {
        var trimmed = root.Replace('\\', '/').TrimEnd('/');
        var name = trimmed.Substring(trimmed.LastIndexOf('/') + 1);
        return name.Length > 0 ? name : trimmed;
    }

    /// <summary>The path below the project folder, with <c>/</c> separators; the path itself when it is outside.</summary>
    public static string RelativePath(string root, string path)
    {
        var normalizedPath = path.Replace('\\', '/');
        var normalizedRoot = root.Replace('\\', '/').TrimEnd('/');
        if (normalizedRoot.Length > 0
            && normalizedPath.Length > normalizedRoot.Length + 1
            && normalizedPath.StartsWith(normalizedRoot + "/", StringComparison.Ordinal))
        {
            return normalizedPath.Substring(normalizedRoot.Length + 1);
        }

        return normalizedPath;
    }
}

/// <summary>What the generator produces for one contract: the proxy to emit and the diagnostics to report.</summary>
internal sealed record ContractOutput(ProxyModel Proxy, EquatableArray<FirmwareDiagnostic> Diagnostics);
