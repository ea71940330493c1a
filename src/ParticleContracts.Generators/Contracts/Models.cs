namespace ParticleContracts.Generators.Contracts;

/// <summary>A position in a firmware file. Line and column are 1-based; offsets are 0-based UTF-16 indexes.</summary>
internal readonly record struct FirmwareLocation(string File, int Line, int Column, int Start, int Length, int EndLine, int EndColumn);

/// <summary>
/// One <c>Particle.variable</c> / <c>Particle.function</c> (or legacy <c>Spark.*</c>) registration.
/// </summary>
/// <param name="Kind">Variable or function.</param>
/// <param name="Name">The cloud name when it is a compile-time constant; null when only known at run time.</param>
/// <param name="NameExpression">The C++ text of the name argument (always set).</param>
/// <param name="CppType">The resolved C++ type (variables: the variable's or callable's return type, e.g. <c>char[64]</c>; functions: the handler signature, e.g. <c>int(String)</c>); null when unresolved.</param>
/// <param name="CloudType">The cloud type for variables; <see cref="CloudType.None"/> for functions or when not mappable.</param>
/// <param name="Form">How it was written.</param>
/// <param name="Handler">For functions and calculated variables, the handler expression text (e.g. <c>setColor</c>, <c>&amp;Lamp::set</c>, <c>lambda</c>); for by-reference variables the bound expression.</param>
/// <param name="Location">Where <c>Particle.</c>/<c>Spark.</c> starts.</param>
/// <param name="Conditional">True when under a preprocessor condition that could not be decided.</param>
/// <param name="Declaration">The C++ declaration text the registration binds to (for docs), or null.</param>
/// <param name="DeclarationLocation">Where that declaration is, or null.</param>
/// <param name="NameLocation">Where the name argument is (naming problems are reported there), or null when unknown.</param>
/// <param name="HandlerKey">For functions whose handler is a named function or method: its key (<c>name</c> or <c>Class::name</c>), so its body can be found; otherwise null.</param>
/// <param name="ValueDiagnosed">True when the reader reported a problem with the registered value or handler (its type), so later stages need not repeat it.</param>
internal sealed record Registration(
    RegistrationKind Kind,
    string? Name,
    string NameExpression,
    string? CppType,
    CloudType CloudType,
    RegistrationForm Form,
    string? Handler,
    FirmwareLocation Location,
    bool Conditional,
    string? Declaration,
    FirmwareLocation? DeclarationLocation,
    FirmwareLocation? NameLocation = null,
    bool ValueDiagnosed = false,
    string? HandlerKey = null);

/// <summary>A problem found in firmware.</summary>
/// <param name="Id">A <c>PCT1xxx</c> constant from <c>DiagnosticIds</c> (described in <c>DiagnosticTable</c>).</param>
/// <param name="Severity">Default severity.</param>
/// <param name="Message">The formatted message: names the registration and says how to fix it.</param>
/// <param name="Location">The exact place in the firmware file.</param>
/// <param name="Arguments">The message format arguments, so the generator can re-create the message from its descriptor.</param>
internal sealed record FirmwareDiagnostic(
    string Id,
    FirmwareSeverity Severity,
    string Message,
    FirmwareLocation Location,
    EquatableArray<string> Arguments);

/// <summary>One firmware source file handed to the reader.</summary>
/// <param name="Path">The file's path, as diagnostics show it.</param>
/// <param name="Text">The file's text.</param>
/// <param name="BaseFolder">The folder the user named to find this file (a project root is never above it), or null.</param>
internal sealed record FirmwareSource(string Path, string Text, string? BaseFolder = null);

/// <summary>The contract of one Particle firmware project (one device type).</summary>
/// <param name="Name">PascalCase C# identifier, e.g. <c>WeatherStation</c>.</param>
/// <param name="Root">The project folder (as given, <c>/</c> separators), e.g. <c>firmware/weather-station</c>.</param>
/// <param name="Files">Every file of the contract, sorted ordinally.</param>
/// <param name="Registrations">Every registration, in file order then source order.</param>
/// <param name="Diagnostics">Every firmware diagnostic, in file order then source order.</param>
/// <param name="ProductVersion">The firmware's <c>PRODUCT_VERSION(n)</c>, or null when it declares none.</param>
/// <param name="Data">The ledgers and environment variables the firmware uses, or null when it uses none.</param>
/// <param name="FunctionArguments">For each function with a constant name: its argument grammar and return codes, inferred from the handler body; in cloud-name order.</param>
/// <param name="Events">The events the firmware publishes and subscribes to; null when it has none.</param>
internal sealed record DeviceContract(
    string Name,
    string Root,
    EquatableArray<string> Files,
    EquatableArray<Registration> Registrations,
    EquatableArray<FirmwareDiagnostic> Diagnostics,
    int? ProductVersion = null,
    DeviceDataContract? Data = null,
    EquatableArray<FunctionArgumentContract> FunctionArguments = default,
    EventContracts? Events = null)
{
    /// <summary>The events, never null.</summary>
    public EventContracts EventsOrEmpty => Events ?? EventContracts.Empty;
}
