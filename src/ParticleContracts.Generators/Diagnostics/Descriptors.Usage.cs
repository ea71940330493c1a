using Microsoft.CodeAnalysis;

namespace ParticleContracts.Generators.Diagnostics;

/// <summary>Descriptors of the C# usage rules (PCT2xxx), reported by the analyzers in <c>Analyzers/</c>.</summary>
internal static partial class Descriptors
{
    /// <summary>Category of every PCT2xxx rule.</summary>
    public const string UsageCategory = "ParticleContracts.Usage";

    /// <summary>The documentation page of a usage diagnostic (<c>docs/diagnostics/PCTnnnn.md</c>).</summary>
    public const string UsageHelpLinkFormat = "https://github.com/particlecontracts/particlecontracts/blob/main/docs/diagnostics/{0}.md";

    /// <summary>PCT2001: <c>{0}</c> kind, <c>{1}</c> name, <c>{2}</c> where it was looked up, <c>{3}</c> a did-you-mean suffix or empty.</summary>
    public static readonly DiagnosticDescriptor UnknownCloudName = Usage(
        DiagnosticIds.UnknownCloudName,
        "Unknown Particle cloud name",
        "No {2} declares a {0} named '{1}'; the cloud would answer 404{3}",
        DiagnosticSeverity.Error,
        "A constant variable or function name passed to the Particle Cloud client or a device proxy must be declared by the firmware (Particle.variable / Particle.function), or the call fails at run time with 404.");

    /// <summary>PCT2002: <c>{0}</c> name, <c>{1}</c> what it is, <c>{2}</c> what the call expects, <c>{3}</c> the call to use instead.</summary>
    public static readonly DiagnosticDescriptor WrongCloudNameKind = Usage(
        DiagnosticIds.WrongCloudNameKind,
        "Particle variable used as a function, or the reverse",
        "'{0}' is a cloud {1} in the firmware, not a {2}; use {3}",
        DiagnosticSeverity.Error,
        "Variables are read with GetVariableAsync and functions are called with CallFunctionAsync; the cloud keeps the two name spaces apart.");

    /// <summary>PCT2003: <c>{0}</c> name, <c>{1}</c> the cloud type, <c>{2}</c> the expected C# type, <c>{3}</c> the type argument given.</summary>
    public static readonly DiagnosticDescriptor VariableTypeMismatch = Usage(
        DiagnosticIds.VariableTypeMismatch,
        "Particle variable read with the wrong type",
        "Cloud variable '{0}' is {1} in the firmware; read it as {2}, not {3}",
        DiagnosticSeverity.Error,
        "The type argument of GetVariableAsync<T> must match the variable's cloud type: int32 → int, double → double, bool → bool, string → string.");

    /// <summary>PCT2004: <c>{0}</c> the call, <c>{1}</c> the typed member.</summary>
    public static readonly DiagnosticDescriptor PreferTypedMember = Usage(
        DiagnosticIds.PreferTypedMember,
        "Use the generated typed member",
        "'{0}' can be the generated typed member '{1}'",
        DiagnosticSeverity.Info,
        "The generated proxy has a typed member for every registration with a constant name; it keeps the name and the type in one place and shows the firmware declaration in its documentation.");

    /// <summary>PCT2005: <c>{0}</c> function name, <c>{1}</c> byte count, <c>{2}</c> limit.</summary>
    public static readonly DiagnosticDescriptor FunctionArgumentTooLong = Usage(
        DiagnosticIds.FunctionArgumentTooLong,
        "Particle function argument too long",
        "The argument of cloud function '{0}' is {1} UTF-8 bytes; the device accepts at most {2} (ParticleFunctionArgumentLimit); shorten it",
        DiagnosticSeverity.Error,
        "A device copies at most its function-argument limit (1024 bytes since Device OS 3.0, 622 for 0.8-2.x, 63 before) and rejects longer arguments. Set the limit of your fleet with the MSBuild property ParticleFunctionArgumentLimit.");

    /// <summary>PCT2006: <c>{0}</c> contract name, <c>{1}</c> the known contracts or a did-you-mean.</summary>
    public static readonly DiagnosticDescriptor UnknownContractAttribute = Usage(
        DiagnosticIds.UnknownContractAttribute,
        "Device contract name matches no firmware contract",
        "No firmware contract is named '{0}'{1}",
        DiagnosticSeverity.Error,
        "The name in [ParticleDeviceContract(\"...\")] must be the name of a firmware contract of this project: the folder-derived PascalCase name or the Contract item metadata.");

    /// <summary>PCT2007: <c>{0}</c> contract name, <c>{1}</c> the first file carrying it.</summary>
    public static readonly DiagnosticDescriptor UnknownContractMetadata = Usage(
        DiagnosticIds.UnknownContractMetadata,
        "Contract item metadata matches no firmware source",
        "Contract metadata '{0}' (on '{1}') matches no firmware source: none of the files with this metadata is a .ino, .cpp, .cc, .c, .h or .hpp file; point the ParticleFirmware item at the firmware sources",
        DiagnosticSeverity.Error,
        "The Contract metadata of a ParticleFirmware item names the contract its files form; it has no effect on a file the firmware reader does not read or on a value that is not a usable name.");

    private static DiagnosticDescriptor Usage(string id, string title, string messageFormat, DiagnosticSeverity severity, string description) =>
        new(
            id,
            title,
            messageFormat,
            UsageCategory,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: string.Format(System.Globalization.CultureInfo.InvariantCulture, UsageHelpLinkFormat, id));
}
