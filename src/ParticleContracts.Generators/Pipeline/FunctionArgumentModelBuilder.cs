using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>
/// Turns a contract's <see cref="DeviceContract.FunctionArguments"/> into the <see cref="FunctionArgumentModel"/>:
/// each function keeps its proxy member name (<see cref="ProxyMemberNames"/>) and gets its types named. Pure.
/// </summary>
internal static class FunctionArgumentModelBuilder
{
    /// <summary>Names every proxy has besides its members: nested types must not take them.</summary>
    private static readonly string[] ProxyNames = { "FunctionArgumentLimit", "Contract", "DeviceIdOrName", "Create", "ToString", "GetVariableAsync", "CallFunctionAsync", "VerifyAsync" };

    public static FunctionArgumentModel Build(ContractInput input) => Build(input.Contract, input.TypeName, input.Namespace);

    public static FunctionArgumentModel Build(DeviceContract contract, string typeName, string @namespace)
    {
        var byName = new Dictionary<string, FunctionArgumentContract>(System.StringComparer.Ordinal);
        foreach (var function in contract.FunctionArguments)
        {
            byName[function.FunctionName] = function;
        }

        var naming = ProxyMemberNames.Assign(contract, typeName);
        var taken = new HashSet<string>(ProxyNames, System.StringComparer.Ordinal) { typeName, "I" + typeName };
        foreach (var named in naming.Members)
        {
            if (named.MemberName is { } memberName)
            {
                taken.Add(memberName);
            }
        }

        var members = new List<FunctionArgumentMember>();
        foreach (var named in naming.Members)
        {
            var registration = named.Registration;
            if (registration.Kind != RegistrationKind.Function || named.MemberName is not { } memberName
                || !byName.TryGetValue(registration.Name!, out var function) || function.Grammar.Kind == ArgumentKind.Text)
            {
                continue;
            }

            members.Add(new FunctionArgumentMember(
                function.FunctionName,
                memberName,
                function.Grammar,
                function.ReturnCodes,
                FunctionArgumentNames.Assign(function, memberName, taken),
                function.File is { } file ? FirmwarePath.RelativeTo(contract.Root, file) : null,
                function.Line));
        }

        return new FunctionArgumentModel(@namespace, typeName, members.ToEquatableArray());
    }
}
