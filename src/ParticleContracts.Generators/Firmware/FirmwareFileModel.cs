using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Handlers;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// Everything the reader learned from one file, before cross-file resolution: the unit the incremental generator
/// caches (equatable; strings, numbers and equatable arrays only).
/// </summary>
/// <param name="Path">The file path as given, with <c>/</c> separators.</param>
/// <param name="Role">Whether the file is firmware source, a project marker (<c>project.properties</c>), or ignored.</param>
/// <param name="Macros">Every <c>#define</c> in an active or undecided region, in source order.</param>
/// <param name="Declarations">Declarations (variables, functions, aliases, enums, classes) in source order.</param>
/// <param name="Sites">Every <c>Particle.variable</c>/<c>function</c>/<c>publish</c>/<c>subscribe</c> call found, in source order.</param>
/// <param name="Diagnostics">Problems found in this file alone (e.g. an unterminated comment or <c>#if</c>).</param>
/// <param name="ProductVersion">The first file-scope <c>PRODUCT_VERSION(n)</c> in an active region, or null.</param>
/// <param name="Features">Uses of target-dependent Device OS features (Ledger, <c>CloudEvent</c>, ...), in source order.</param>
/// <param name="Handlers">What each function body with one string parameter does with it (read before it is known which are handlers), in source order.</param>
/// <param name="Settings">For <see cref="FirmwareFileRole.WorkbenchSettings"/>: the target settings read from it.</param>
/// <param name="DataUses">Ledger and environment-variable uses (<see cref="Scanning.DataUseScanner"/>), in source order.</param>
/// <param name="EnvironmentDefaults">For <see cref="FirmwareFileRole.EnvironmentDefaults"/> (<c>env.json</c>) the values it holds; for <see cref="FirmwareFileRole.ProjectMarker"/> the <c>env=</c> file it names.</param>
/// <param name="PayloadStatements">Statements that build event payloads or name events (<c>snprintf</c>, <c>String::format</c>, <c>JSONBufferWriter</c> chains, <c>Variant</c> sets, <c>CloudEvent</c> members) and rate guards, in source order.</param>
internal sealed record FirmwareFileModel(
    string Path,
    FirmwareFileRole Role,
    EquatableArray<MacroDefinition> Macros,
    EquatableArray<CppDeclaration> Declarations,
    EquatableArray<RegistrationSite> Sites,
    EquatableArray<FirmwareDiagnostic> Diagnostics,
    int? ProductVersion = null,
    EquatableArray<FeatureUse> Features = default,
    WorkbenchSettings? Settings = null,
    EquatableArray<Scanning.DataUse> DataUses = default,
    Ledgers.EnvironmentDefaults? EnvironmentDefaults = null,
    EquatableArray<HandlerShape> Handlers = default,
    EquatableArray<Events.PayloadStatement> PayloadStatements = default);

/// <summary>What a file given to the reader is.</summary>
internal enum FirmwareFileRole
{
    /// <summary>Neither source nor marker (another extension): it takes no part in any contract.</summary>
    Ignored,

    /// <summary>Firmware source: <c>.ino .cpp .cc .c .h .hpp</c>.</summary>
    Source,

    /// <summary><c>project.properties</c>: marks the folder as a Particle project root.</summary>
    ProjectMarker,

    /// <summary>Workbench's <c>.vscode/settings.json</c>: the project's target Device OS and platform.</summary>
    WorkbenchSettings,

    /// <summary><c>env.json</c>: environment-variable defaults bundled with the firmware when <c>project.properties</c> says <c>env=env.json</c>.</summary>
    EnvironmentDefaults,
}

/// <summary>A <c>#define</c>.</summary>
/// <param name="Name">The macro name.</param>
/// <param name="Value">The replacement text (comments removed, trimmed); empty for <c>#define X</c>.</param>
/// <param name="IsFunctionLike">True for <c>#define F(x) ...</c> (never used as a name or condition value).</param>
/// <param name="Conditions">Undecided <c>#if</c> conditions around the definition (empty when unconditional).</param>
/// <param name="Location">Where the macro name is.</param>
internal sealed record MacroDefinition(
    string Name,
    string Value,
    bool IsFunctionLike,
    EquatableArray<string> Conditions,
    FirmwareLocation Location);

/// <summary>What a <see cref="CppDeclaration"/> declares.</summary>
internal enum CppDeclarationKind
{
    Variable,
    Function,
    Alias,
    Enum,
    Class,

    /// <summary>An enumerator of an enum body; its <c>Initializer</c> is an expression for its value, its <c>Scope</c> the enum.</summary>
    Enumerator,
}

/// <summary>Where a declared object lives (decides whether a by-reference registration dangles).</summary>
internal enum CppStorage
{
    Global,
    Extern,
    Member,
    StaticMember,
    StaticLocal,
    Local,
    Parameter,
}

/// <summary>
/// One C++ declaration the type resolver may need. Only the name, kind, type and location are always given; create
/// it with named arguments for the rest.
/// </summary>
/// <param name="Name">The unqualified declared name.</param>
/// <param name="Kind">Variable, function, alias, enum or class.</param>
/// <param name="Type">Normalized type text: a variable's full type (<c>char[64]</c>, <c>const char*</c>), a function's return type, an alias's target.</param>
/// <param name="Location">Where the declared name is.</param>
/// <param name="Parameters">Functions and function pointers: the normalized parameter types joined with <c>,</c> (empty for none); otherwise null.</param>
/// <param name="Storage">Global, member, local, ...</param>
/// <param name="Scope">The class for members and methods; the enclosing function key (<c>Class::method</c> or <c>setup</c>) for locals and parameters; null for globals.</param>
/// <param name="Initializer">The initializer's source text for constants, <c>auto</c> and callables; otherwise null.</param>
/// <param name="IsConstant">True for <c>const</c>/<c>constexpr</c> declarations.</param>
/// <param name="IsFunctionPointer">True for a variable or alias that holds a function pointer (<paramref name="Type"/> is its return type).</param>
/// <param name="IsConstMethod">True for a <c>const</c>-qualified member function.</param>
/// <param name="IsStatic">True when declared <c>static</c>.</param>
/// <param name="TemplateParameters">Template parameter names joined with <c>,</c>, or null.</param>
/// <param name="TemplateArguments">An explicit specialisation's arguments (<c>int</c> for <c>template&lt;&gt; int f&lt;int&gt;()</c>), or null.</param>
internal sealed record CppDeclaration(
    string Name,
    CppDeclarationKind Kind,
    string Type,
    FirmwareLocation Location,
    string? Parameters = null,
    CppStorage Storage = CppStorage.Global,
    string? Scope = null,
    string? Initializer = null,
    bool IsConstant = false,
    bool IsFunctionPointer = false,
    bool IsConstMethod = false,
    bool IsStatic = false,
    string? TemplateParameters = null,
    string? TemplateArguments = null);

/// <summary>A <c>Particle.variable(...)</c>/<c>Particle.function(...)</c> call before names and types are resolved.</summary>
/// <param name="Kind">Variable or function.</param>
/// <param name="ApiObject"><c>Particle</c> or <c>Spark</c>.</param>
/// <param name="Location">From <c>Particle</c> to the closing parenthesis.</param>
/// <param name="Arguments">The call's top-level arguments, as source text with their locations.</param>
/// <param name="EnclosingFunction">The key of the function the call is in (<c>setup</c>, <c>Class::init</c>), or null at file scope.</param>
/// <param name="EnclosingClass">The class of that function (or of the class body), or null.</param>
/// <param name="Conditions">Undecided <c>#if</c> conditions around the call (empty when unconditional).</param>
internal sealed record RegistrationSite(
    RegistrationKind Kind,
    string ApiObject,
    FirmwareLocation Location,
    EquatableArray<SiteArgument> Arguments,
    string? EnclosingFunction,
    string? EnclosingClass,
    EquatableArray<string> Conditions);

/// <summary>One argument of a registration call.</summary>
internal readonly record struct SiteArgument(string Text, FirmwareLocation Location);
