using System;
using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Diagnostics;

/// <summary>
/// Every ParticleContracts diagnostic with its fixed text: the one place a rule's title, message, severity, category
/// and help page are written. Roslyn-free, so the reader (also compiled into the CLI and the simulator) creates its
/// diagnostics from it; <c>Descriptors</c> turns every row into a Roslyn descriptor in one loop.
/// </summary>
internal static class DiagnosticTable
{
    /// <summary>Category of every PCT1xxx rule (found in firmware).</summary>
    public const string FirmwareCategory = "ParticleContracts.Firmware";

    /// <summary>Category of every PCT2xxx rule (found in C# usage).</summary>
    public const string UsageCategory = "ParticleContracts.Usage";

    /// <summary>The documentation page of a rule; <c>{0}</c> is its ID.</summary>
    public const string HelpLinkFormat = "https://github.com/particlecontracts/particlecontracts/blob/main/docs/diagnostics/{0}.md";

    /// <summary>Every rule, in ID order.</summary>
    public static readonly IReadOnlyList<DiagnosticRule> All = new[]
    {
        // ── PCT1001–PCT1079: found by the firmware reader. ──
        Firmware(DiagnosticIds.NameTooLong, FirmwareSeverity.Error, "Cloud name longer than 64 bytes",
            "{0} \"{1}\" is {2} bytes long; Device OS accepts at most 64. Shorten the name."),
        Firmware(DiagnosticIds.NameTooLongForLegacyDeviceOs, FirmwareSeverity.Warning, "Cloud name longer than 12 bytes",
            "{0} \"{1}\" is {2} bytes long; the target's Device OS (before 0.8.0) accepts at most 12. Shorten the name, or target 0.8.0 or later."),
        Firmware(DiagnosticIds.InvalidNameCharacters, FirmwareSeverity.Warning, "Cloud name with unusual characters",
            "{0} \"{1}\" contains {2}; use only letters, digits, '_' and '-' so every client can address it."),
        Firmware(DiagnosticIds.DuplicateRegistration, FirmwareSeverity.Warning, "Cloud name registered twice",
            "{0} \"{1}\" is registered again (first at line {2}); the later registration replaces the earlier one. Remove one or rename it."),
        Firmware(DiagnosticIds.NameUsedAsVariableAndFunction, FirmwareSeverity.Warning, "Name used as variable and function",
            "\"{0}\" is registered both as a variable and as a function (line {1}); give them different names."),
        Firmware(DiagnosticIds.FloatVariableByReference, FirmwareSeverity.Error, "float variable registered by reference",
            "{0} \"{1}\" binds '{2}' of type float, which Device OS rejects; declare it as double."),
        Firmware(DiagnosticIds.VariableBindsTemporary, FirmwareSeverity.Warning, "Variable binds a temporary",
            "{0} \"{1}\" binds '{2}' of type {3}, which only converts to int: the cloud reads a dangling temporary. Declare it as int (or int32_t)."),
        Firmware(DiagnosticIds.UnsupportedVariableType, FirmwareSeverity.Error, "Variable type has no cloud type",
            "{0} \"{1}\" has type {2}, which has no cloud type; use bool, int, double, String or a char array."),
        Firmware(DiagnosticIds.VariableBoundToLocal, FirmwareSeverity.Error, "Variable bound to a local",
            "{0} \"{1}\" binds '{2}', a local of {3}() that no longer exists after it returns; make it global, static, or a member of a global object."),
        Firmware(DiagnosticIds.FunctionSignatureMismatch, FirmwareSeverity.Error, "Function handler signature is not int(String)",
            "{0} \"{1}\" uses handler '{2}' with signature {3}; a cloud function handler must be int(String){4}."),
        Firmware(DiagnosticIds.NameNotConstant, FirmwareSeverity.Warning, "Cloud name is not a compile-time constant",
            "The name of this {0} ('{1}') is only known at run time, so it cannot be typed; use a string literal, a #define or a const char* constant."),
        Firmware(DiagnosticIds.TooManyVariablesForLegacyDeviceOs, FirmwareSeverity.Warning, "More than 20 variables",
            "This firmware registers {0} variables; before Device OS 3.3.0 registrations must fit one describe message, which the Particle docs size at 20 variables. Remove some, or target 3.3.0 or later."),
        Firmware(DiagnosticIds.TooManyFunctionsForLegacyDeviceOs, FirmwareSeverity.Warning, "More than 15 functions",
            "This firmware registers {0} functions; before Device OS 3.3.0 registrations must fit one describe message, which the Particle docs size at 15 functions. Remove some, or target 3.3.0 or later."),
        Firmware(DiagnosticIds.TooManyRegistrations, FirmwareSeverity.Error, "More than 100 registrations of a kind",
            "This firmware registers {0} {1}s; Device OS refuses every {1} after the 100th. Remove some."),
        Firmware(DiagnosticIds.RegistrationOutsideSetup, FirmwareSeverity.Info, "Registration outside setup()",
            "{0} \"{1}\" is registered in {2}; register in setup() so the cloud learns it when setup() returns."),
        Firmware(DiagnosticIds.IdentifierCollision, FirmwareSeverity.Error, "Cloud names map to the same C# member",
            "{0} \"{1}\" and {2} \"{3}\" both map to the C# member {4}; rename one of them."),
        Firmware(DiagnosticIds.UnresolvedVariableType, FirmwareSeverity.Warning, "Variable type not found",
            "{0} \"{1}\" binds {2}, whose type cannot be determined: {3}."),
        Firmware(DiagnosticIds.LegacyTypeTagMismatch, FirmwareSeverity.Error, "Legacy type tag does not fit the variable",
            "{0} \"{1}\" passes '{2}' (type {3}) with tag {4}; {5}."),
        Firmware(DiagnosticIds.UnresolvedFunctionHandler, FirmwareSeverity.Warning, "Function handler not found",
            "{0} \"{1}\" uses handler '{2}', whose declaration is not in this project; declare it in a project file."),
        Firmware(DiagnosticIds.MalformedRegistration, FirmwareSeverity.Warning, "Malformed registration",
            "{0}.{1}(...) has {2}; expected {3}."),
        Firmware(DiagnosticIds.UnbalancedConditional, FirmwareSeverity.Warning, "Unbalanced preprocessor conditional",
            "{0}; balance each #if/#ifdef/#ifndef with #endif."),
        Firmware(DiagnosticIds.MalformedSource, FirmwareSeverity.Warning, "Malformed firmware text",
            "This file has an unterminated {0}; the rest of the file was ignored. Close it."),
        Firmware(DiagnosticIds.EmptyName, FirmwareSeverity.Error, "Empty cloud name",
            "This {0} has an empty name, which Device OS cannot look up; give it a name."),
        Firmware(DiagnosticIds.ReservedMemberName, FirmwareSeverity.Warning, "Cloud name clashes with a proxy member",
            "{0} \"{1}\" maps to the C# member {2}, which every generated proxy already has; rename it."),
        Firmware(DiagnosticIds.UnclosedRegistrationCall, FirmwareSeverity.Warning, "Registration call without closing parenthesis",
            "{0}.{1}( has no closing ')', so this registration was not read; close the argument list."),
        Firmware(DiagnosticIds.NestingTooDeep, FirmwareSeverity.Warning, "Firmware nested too deeply",
            "This file nests {0} deeper than {1} levels; the reader skipped {2}. Flatten it."),
        // ── PCT1030–PCT1049: events (publish and subscribe). ──
        Firmware(DiagnosticIds.EmptyEventName, FirmwareSeverity.Error, "Empty event name",
            "This {0} is empty; Device OS needs 1 to 64 characters. Give the event a name."),
        Firmware(DiagnosticIds.EventNameTooLong, FirmwareSeverity.Error, "Event name longer than 64 bytes",
            "{0} \"{1}\" is {2} bytes long; Device OS accepts at most {3}. Shorten it."),
        Firmware(DiagnosticIds.InvalidEventNameCharacters, FirmwareSeverity.Warning, "Event name with characters outside [A-Za-z0-9_/-]",
            "{0} \"{1}\" contains {2}; event names use only letters, digits, '_', '-' and '/'. Replace them."),
        Firmware(DiagnosticIds.ReservedEventNamePrefix, FirmwareSeverity.Warning, "Published event name uses a reserved prefix",
            "Event \"{0}\" starts with \"{1}\"; devices may not publish names starting with \"spark\" or \"particle\" (any case). Rename it."),
        Firmware(DiagnosticIds.TooManySubscriptions, FirmwareSeverity.Warning, "More than 4 subscriptions",
            "This firmware subscribes {0} times; Device OS keeps at most {1} application subscriptions and refuses the rest. Subscribe to a shared prefix and dispatch in one handler."),
        Firmware(DiagnosticIds.OverlappingSubscriptions, FirmwareSeverity.Warning, "Overlapping subscription prefixes",
            "Subscription prefix \"{0}\" overlaps \"{1}\" (line {2}): subscriptions match by prefix, so the events of the longer prefix reach both handlers. Use prefixes that do not start one another."),
        Firmware(DiagnosticIds.ConstantPayloadTooLarge, FirmwareSeverity.Warning, "Constant event payload over the target's limit",
            "The payload of event \"{0}\" is {1} bytes; the target accepts at most {2}. Shorten it, or target a Device OS with a larger limit."),
        Firmware(DiagnosticIds.PublishInLoopWithoutRateGuard, FirmwareSeverity.Info, "Publish in loop() without a rate guard",
            "Event \"{0}\" is published in loop(), which has no rate guard (millis(), delay(), waitFor, sleep); loop() runs many times a second and the cloud allows about 1 event per second. Publish on change or on a millis() interval."),
        Firmware(DiagnosticIds.PayloadShapeNotInferred, FirmwareSeverity.Info, "Event payload typed as string",
            "The payload of event \"{0}\" is typed as string: {1}.",
            "The reader infers payload shapes from String::format/snprintf/sprintf with a JSON-object format string, JSONBufferWriter chains, Variant/EventData sets and initializer lists, and String(number). Other payloads are strings in C#."),
        Firmware(DiagnosticIds.EventNameNotConstant, FirmwareSeverity.Info, "Event name with a run-time part",
            "The name of this {0} ('{1}') is only known at run time ({2}), so it gets no typed member; use a string literal, a #define or a const char* constant."),
        Firmware(DiagnosticIds.MalformedEventCall, FirmwareSeverity.Warning, "Malformed publish or subscribe call",
            "{0}(...) has {1}; expected {2}."),
        Firmware(DiagnosticIds.FunctionArgumentUntyped, FirmwareSeverity.Info, "Function argument stays a string",
            "Function \"{0}\" gets no typed member: {1}. Its string member sends any text; parse, compare, split or decode the argument in the handler, or write // @particle-arg string to keep it a string without this note."),
        Firmware(DiagnosticIds.HandlerMissingReturn, FirmwareSeverity.Error, "Function handler path returns nothing",
            "The handler of function \"{0}\" ({1}) can reach the end of its body without a return; the cloud then gets an undefined return value. Return a value on every path."),
        Firmware(DiagnosticIds.ParsedNumberUnchecked, FirmwareSeverity.Info, "Parsed number never checked",
            "The handler of function \"{0}\" parses its argument as a number (line {1}) but never checks the result; toInt()/atoi() return 0 for text that is not a number. Compare the result with its valid range before using it."),
        Firmware(DiagnosticIds.UnreachableWord, FirmwareSeverity.Info, "Unreachable word comparison",
            "The handler of function \"{0}\" compares its argument with \"{1}\" again at line {2}, after an earlier branch of the same chain took it; that branch never runs. Remove it or change the word."),
        Firmware(DiagnosticIds.UnknownUntypedFunction, FirmwareSeverity.Warning, "UntypedFunctions names no function",
            "The UntypedFunctions metadata names \"{0}\", which is not a function of contract '{1}' (names are case-sensitive). Correct or remove the name; {2}"),
        Firmware(DiagnosticIds.LedgerNameInvalid, FirmwareSeverity.Warning, "Ledger name with invalid characters",
            "Ledger \"{0}\" contains {1}; ledger names use only lowercase letters, digits and '-'. Rename the ledger."),
        Firmware(DiagnosticIds.LedgerNameTooLong, FirmwareSeverity.Error, "Ledger name longer than 32 characters",
            "Ledger \"{0}\" is {1} characters long; Device OS accepts at most 32. Shorten the name."),
        Firmware(DiagnosticIds.LedgerNameNotConstant, FirmwareSeverity.Warning, "Ledger name is not a compile-time constant",
            "The ledger used here ('{0}') is only known at run time, so it cannot be typed; pass a string literal to Particle.ledger and keep the Ledger in a variable."),
        Firmware(DiagnosticIds.LedgerSyncOnDeviceToCloud, FirmwareSeverity.Warning, "onSync on a ledger the device writes",
            "Ledger \"{0}\" is written by the device (device-to-cloud), but registers onSync, which fires only for cloud-to-device ledgers. Split it into two ledgers, one per direction."),
        Firmware(DiagnosticIds.LedgerKeyTypeConflict, FirmwareSeverity.Warning, "Ledger key used with two types",
            "Key \"{0}\" of ledger \"{1}\" is used as {2} and here as {3}; the typed record uses {2}. Use one type for the key."),
        Firmware(DiagnosticIds.LedgerDataUnused, FirmwareSeverity.Info, "Ledger data never read or written",
            "Ledger \"{0}\" is obtained but its data is never read or written, so its direction and keys are unknown and it gets no typed members. Read it (get) or write it (set)."),
        Firmware(DiagnosticIds.LedgerDataTooLarge, FirmwareSeverity.Error, "Constant ledger data larger than 16,384 bytes",
            "Ledger \"{0}\" is written with {1} bytes of constant data (as Device OS stores it, in CBOR); a ledger holds at most {2} bytes, so set() fails. Write less, or split the data over two ledgers."),
        Firmware(DiagnosticIds.EnvironmentNameInvalid, FirmwareSeverity.Warning, "Environment variable name is invalid",
            "Environment variable \"{0}\" {1}; names use only A-Z, 0-9 and '_' and do not start with a digit. Rename it."),
        Firmware(DiagnosticIds.EnvironmentNameTooLong, FirmwareSeverity.Warning, "Environment variable name longer than 128 characters",
            "Environment variable \"{0}\" is {1} characters long; the cloud accepts at most 128. Shorten the name."),
        Firmware(DiagnosticIds.EnvironmentNameReserved, FirmwareSeverity.Warning, "Environment variable uses the reserved PARTICLE_ prefix",
            "Environment variable \"{0}\" starts with PARTICLE_, which is reserved for system variables ({1}); rename it."),
        Firmware(DiagnosticIds.SystemEnvironmentType, FirmwareSeverity.Warning, "System environment variable read with the wrong type",
            "System environment variable \"{0}\" is a {1}, but is read as {2}; read it with a {1} output variable."),
        Firmware(DiagnosticIds.TooManyEnvironmentVariables, FirmwareSeverity.Warning, "More than 100 environment variables",
            "{0} names {1} environment variables; a scope holds at most 100. Combine some, or move structured configuration to a Ledger."),
        Firmware(DiagnosticIds.EnvironmentDefaultRejected, FirmwareSeverity.Warning, "env.json default the firmware cannot decode",
            "The default \"{1}\" of \"{0}\" in env.json is not {2}; System.getEnv(\"{0}\", {3}) would fail on it. Write {4}."),
        Firmware(DiagnosticIds.EnvironmentDefaultUnread, FirmwareSeverity.Warning, "env.json default the firmware never reads",
            "env.json sets \"{0}\", but no System.getEnv or System.hasEnv of this firmware reads it. Fix the name{1}, or remove the default."),
        Firmware(DiagnosticIds.EnvironmentTypeConflict, FirmwareSeverity.Warning, "Environment variable read with two types",
            "Environment variable \"{0}\" is read as {1} (line {2}) and here as {3}; the typed record uses {1}. Read it one way."),
        Firmware(DiagnosticIds.EnvironmentNameNotConstant, FirmwareSeverity.Warning, "Environment variable name is not a compile-time constant",
            "The environment variable read here ('{0}') is only known at run time, so it cannot be typed; use a string literal."),
        Firmware(DiagnosticIds.EnvironmentOutputType, FirmwareSeverity.Warning, "System.getEnv output is not int, bool or String",
            "System.getEnv(\"{0}\", {1}) writes to a {2}; the overloads take int&, bool& or String&. Declare '{1}' as one of those."),
        Firmware(DiagnosticIds.ReaderInternalError, FirmwareSeverity.Warning, "Firmware reader error",
            "The firmware reader failed on this file ({0}); its registrations are missing. Please report this with the file."),

        // ── PCT1080–PCT1099: found while turning contracts into proxies. ──
        Firmware(DiagnosticIds.MemberNameCollision, FirmwareSeverity.Warning, "Generated member name collision",
            "The cloud {0} '{1}' would generate member '{2}', which {3} already uses; it is generated as '{4}'. Rename one of the registrations to keep the names apart.",
            "Cloud names become PascalCase C# members (variables Get{Name}Async, functions {Name}Async). When two registrations map to the same member, the one that comes first (variables before functions, then source order) keeps it and the other gets a suffix."),
        Firmware(DiagnosticIds.VariableWithoutTypedMember, FirmwareSeverity.Info, "Cloud variable without a typed member",
            "The cloud type of variable '{0}' is unknown (C++ type: {1}), so the proxy has no typed member for it; read it with GetVariableAsync<T>(\"{0}\") or use a bool, int, double, char[] or String variable",
            "A typed member needs the variable's cloud type (bool, int32, double, string). The variable is still part of the contract and checked by VerifyAsync."),
        Firmware(DiagnosticIds.DuplicateContractName, FirmwareSeverity.Warning, "Duplicate contract name",
            "Contract '{0}' in namespace '{1}' is already generated from '{2}'; the firmware in '{3}' is generated as '{4}'. Set Contract=\"...\" on its ParticleFirmware item.",
            "Contract names come from the firmware folder name or the Contract item metadata and must be unique per namespace."),
        Firmware(DiagnosticIds.InvalidContractNamespace, FirmwareSeverity.Warning, "Invalid contract namespace",
            "Namespace metadata '{0}' is not a C# namespace; the proxy is generated in '{1}'. Use dot-separated identifiers, e.g. MyApp.Devices.",
            "The Namespace metadata of a ParticleFirmware item must be a valid C# namespace."),
        Firmware(DiagnosticIds.InvalidFunctionArgumentLimit, FirmwareSeverity.Warning, "Invalid ParticleFunctionArgumentLimit",
            "ParticleFunctionArgumentLimit '{0}' is not a positive integer; {1} is used. Set it to the device's maximum function argument size in bytes.",
            "ParticleFunctionArgumentLimit is the largest function argument the devices accept, in UTF-8 bytes (1024 since Device OS 3.0; 622 before; 63 before 0.8.0)."),

        // ── PCT1090–PCT1099: the target (Device OS version and platform) and the ParticleFirmware items. ──
        // Feature gates: {0} the use as written, {1} the target (ParticleTarget.Describe()).
        Firmware(DiagnosticIds.TypedPublishNeedsDeviceOs62, FirmwareSeverity.Warning, "Typed publish needs Device OS 6.2.0",
            "{0} publishes a Variant or a content type, which needs Device OS 6.2.0; the target is {1}. Target 6.2.0 or later, or publish a string."),
        Firmware(DiagnosticIds.CloudEventNeedsDeviceOs63, FirmwareSeverity.Warning, "CloudEvent needs Device OS 6.3.0",
            "{0} uses CloudEvent, which needs Device OS 6.3.0; the target is {1}. Target 6.3.0 or later, or use Particle.publish(name, data)."),
        Firmware(DiagnosticIds.LedgerNeedsDeviceOs61Gen3, FirmwareSeverity.Warning, "Ledger needs Device OS 6.1.0 on Gen 3 or newer",
            "{0} uses a Ledger, which needs Device OS 6.1.0 on a Gen 3 or newer device; the target is {1}. Target 6.1.0 or later on a Gen 3+ platform."),
        Firmware(DiagnosticIds.EnvironmentNeedsDeviceOs64, FirmwareSeverity.Warning, "Environment variables need Device OS 6.4.0",
            "{0} reads environment variables, which need Device OS 6.4.0; the target is {1}. Target 6.4.0 or later, or use a Ledger or a cloud function for configuration."),
        Firmware(DiagnosticIds.ProductIdRemoved, FirmwareSeverity.Warning, "PRODUCT_ID() does not compile on Device OS 4.0.0+",
            "{0} does not compile on Device OS 4.0.0 or later; the target is {1}. Remove it: the product is chosen when the device is added to it in the console."),
        Firmware(DiagnosticIds.SubscribeScopeIgnored, FirmwareSeverity.Warning, "Subscription scope has no effect on Device OS 6.x",
            "{0} passes a subscription scope, which Device OS 6.0.0 and later ignore (the overload is deprecated); the target is {1}. Remove the scope argument."),
        Firmware(DiagnosticIds.UnrecognisedTarget, FirmwareSeverity.Warning, "Device OS version or platform not recognised",
            "The {0} '{1}' from {2} is not recognised; {3} is used instead. Write a version such as 6.3.0, or a platform such as boron, p2 or photon.",
            "The target's Device OS version and platform decide the size limits and feature gates; a value that cannot be read is skipped."),
        Firmware(DiagnosticIds.FirmwareItemMatchesNoFile, FirmwareSeverity.Warning, "ParticleFirmware item matches no firmware file",
            "ParticleFirmware item '{0}' matches no firmware file; {1}",
            "Reported by the package's MSBuild targets before compilation: a ParticleFirmware item must name firmware files, as a folder or a glob such as ../firmware/my-device/**/*."),

        // ── PCT1100–PCT1109: the contract compared with its lock. ──
        Firmware(DiagnosticIds.LockedMemberRemoved, FirmwareSeverity.Error, "Locked cloud member removed",
            "{0} '{1}' of contract {2} is in {3} but the firmware no longer registers it: {4}. Restore it, or raise PRODUCT_VERSION and run 'particle-contracts lock'.",
            "The contract lock records what apps and running devices rely on. Removing or renaming a locked variable or function breaks every app built against the lock; the build fails unless PRODUCT_VERSION rose above the lock's. ParticleContractLockSeverity=Warning reports it as a warning."),
        Firmware(DiagnosticIds.LockedMemberChanged, FirmwareSeverity.Error, "Locked cloud type changed",
            "{0} '{1}' of contract {2} has {3} {4}, but {5} records {6}: {7}. Restore it, or raise PRODUCT_VERSION and run 'particle-contracts lock'.",
            "Changing the cloud type of a locked variable breaks every app built against the lock; the build fails unless PRODUCT_VERSION rose above the lock's. ParticleContractLockSeverity=Warning reports it as a warning."),
        Firmware(DiagnosticIds.VersionedBreakingChange, FirmwareSeverity.Warning, "Breaking change under a new PRODUCT_VERSION",
            "{0} since {1} (PRODUCT_VERSION {2} → {3}): {4}. Run 'particle-contracts lock' to record the new contract.",
            "A WIRE-breaking change is allowed when PRODUCT_VERSION rose above the lock's, because the fleet and its apps move to the new version together; the lock still has to be updated."),
        Firmware(DiagnosticIds.MemberNotInLock, FirmwareSeverity.Info, "Cloud member not in the lock",
            "{0} '{1}' of contract {2} is not in {3}; run 'particle-contracts lock' to record it.",
            "A new variable or function does not break apps built against the lock; recording it lets later builds protect it."),
        Firmware(DiagnosticIds.UnreadableLock, FirmwareSeverity.Warning, "Contract lock unreadable",
            "{0} cannot be used: {1}. Fix it, or run 'particle-contracts lock' to write it again.",
            "The contract lock must be JSON written by 'particle-contracts lock' with a lockVersion this ParticleContracts reads."),
        Firmware(DiagnosticIds.InvalidLockSeverity, FirmwareSeverity.Warning, "Invalid ParticleContractLockSeverity",
            "ParticleContractLockSeverity '{0}' is neither Error nor Warning; Error is used.",
            "ParticleContractLockSeverity sets how WIRE-breaking changes against the contract lock are reported: Error (the default) or Warning."),
        Firmware(DiagnosticIds.LockedDetailChanged, FirmwareSeverity.Error, "Locked contract detail changed",
            "{0} '{1}' of contract {2}: {3} since {4}: {5}. Restore it, or raise PRODUCT_VERSION and run 'particle-contracts lock'.",
            "The contract lock records the payload fields of published events, the words, fields and return codes of functions and the keys of ledgers. Removing one or changing its type breaks apps built against the lock; the build fails unless PRODUCT_VERSION rose above the lock's. ParticleContractLockSeverity=Warning reports it as a warning."),

        // ── PCT1120–PCT1124: found while discovering firmware files on disk (CLI, simulator --firmware). ──
        Firmware(DiagnosticIds.FirmwareFileTooLarge, FirmwareSeverity.Error, "Firmware file too large",
            "{0} is {1} bytes; firmware files over {2} bytes are not read, so its registrations are missing. Split the file, or move it out of the firmware folder if it is not firmware.",
            "The reader reads at most 32 MiB (UTF-8) of one firmware file, on disk (CLI, simulator) and in the build, so a huge or endless file cannot exhaust memory or hold up the build."),
        Firmware(DiagnosticIds.NotARegularFirmwareFile, FirmwareSeverity.Warning, "Firmware entry is not a regular file",
            "{0} is {1}, not a regular file, so it is not read. Replace it with the file it stands for, or remove it.",
            "Discovery reads only regular files: a named pipe would block and a device such as /dev/zero never ends."),
        Firmware(DiagnosticIds.FirmwareFolderLinkInsideTree, FirmwareSeverity.Info, "Folder link back into the firmware tree",
            "{0} links to {1}, inside the firmware folder, so it is not followed: that folder is read once, through its real path.",
            "Folder links into the tree would read files twice or loop forever (loop -> .), so discovery does not follow them."),
        Firmware(DiagnosticIds.FirmwareFolderLinkOutsideTree, FirmwareSeverity.Warning, "Folder link out of the firmware tree",
            "{0} links to {1}, outside the firmware folder, so it is not followed. Name that folder as well, or copy its files in.",
            "Discovery reads only what lies under the folder the user named; folder links leading elsewhere are not followed."),
        Firmware(DiagnosticIds.UnreadableFirmwareEntry, FirmwareSeverity.Error, "Firmware file or folder cannot be read",
            "{0} cannot be read: {1}. Check that it exists and that you may read it.",
            "A firmware file or folder that discovery could not read (missing, permission denied, a broken link); its registrations are missing."),

        // ── PCT2xxx: C# usage, found by the analyzers. ──
        Usage(DiagnosticIds.UnknownCloudName, FirmwareSeverity.Error, "Unknown Particle cloud name",
            "No {2} declares a {0} named '{1}'; the cloud would answer 404{3}",
            "A constant variable or function name passed to the Particle Cloud client or a device proxy must be declared by the firmware (Particle.variable / Particle.function), or the call fails at run time with 404."),
        Usage(DiagnosticIds.WrongCloudNameKind, FirmwareSeverity.Error, "Particle variable used as a function, or the reverse",
            "'{0}' is a cloud {1} in the firmware, not a {2}; use {3}",
            "Variables are read with GetVariableAsync and functions are called with CallFunctionAsync; the cloud keeps the two name spaces apart."),
        Usage(DiagnosticIds.VariableTypeMismatch, FirmwareSeverity.Error, "Particle variable read with the wrong type",
            "Cloud variable '{0}' is {1} in the firmware; read it as {2}, not {3}",
            "The type argument of GetVariableAsync<T> must match the variable's cloud type: int32 → int, double → double, bool → bool, string → string."),
        Usage(DiagnosticIds.PreferTypedMember, FirmwareSeverity.Info, "Use the generated typed member",
            "'{0}' can be the generated typed member '{1}'",
            "The generated proxy has a typed member for every registration with a constant name; it keeps the name and the type in one place and shows the firmware declaration in its documentation."),
        Usage(DiagnosticIds.FunctionArgumentTooLong, FirmwareSeverity.Error, "Particle function argument too long",
            "The argument of cloud function '{0}' is {1} UTF-8 bytes; the device accepts at most {2} (its target's limit, or ParticleFunctionArgumentLimit); shorten it",
            "A device copies at most its function-argument limit (1024 bytes on Gen 3 and 864 on Gen 2 since Device OS 3.0, 622 for 0.8-2.x, 63 before) and rejects longer arguments. The limit follows each contract's target (ParticleDeviceOS/ParticlePlatform, item metadata or .vscode/settings.json); the MSBuild property ParticleFunctionArgumentLimit overrides it."),
        Usage(DiagnosticIds.UnknownContractAttribute, FirmwareSeverity.Error, "Device contract name matches no firmware contract",
            "No firmware contract is named '{0}'{1}",
            "The name in [ParticleDeviceContract(\"...\")] must be the name of a firmware contract of this project: the folder-derived PascalCase name or the Contract item metadata."),
        Usage(DiagnosticIds.UnknownContractMetadata, FirmwareSeverity.Error, "Contract item metadata matches no firmware source",
            "Contract metadata '{0}' (on '{1}') matches no firmware source: none of the files with this metadata is a firmware source ({2}); point the ParticleFirmware item at the firmware sources",
            "The Contract metadata of a ParticleFirmware item names the contract its files form; it has no effect on a file the firmware reader does not read or on a value that is not a usable name."),
        Usage(DiagnosticIds.UnknownSubscribedEvent, FirmwareSeverity.Warning, "No firmware contract publishes this event",
            "No firmware contract of this project publishes an event named '{0}' or starting with it, so this stream receives none of their events{1}",
            "A constant name prefix passed to ParticleCloudClient.SubscribeAsync should match an event the firmware publishes (Particle.publish); a typo gives a stream that stays silent. The generated typed streams (XxxEventsAsync) cannot be misspelt."),
        Usage(DiagnosticIds.UnsubscribedPublishedEvent, FirmwareSeverity.Info, "No firmware contract subscribes to this event",
            "No firmware contract of this project subscribes to a prefix of '{0}', so none of its devices receives it{1}",
            "An event published with ParticleCloudClient.PublishEventAsync reaches a device only when its firmware subscribes to a prefix of the name (Particle.subscribe). Events for webhooks or other apps are fine; a typo is not. The generated typed publishers (PublishXxxAsync) cannot be misspelt."),
        Usage(DiagnosticIds.ArgumentNotAWord, FirmwareSeverity.Error, "Function argument is not a word the handler accepts",
            "'{0}' is not a word the handler of cloud function '{1}' accepts ({2}){3}",
            "The firmware handler compares its argument with a closed set of words; any other text takes its failure path. Use the generated typed member, whose enum lists exactly those words."),
        Usage(DiagnosticIds.ArgumentFieldCount, FirmwareSeverity.Error, "Function argument has the wrong number of fields",
            "The argument of cloud function '{0}' has {1} field(s) separated by '{2}'; the handler reads {3} ({4})",
            "The firmware handler splits its argument into a fixed number of positional fields. Use the generated typed member, which takes each field as a parameter."),
        Usage(DiagnosticIds.ArgumentNotANumber, FirmwareSeverity.Error, "Function argument is not a number",
            "{0} of cloud function '{1}' is '{2}', which is not {3}; the handler reads it as 0 or a wrong value",
            "The firmware handler parses the argument (or a field) with toInt/atoi or toFloat/atof, which read text that is not a number as 0 and stop at the first other character (a decimal comma included). Write invariant-culture numbers, or use the generated typed member."),
        Usage(DiagnosticIds.UnknownLedger, FirmwareSeverity.Warning, "No firmware contract uses this ledger",
            "No firmware contract of this project uses a ledger named '{0}'{1}",
            "A constant ledger name passed to ParticleCloudClient should be a ledger the firmware uses (Particle.ledger); ledger names are case-sensitive and a typo addresses a ledger no device reads or writes. The generated typed members (GetXxxLedgerAsync) cannot be misspelt."),
        Usage(DiagnosticIds.WriteToDeviceToCloudLedger, FirmwareSeverity.Error, "Write to a ledger the device writes",
            "Ledger '{0}' is written by the firmware (device-to-cloud, Particle: Upstream), so the cloud refuses writes through the API and the device never reads them; read it instead, or write a cloud-to-device ledger the firmware reads",
            "A ledger has one direction. A ledger the firmware writes (set) is device-to-cloud: devices write it and the API only reads it, which is why the generated proxy has no setter for it."),
        Usage(DiagnosticIds.UnknownEnvironmentVariable, FirmwareSeverity.Warning, "No firmware contract reads this environment variable",
            "No firmware contract of this project reads an environment variable named '{0}'{1}",
            "A constant environment variable name set through ParticleCloudClient should be one the firmware reads (System.getEnv, System.hasEnv); names are case-sensitive and a typo sets a value no device reads. System variables (PARTICLE_ prefix) are not checked. The generated SetEnvironmentAsync cannot be misspelt."),
        Usage(DiagnosticIds.EnvironmentValueRejected, FirmwareSeverity.Warning, "Environment value the firmware cannot decode",
            "The value '{1}' of environment variable '{0}' is not {2}; the firmware reads it with System.getEnv(\"{0}\", {3}), which fails on it. Write {4}",
            "The firmware decodes an int environment variable only from a 32-bit signed decimal and a bool only from exactly true or false; any other text makes System.getEnv return false. The generated SetEnvironmentAsync encodes the values the firmware's way."),
        Usage(DiagnosticIds.LedgerDefinitionDirection, FirmwareSeverity.Warning, "Ledger defined with the other direction than the firmware uses it",
            "Ledger '{0}' is defined with direction {1}, but the firmware {2} it, which needs {3}; devices could not use the ledger as the firmware does",
            "A ledger has one direction, set in its cloud definition. A ledger the firmware reads (get, onSync) must be Downstream (cloud-to-device); one the firmware writes (set) must be Upstream (device-to-cloud). VerifyAsync reports the same mismatch as DirectionMismatch once the definition exists."),
    };

    private static readonly Dictionary<string, DiagnosticRule> ById = CreateIndex();

    /// <summary>The rule of <paramref name="id"/>, or null when the table has none.</summary>
    public static DiagnosticRule? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The rule of <paramref name="id"/>; the ID must be in the table.</summary>
    public static DiagnosticRule Get(string id) => ById[id];

    /// <summary>The help page of <paramref name="id"/>, relative to the repository root.</summary>
    public static string HelpPath(string id) => "docs/diagnostics/" + id + ".md";

    /// <summary>Creates a firmware diagnostic with the table's severity and formatted message.</summary>
    public static FirmwareDiagnostic Create(string id, FirmwareLocation location, params string[] arguments)
    {
        var rule = ById[id];
        var message = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, arguments);
        return new FirmwareDiagnostic(id, rule.DefaultSeverity, message, location, arguments.ToEquatableArray());
    }

    /// <summary>The kind as a message starts with it: <c>Variable</c> or <c>Function</c>.</summary>
    public static string Describe(RegistrationKind kind) => kind == RegistrationKind.Variable ? "Variable" : "Function";

    private static DiagnosticRule Firmware(string id, FirmwareSeverity severity, string title, string messageFormat, string? description = null) =>
        new(id, title, messageFormat, severity, FirmwareCategory, description ?? title + ".");

    private static DiagnosticRule Usage(string id, FirmwareSeverity severity, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, severity, UsageCategory, description);

    private static Dictionary<string, DiagnosticRule> CreateIndex()
    {
        var index = new Dictionary<string, DiagnosticRule>(StringComparer.Ordinal);
        foreach (var rule in All)
        {
            index.Add(rule.Id, rule);
        }

        return index;
    }
}

/// <summary>One diagnostic's fixed text: everything a Roslyn descriptor needs, without Roslyn.</summary>
/// <param name="Id">The <c>PCTnnnn</c> ID (a <c>DiagnosticIds</c> constant).</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format string; the arguments are <see cref="FirmwareDiagnostic.Arguments"/> or the analyzer's.</param>
/// <param name="DefaultSeverity">The severity unless <c>.editorconfig</c> says otherwise.</param>
/// <param name="Category"><see cref="DiagnosticTable.FirmwareCategory"/> or <see cref="DiagnosticTable.UsageCategory"/>.</param>
/// <param name="Description">A longer explanation.</param>
internal sealed record DiagnosticRule(string Id, string Title, string MessageFormat, FirmwareSeverity DefaultSeverity, string Category, string Description)
{
    /// <summary>The rule's documentation page.</summary>
    public string HelpLink => DiagnosticTable.HelpLinkFormat.Replace("{0}", Id);
}
