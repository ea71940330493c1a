namespace ParticleContracts.Generators.Contracts;

/// <summary>
/// What a cloud call exposes: a variable or function registration, or (sites only, resolved by the events stage into
/// <see cref="EventContracts"/>, never into a <see cref="Registration"/>) a publish or subscribe call.
/// </summary>
internal enum RegistrationKind
{
    Variable,
    Function,
    Publish,
    Subscribe,
}

/// <summary>
/// The type the Particle Cloud reports for a variable: wire strings
/// <c>bool</c>, <c>int32</c>, <c>double</c>, <c>string</c>. <see cref="None"/> for functions and unresolved types.
/// </summary>
internal enum CloudType
{
    None,
    Bool,
    Int32,
    Double,
    String,
}

/// <summary>How a registration was written in firmware.</summary>
internal enum RegistrationForm
{
    /// <summary><c>Particle.variable("n", x)</c>: by reference.</summary>
    Reference,

    /// <summary><c>Particle.variable("n", &amp;x, INT)</c>: legacy pointer plus type tag.</summary>
    LegacyPointer,

    /// <summary><c>Particle.variable("n", fn)</c>: calculated from a callable with no parameters.</summary>
    Calculated,

    /// <summary><c>Particle.function("n", handler)</c> with a free or static function (or function-pointer variable).</summary>
    FunctionPointer,

    /// <summary><c>Particle.function("n", [](String s) { ... })</c>.</summary>
    Lambda,

    /// <summary><c>Particle.function("n", std::function&lt;int(String)&gt;)</c> or another callable object.</summary>
    Callable,

    /// <summary><c>Particle.function("n", &amp;Class::method, this)</c>.</summary>
    MemberFunction,
}

/// <summary>Severity of a firmware diagnostic (mapped to Roslyn's severity by the generator).</summary>
internal enum FirmwareSeverity
{
    Hidden,
    Info,
    Warning,
    Error,
}

/// <summary>Wire and display names for the contract enums.</summary>
internal static class ContractNames
{
    /// <summary>The Particle Cloud's type string, or null for <see cref="CloudType.None"/>.</summary>
    public static string? ToWireName(this CloudType type) => type switch
    {
        CloudType.Bool => "bool",
        CloudType.Int32 => "int32",
        CloudType.Double => "double",
        CloudType.String => "string",
        _ => null,
    };

    /// <summary>The C# type a cloud type reads as in generated proxies; an unknown type reads as text.</summary>
    public static string ToCSharpName(this CloudType type) => type switch
    {
        CloudType.Bool => "bool",
        CloudType.Int32 => "int",
        CloudType.Double => "double",
        _ => "string",
    };

    /// <summary>Parses a Particle Cloud type string (<c>int32</c>, <c>double</c>, <c>bool</c>, <c>string</c>).</summary>
    public static CloudType ParseCloudType(string? wireName) => wireName switch
    {
        "bool" => CloudType.Bool,
        "int32" => CloudType.Int32,
        "int" => CloudType.Int32,
        "double" => CloudType.Double,
        "string" => CloudType.String,
        _ => CloudType.None,
    };

    public static string ToWireName(this RegistrationKind kind) => kind == RegistrationKind.Variable ? "variable" : "function";

    public static string ToWireName(this RegistrationForm form) => form switch
    {
        RegistrationForm.Reference => "reference",
        RegistrationForm.LegacyPointer => "legacy-pointer",
        RegistrationForm.Calculated => "calculated",
        RegistrationForm.FunctionPointer => "function-pointer",
        RegistrationForm.Lambda => "lambda",
        RegistrationForm.Callable => "callable",
        RegistrationForm.MemberFunction => "member-function",
        _ => "unknown",
    };

    public static string ToWireName(this FirmwareSeverity severity) => severity switch
    {
        FirmwareSeverity.Hidden => "hidden",
        FirmwareSeverity.Info => "info",
        FirmwareSeverity.Warning => "warning",
        _ => "error",
    };
}
