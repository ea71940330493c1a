using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>Everything the emitter needs for one contract: names already resolved, paths already relative.</summary>
/// <param name="Namespace">The C# namespace of the generated types.</param>
/// <param name="TypeName">The proxy class name, e.g. <c>WeatherStation</c> (the interface is <c>I</c> + this); also the contract name.</param>
/// <param name="Root">The firmware project folder, for documentation.</param>
/// <param name="FunctionArgumentLimit">The largest function argument in UTF-8 bytes (<c>ParticleFunctionArgumentLimit</c>).</param>
/// <param name="Members">Every registration with a constant name, in emission order (variables, then functions, each in source order).</param>
/// <param name="HasRunTimeVariableNames">True when the firmware registers a variable under a name known only at run time.</param>
/// <param name="HasRunTimeFunctionNames">True when the firmware registers a function under a name known only at run time.</param>
/// <param name="HasEvents">True when the firmware publishes or subscribes: the events file (<c>EventEmitter</c>) adds the contract's event list.</param>
/// <param name="HasLedgers">True when the firmware uses a ledger: the ledgers file (<c>LedgerEmitter</c>) adds the contract's ledger list, which <c>VerifyAsync</c> checks.</param>
internal sealed record ProxyModel(
    string Namespace,
    string TypeName,
    string Root,
    int FunctionArgumentLimit,
    EquatableArray<ProxyMember> Members,
    bool HasRunTimeVariableNames = false,
    bool HasRunTimeFunctionNames = false,
    bool HasEvents = false,
    bool HasLedgers = false)
{
    public string InterfaceName => "I" + TypeName;

    /// <summary>The stable hint name, <c>{Namespace}.{Type}.g.cs</c>.</summary>
    public string HintName => Namespace + "." + TypeName + ".g.cs";
}

/// <summary>One registration as the proxy exposes it.</summary>
/// <param name="Kind">Variable or function.</param>
/// <param name="CloudName">The cloud name, exactly as registered.</param>
/// <param name="MemberName">The C# member name, or null when no typed member is generated (unknown variable type).</param>
/// <param name="CloudType">The variable's cloud type; <see cref="CloudType.None"/> for functions.</param>
/// <param name="CppType">The C++ type, or null.</param>
/// <param name="File">The registering file, relative to the project folder.</param>
/// <param name="Line">The 1-based line of the registration.</param>
/// <param name="Declaration">The C++ declaration the registration binds to (one line), or null.</param>
/// <param name="DeclarationFile">Where that declaration is (relative), or null.</param>
/// <param name="DeclarationLine">Its 1-based line, or 0.</param>
/// <param name="Conditional">True when the registration sits under an undecided preprocessor condition.</param>
internal sealed record ProxyMember(
    RegistrationKind Kind,
    string CloudName,
    string? MemberName,
    CloudType CloudType,
    string? CppType,
    string File,
    int Line,
    string? Declaration,
    string? DeclarationFile,
    int DeclarationLine,
    bool Conditional);
