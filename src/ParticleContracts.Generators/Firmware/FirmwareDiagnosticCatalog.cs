using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Firmware;

/// <summary>One firmware diagnostic's fixed text: what the generator needs to build a Roslyn descriptor.</summary>
/// <param name="Id">The <c>PCT1xxx</c> ID.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format string; the arguments are <see cref="FirmwareDiagnostic.Arguments"/>.</param>
/// <param name="DefaultSeverity">The default severity.</param>
internal sealed record FirmwareDiagnosticDescriptor(string Id, string Title, string MessageFormat, FirmwareSeverity DefaultSeverity);

/// <summary>
/// Every firmware diagnostic (PCT1001–PCT1079) with its title, message format and default severity. The reader
/// creates diagnostics only through <see cref="Create"/>; the generator turns <see cref="All"/> into descriptors.
/// </summary>
internal static class FirmwareDiagnosticCatalog
{
    /// <summary>The help page for an ID, relative to the repository root.</summary>
    public static string HelpPath(string id) => "docs/diagnostics/" + id + ".md";

    public static readonly IReadOnlyList<FirmwareDiagnosticDescriptor> All = new[]
    {
        new FirmwareDiagnosticDescriptor(DiagnosticIds.NameTooLong, "Cloud name longer than 64 bytes",
            "{0} \"{1}\" is {2} bytes long; Device OS accepts at most 64. Shorten the name.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.NameTooLongForLegacyDeviceOs, "Cloud name longer than 12 bytes",
            "{0} \"{1}\" is {2} bytes long; Device OS before 0.8.0 accepts at most 12. Shorten the name if the device may run an older Device OS.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.InvalidNameCharacters, "Cloud name with unusual characters",
            "{0} \"{1}\" contains '{2}'; use only letters, digits, '_' and '-' so every client can address it.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.DuplicateRegistration, "Cloud name registered twice",
            "{0} \"{1}\" is registered again (first at line {2}); the later registration replaces the earlier one. Remove one or rename it.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.NameUsedAsVariableAndFunction, "Name used as variable and function",
            "\"{0}\" is registered both as a variable and as a function (line {1}); give them different names.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.FloatVariableByReference, "float variable registered by reference",
            "{0} \"{1}\" binds '{2}' of type float, which Device OS rejects; declare it as double.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.VariableBindsTemporary, "Variable binds a temporary",
            "{0} \"{1}\" binds '{2}' of type {3}, which only converts to int: the cloud reads a dangling temporary. Declare it as int (or int32_t).", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.UnsupportedVariableType, "Variable type has no cloud type",
            "{0} \"{1}\" has type {2}, which has no cloud type; use bool, int, double, String or a char array.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.VariableBoundToLocal, "Variable bound to a local",
            "{0} \"{1}\" binds '{2}', a local of {3}() that no longer exists after it returns; make it global, static, or a member of a global object.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.FunctionSignatureMismatch, "Function handler signature is not int(String)",
            "{0} \"{1}\" uses handler '{2}' with signature {3}; a cloud function handler must be int(String){4}.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.NameNotConstant, "Cloud name is not a compile-time constant",
            "The name of this {0} ('{1}') is only known at run time, so it cannot be typed; use a string literal, a #define or a const char* constant.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.TooManyVariablesForLegacyDeviceOs, "More than 20 variables",
            "This firmware registers {0} variables; Device OS before 1.5.0 keeps only 20. Remove some if the device may run an older Device OS.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.TooManyFunctionsForLegacyDeviceOs, "More than 15 functions",
            "This firmware registers {0} functions; Device OS before 1.5.0 keeps only 15. Remove some if the device may run an older Device OS.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.TooManyRegistrations, "More than 100 registrations of a kind",
            "This firmware registers {0} {1}s; Device OS refuses every {1} after the 100th. Remove some.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.RegistrationOutsideSetup, "Registration outside setup()",
            "{0} \"{1}\" is registered in {2}; register in setup() so the cloud learns it when setup() returns.", FirmwareSeverity.Info),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.IdentifierCollision, "Cloud names map to the same C# member",
            "{0} \"{1}\" and {2} \"{3}\" both map to the C# member {4}; rename one of them.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.UnresolvedVariableType, "Variable type not found",
            "{0} \"{1}\" binds {2}, whose type cannot be determined: {3}.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.LegacyTypeTagMismatch, "Legacy type tag does not fit the variable",
            "{0} \"{1}\" passes '{2}' (type {3}) with tag {4}; {5}.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.UnresolvedFunctionHandler, "Function handler not found",
            "{0} \"{1}\" uses handler '{2}', whose declaration is not in this project; declare it in a project file.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.MalformedRegistration, "Malformed registration",
            "{0}.{1}(...) has {2}; expected {3}.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.UnbalancedConditional, "Unbalanced preprocessor conditional",
            "{0}; balance each #if/#ifdef/#ifndef with #endif.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.MalformedSource, "Malformed firmware text",
            "This file has an unterminated {0}; the rest of the file was ignored. Close it.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.EmptyName, "Empty cloud name",
            "This {0} has an empty name, which Device OS cannot look up; give it a name.", FirmwareSeverity.Error),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.ReservedMemberName, "Cloud name clashes with a proxy member",
            "{0} \"{1}\" maps to the C# member {2}, which every generated proxy already has; rename it.", FirmwareSeverity.Warning),
        new FirmwareDiagnosticDescriptor(DiagnosticIds.ReaderInternalError, "Firmware reader error",
            "The firmware reader failed on this file ({0}); its registrations are missing. Please report this with the file.", FirmwareSeverity.Warning),
    };

    private static readonly Dictionary<string, FirmwareDiagnosticDescriptor> ById = CreateIndex();

    private static Dictionary<string, FirmwareDiagnosticDescriptor> CreateIndex()
    {
        var index = new Dictionary<string, FirmwareDiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            index[descriptor.Id] = descriptor;
        }

        return index;
    }

    /// <summary>The descriptor of <paramref name="id"/>.</summary>
    public static FirmwareDiagnosticDescriptor Get(string id) => ById[id];

    /// <summary>Creates a diagnostic with the catalog's severity and formatted message.</summary>
    public static FirmwareDiagnostic Create(string id, FirmwareLocation location, params string[] arguments)
    {
        var descriptor = ById[id];
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
        return new FirmwareDiagnostic(id, descriptor.DefaultSeverity, message, location, arguments.ToEquatableArray());
    }

    /// <summary>"variable" or "function" with the API object: <c>Particle.variable</c>.</summary>
    public static string Describe(RegistrationKind kind) => kind == RegistrationKind.Variable ? "Variable" : "Function";
}
