using System.Globalization;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Diagnostics;

/// <summary>
/// Descriptors of the firmware rules (PCT1xxx). The reader finds them (Roslyn-free <c>FirmwareDiagnostic</c>s);
/// the generator reports them at their firmware-file locations through these descriptors, so
/// <c>dotnet_diagnostic.PCTnnnn.severity</c> in <c>.editorconfig</c> applies.
/// </summary>
internal static partial class Descriptors
{
    /// <summary>Category of every PCT1xxx rule.</summary>
    public const string FirmwareCategory = "ParticleContracts.Firmware";

    /// <summary>The documentation page of a firmware diagnostic.</summary>
    public const string FirmwareHelpLinkFormat = "https://github.com/particlecontracts/particlecontracts/blob/main/docs/diagnostics/{0}.md";

    // ── PCT1001–PCT1079: found by the firmware reader. Title and message come from its catalog, so the text lives in one place. ──

    /// <summary>PCT1001: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor NameTooLong = Reader(DiagnosticIds.NameTooLong, DiagnosticSeverity.Error);

    /// <summary>PCT1002: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor NameTooLongForLegacyDeviceOs = Reader(DiagnosticIds.NameTooLongForLegacyDeviceOs, DiagnosticSeverity.Warning);

    /// <summary>PCT1003: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor InvalidNameCharacters = Reader(DiagnosticIds.InvalidNameCharacters, DiagnosticSeverity.Warning);

    /// <summary>PCT1004: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor DuplicateRegistration = Reader(DiagnosticIds.DuplicateRegistration, DiagnosticSeverity.Warning);

    /// <summary>PCT1005: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor NameUsedAsVariableAndFunction = Reader(DiagnosticIds.NameUsedAsVariableAndFunction, DiagnosticSeverity.Warning);

    /// <summary>PCT1006: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor FloatVariableByReference = Reader(DiagnosticIds.FloatVariableByReference, DiagnosticSeverity.Error);

    /// <summary>PCT1007: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor VariableBindsTemporary = Reader(DiagnosticIds.VariableBindsTemporary, DiagnosticSeverity.Warning);

    /// <summary>PCT1008: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor UnsupportedVariableType = Reader(DiagnosticIds.UnsupportedVariableType, DiagnosticSeverity.Error);

    /// <summary>PCT1009: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor VariableBoundToLocal = Reader(DiagnosticIds.VariableBoundToLocal, DiagnosticSeverity.Error);

    /// <summary>PCT1010: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor FunctionSignatureMismatch = Reader(DiagnosticIds.FunctionSignatureMismatch, DiagnosticSeverity.Error);

    /// <summary>PCT1011: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor NameNotConstant = Reader(DiagnosticIds.NameNotConstant, DiagnosticSeverity.Warning);

    /// <summary>PCT1012: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor TooManyVariablesForLegacyDeviceOs = Reader(DiagnosticIds.TooManyVariablesForLegacyDeviceOs, DiagnosticSeverity.Warning);

    /// <summary>PCT1013: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor TooManyFunctionsForLegacyDeviceOs = Reader(DiagnosticIds.TooManyFunctionsForLegacyDeviceOs, DiagnosticSeverity.Warning);

    /// <summary>PCT1014: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor TooManyRegistrations = Reader(DiagnosticIds.TooManyRegistrations, DiagnosticSeverity.Error);

    /// <summary>PCT1015: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor RegistrationOutsideSetup = Reader(DiagnosticIds.RegistrationOutsideSetup, DiagnosticSeverity.Info);

    /// <summary>PCT1016: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = Reader(DiagnosticIds.IdentifierCollision, DiagnosticSeverity.Error);

    /// <summary>PCT1017: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor UnresolvedVariableType = Reader(DiagnosticIds.UnresolvedVariableType, DiagnosticSeverity.Warning);

    /// <summary>PCT1018: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor LegacyTypeTagMismatch = Reader(DiagnosticIds.LegacyTypeTagMismatch, DiagnosticSeverity.Error);

    /// <summary>PCT1019: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor UnresolvedFunctionHandler = Reader(DiagnosticIds.UnresolvedFunctionHandler, DiagnosticSeverity.Warning);

    /// <summary>PCT1020: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor MalformedRegistration = Reader(DiagnosticIds.MalformedRegistration, DiagnosticSeverity.Warning);

    /// <summary>PCT1021: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor UnbalancedConditional = Reader(DiagnosticIds.UnbalancedConditional, DiagnosticSeverity.Warning);

    /// <summary>PCT1022: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor MalformedSource = Reader(DiagnosticIds.MalformedSource, DiagnosticSeverity.Warning);

    /// <summary>PCT1023: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor EmptyName = Reader(DiagnosticIds.EmptyName, DiagnosticSeverity.Error);

    /// <summary>PCT1024: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor ReservedMemberName = Reader(DiagnosticIds.ReservedMemberName, DiagnosticSeverity.Warning);

    /// <summary>PCT1079: see <c>FirmwareDiagnosticCatalog</c> for the message arguments.</summary>
    public static readonly DiagnosticDescriptor ReaderInternalError = Reader(DiagnosticIds.ReaderInternalError, DiagnosticSeverity.Warning);

    // ── PCT1080–PCT1099: found by the generator. ──

    /// <summary>PCT1080: <c>{0}</c> kind, <c>{1}</c> cloud name, <c>{2}</c> wanted member, <c>{3}</c> who has it, <c>{4}</c> the member generated instead.</summary>
    public static readonly DiagnosticDescriptor MemberNameCollision = Firmware(
        DiagnosticIds.MemberNameCollision,
        "Generated member name collision",
        "The cloud {0} '{1}' would generate member '{2}', which {3} already uses; it is generated as '{4}'. Rename one of the registrations to keep the names apart.",
        DiagnosticSeverity.Warning,
        "Cloud names become PascalCase C# members (variables Get{Name}Async, functions {Name}Async). When two registrations map to the same member, the one that comes first (variables before functions, then source order) keeps it and the other gets a suffix.");

    /// <summary>PCT1081: <c>{0}</c> cloud name, <c>{1}</c> the C++ type or 'unresolved'.</summary>
    public static readonly DiagnosticDescriptor VariableWithoutTypedMember = Firmware(
        DiagnosticIds.VariableWithoutTypedMember,
        "Cloud variable without a typed member",
        "The cloud type of variable '{0}' is unknown (C++ type: {1}), so the proxy has no typed member for it; read it with GetVariableAsync<T>(\"{0}\") or use a bool, int, double, char[] or String variable",
        DiagnosticSeverity.Info,
        "A typed member needs the variable's cloud type (bool, int32, double, string). The variable is still part of the contract and checked by VerifyAsync.");

    /// <summary>PCT1082: <c>{0}</c> contract name, <c>{1}</c> namespace, <c>{2}</c> first project folder, <c>{3}</c> this folder, <c>{4}</c> new name.</summary>
    public static readonly DiagnosticDescriptor DuplicateContractName = Firmware(
        DiagnosticIds.DuplicateContractName,
        "Duplicate contract name",
        "Contract '{0}' in namespace '{1}' is already generated from '{2}'; the firmware in '{3}' is generated as '{4}'. Set Contract=\"...\" on its ParticleFirmware item.",
        DiagnosticSeverity.Warning,
        "Contract names come from the firmware folder name or the Contract item metadata and must be unique per namespace.");

    /// <summary>PCT1083: <c>{0}</c> the metadata value, <c>{1}</c> the namespace used instead.</summary>
    public static readonly DiagnosticDescriptor InvalidContractNamespace = Firmware(
        DiagnosticIds.InvalidContractNamespace,
        "Invalid contract namespace",
        "Namespace metadata '{0}' is not a C# namespace; the proxy is generated in '{1}'. Use dot-separated identifiers, e.g. MyApp.Devices.",
        DiagnosticSeverity.Warning,
        "The Namespace metadata of a ParticleFirmware item must be a valid C# namespace.");

    /// <summary>PCT1084: <c>{0}</c> the property value, <c>{1}</c> the limit used instead.</summary>
    public static readonly DiagnosticDescriptor InvalidFunctionArgumentLimit = Firmware(
        DiagnosticIds.InvalidFunctionArgumentLimit,
        "Invalid ParticleFunctionArgumentLimit",
        "ParticleFunctionArgumentLimit '{0}' is not a positive integer; {1} is used. Set it to the device's maximum function argument size in bytes.",
        DiagnosticSeverity.Warning,
        "ParticleFunctionArgumentLimit is the largest function argument the devices accept, in UTF-8 bytes (1024 since Device OS 3.0; 622 before; 63 before 0.8.0).");

    /// <summary>The descriptor of a firmware diagnostic ID, or null when the ID has none.</summary>
    public static DiagnosticDescriptor? ForFirmwareId(string id) => id switch
    {
        DiagnosticIds.NameTooLong => NameTooLong,
        DiagnosticIds.NameTooLongForLegacyDeviceOs => NameTooLongForLegacyDeviceOs,
        DiagnosticIds.InvalidNameCharacters => InvalidNameCharacters,
        DiagnosticIds.DuplicateRegistration => DuplicateRegistration,
        DiagnosticIds.NameUsedAsVariableAndFunction => NameUsedAsVariableAndFunction,
        DiagnosticIds.FloatVariableByReference => FloatVariableByReference,
        DiagnosticIds.VariableBindsTemporary => VariableBindsTemporary,
        DiagnosticIds.UnsupportedVariableType => UnsupportedVariableType,
        DiagnosticIds.VariableBoundToLocal => VariableBoundToLocal,
        DiagnosticIds.FunctionSignatureMismatch => FunctionSignatureMismatch,
        DiagnosticIds.NameNotConstant => NameNotConstant,
        DiagnosticIds.TooManyVariablesForLegacyDeviceOs => TooManyVariablesForLegacyDeviceOs,
        DiagnosticIds.TooManyFunctionsForLegacyDeviceOs => TooManyFunctionsForLegacyDeviceOs,
        DiagnosticIds.TooManyRegistrations => TooManyRegistrations,
        DiagnosticIds.RegistrationOutsideSetup => RegistrationOutsideSetup,
        DiagnosticIds.IdentifierCollision => IdentifierCollision,
        DiagnosticIds.UnresolvedVariableType => UnresolvedVariableType,
        DiagnosticIds.LegacyTypeTagMismatch => LegacyTypeTagMismatch,
        DiagnosticIds.UnresolvedFunctionHandler => UnresolvedFunctionHandler,
        DiagnosticIds.MalformedRegistration => MalformedRegistration,
        DiagnosticIds.UnbalancedConditional => UnbalancedConditional,
        DiagnosticIds.MalformedSource => MalformedSource,
        DiagnosticIds.EmptyName => EmptyName,
        DiagnosticIds.ReservedMemberName => ReservedMemberName,
        DiagnosticIds.ReaderInternalError => ReaderInternalError,
        DiagnosticIds.MemberNameCollision => MemberNameCollision,
        DiagnosticIds.VariableWithoutTypedMember => VariableWithoutTypedMember,
        DiagnosticIds.DuplicateContractName => DuplicateContractName,
        DiagnosticIds.InvalidContractNamespace => InvalidContractNamespace,
        DiagnosticIds.InvalidFunctionArgumentLimit => InvalidFunctionArgumentLimit,
        _ => null,
    };

    /// <summary>Maps the reader's severity to Roslyn's.</summary>
    public static DiagnosticSeverity ToRoslyn(this FirmwareSeverity severity) => severity switch
    {
        FirmwareSeverity.Hidden => DiagnosticSeverity.Hidden,
        FirmwareSeverity.Info => DiagnosticSeverity.Info,
        FirmwareSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };

    private static DiagnosticDescriptor Reader(string id, DiagnosticSeverity severity)
    {
        var entry = FirmwareDiagnosticCatalog.Get(id);
        return Firmware(id, entry.Title, entry.MessageFormat, severity, entry.Title + ".");
    }

    private static DiagnosticDescriptor Firmware(string id, string title, string messageFormat, DiagnosticSeverity severity, string description) =>
        new(
            id,
            title,
            messageFormat,
            FirmwareCategory,
            severity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: string.Format(CultureInfo.InvariantCulture, FirmwareHelpLinkFormat, id));
}
