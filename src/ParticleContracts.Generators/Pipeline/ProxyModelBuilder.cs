using System.Collections.Immutable;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>
/// Turns an assembled <see cref="DeviceContract"/> into the emitter's <see cref="ProxyModel"/>: members named by
/// <see cref="ProxyMemberNames"/> (which owns every C# naming rule and its diagnostics) and paths made relative to the
/// project folder. Pure (no compilation, no syntax), so it is tested with hand-built contracts.
/// </summary>
internal static class ProxyModelBuilder
{
    public static ContractOutput Build(ContractInput input) =>
        Build(input.Contract, input.TypeName, input.Namespace, input.FunctionArgumentLimit, input.Diagnostics);

    public static ContractOutput Build(
        DeviceContract contract,
        string typeName,
        string @namespace,
        int functionArgumentLimit,
        EquatableArray<FirmwareDiagnostic> groupingDiagnostics = default)
    {
        var naming = ProxyMemberNames.Assign(contract, typeName);
        var diagnostics = ImmutableArray.CreateBuilder<FirmwareDiagnostic>();
        diagnostics.AddRange(groupingDiagnostics.AsImmutableArray());
        diagnostics.AddRange(contract.Diagnostics.AsImmutableArray());
        diagnostics.AddRange(naming.Diagnostics.AsImmutableArray());

        var members = ImmutableArray.CreateBuilder<ProxyMember>(naming.Members.Count);
        foreach (var named in naming.Members)
        {
            var registration = named.Registration;
            members.Add(new ProxyMember(
                registration.Kind,
                registration.Name!,
                named.MemberName,
                registration.Kind == RegistrationKind.Variable ? registration.CloudType : CloudType.None,
                registration.CppType,
                FirmwarePath.RelativeTo(contract.Root, registration.Location.File),
                registration.Location.Line,
                registration.Declaration,
                registration.DeclarationLocation is { } declaration ? FirmwarePath.RelativeTo(contract.Root, declaration.File) : null,
                registration.DeclarationLocation?.Line ?? 0,
                registration.Conditional));
        }

        var runTimeVariables = false;
        var runTimeFunctions = false;
        foreach (var registration in contract.Registrations)
        {
            if (registration.Name is null)
            {
                runTimeVariables |= registration.Kind == RegistrationKind.Variable;
                runTimeFunctions |= registration.Kind == RegistrationKind.Function;
            }
        }

        var proxy = new ProxyModel(
            @namespace,
            typeName,
            DisplayRoot(contract.Root),
            functionArgumentLimit,
            members.ToImmutable().ToEquatableArray(),
            runTimeVariables,
            runTimeFunctions,
            contract.Events is { IsEmpty: false },
            contract.Data is { Ledgers.IsEmpty: false });
        return new ContractOutput(proxy, diagnostics.ToImmutable().ToEquatableArray());
    }

    /// <summary>
    /// The project folder's own name (<c>weather-station</c>): generated code must not depend on where the
    /// repository is checked out, or identical firmware would give different bytes on different machines.
    /// </summary>
    public static string DisplayRoot(string root)
    {
        var name = FirmwarePath.FolderName(root);
        return name.Length > 0 ? name : FirmwarePath.Normalize(root);
    }
}

/// <summary>What the generator produces for one contract: the proxy to emit and the diagnostics to report.</summary>
internal sealed record ContractOutput(ProxyModel Proxy, EquatableArray<FirmwareDiagnostic> Diagnostics);
