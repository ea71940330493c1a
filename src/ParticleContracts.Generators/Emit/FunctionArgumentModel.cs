using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Emit;

/// <summary>The typed function members of one contract, names already chosen (see <see cref="FunctionArgumentNames"/>).</summary>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="TypeName">The proxy class (the interface is <c>I</c> + this).</param>
/// <param name="Members">One entry per function with a grammar narrower than string, in the proxy's member order.</param>
internal sealed record FunctionArgumentModel(string Namespace, string TypeName, EquatableArray<FunctionArgumentMember> Members)
{
    public string InterfaceName => "I" + TypeName;

    /// <summary>The stable hint name, <c>{Namespace}.{Type}.FunctionArguments.g.cs</c>.</summary>
    public string HintName => Namespace + "." + TypeName + ".FunctionArguments.g.cs";
}

/// <summary>One function's typed member.</summary>
/// <param name="CloudName">The cloud function name.</param>
/// <param name="MemberName">The proxy member name (the raw <c>string</c> overload has the same name).</param>
/// <param name="Grammar">The argument grammar.</param>
/// <param name="ReturnCodes">The known return values (empty: the member returns <c>int</c>).</param>
/// <param name="Names">The C# names of the member's types, parameters and enum members.</param>
/// <param name="File">The handler's file relative to the project folder, or null.</param>
/// <param name="Line">The handler body's line, or 0.</param>
internal sealed record FunctionArgumentMember(
    string CloudName,
    string MemberName,
    ArgumentGrammar Grammar,
    EquatableArray<ReturnCode> ReturnCodes,
    FunctionArgumentNaming Names,
    string? File,
    int Line);
