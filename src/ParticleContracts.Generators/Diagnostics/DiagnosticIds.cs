namespace ParticleContracts.Generators.Diagnostics;

/// <summary>
/// Every diagnostic ID of ParticleContracts. One prefix, fixed width, ranges by area; never reuse an ID.
/// PCT1xxx: firmware (found by the reader, reported by the generator at the firmware location).
/// PCT2xxx: C# usage (analyzers). Roslyn-free: the reader (also compiled into the CLI and simulator) uses it.
/// Every ID has a page at <c>docs/diagnostics/PCTnnnn.md</c>.
/// </summary>
internal static class DiagnosticIds
{
    // ── PCT1xxx: firmware ──────────────────────────────────────────────────────

    /// <summary>A constant cloud name longer than 64 bytes (Device OS rejects it).</summary>
    public const string NameTooLong = "PCT1001";

    /// <summary>A cloud name longer than 12 bytes on a target before Device OS 0.8.0.</summary>
    public const string NameTooLongForLegacyDeviceOs = "PCT1002";

    /// <summary>A cloud name with characters outside <c>[A-Za-z0-9_-]</c>.</summary>
    public const string InvalidNameCharacters = "PCT1003";

    /// <summary>The same name registered twice as the same kind (the second replaces the first).</summary>
    public const string DuplicateRegistration = "PCT1004";

    /// <summary>One name registered both as a variable and as a function.</summary>
    public const string NameUsedAsVariableAndFunction = "PCT1005";

    /// <summary>A <c>float</c> variable registered by reference (Device OS rejects it).</summary>
    public const string FloatVariableByReference = "PCT1006";

    /// <summary>A by-reference variable whose type only converts to <c>int</c> (uint8_t, int16_t, char, enum): it binds a temporary.</summary>
    public const string VariableBindsTemporary = "PCT1007";

    /// <summary>A variable whose C++ type has no cloud type.</summary>
    public const string UnsupportedVariableType = "PCT1008";

    /// <summary>A variable bound by reference to a non-static local (dangles after the function returns).</summary>
    public const string VariableBoundToLocal = "PCT1009";

    /// <summary>A function handler whose signature is not <c>int(String)</c>.</summary>
    public const string FunctionSignatureMismatch = "PCT1010";

    /// <summary>A cloud name that is not a compile-time constant (cannot be typed).</summary>
    public const string NameNotConstant = "PCT1011";

    /// <summary>More than 20 variables on a target before Device OS 3.3.0 (what fits the describe message, per the Particle docs).</summary>
    public const string TooManyVariablesForLegacyDeviceOs = "PCT1012";

    /// <summary>More than 15 functions on a target before Device OS 3.3.0 (what fits the describe message, per the Particle docs).</summary>
    public const string TooManyFunctionsForLegacyDeviceOs = "PCT1013";

    /// <summary>More than 100 variables or 100 functions (Device OS refuses the rest).</summary>
    public const string TooManyRegistrations = "PCT1014";

    /// <summary>A registration outside <c>setup()</c>.</summary>
    public const string RegistrationOutsideSetup = "PCT1015";

    /// <summary>Two cloud names of one contract that map to the same C# member.</summary>
    public const string IdentifierCollision = "PCT1016";

    /// <summary>A variable whose type cannot be determined: its declaration is not in the project, or a callable's return type is not evident.</summary>
    public const string UnresolvedVariableType = "PCT1017";

    /// <summary>A legacy <c>(name, &amp;var, TYPE)</c> registration whose tag does not fit the variable.</summary>
    public const string LegacyTypeTagMismatch = "PCT1018";

    /// <summary>A function handler whose declaration cannot be found in the project.</summary>
    public const string UnresolvedFunctionHandler = "PCT1019";

    /// <summary>A registration call with the wrong number or shape of arguments.</summary>
    public const string MalformedRegistration = "PCT1020";

    /// <summary>An <c>#if</c> without <c>#endif</c>, or an <c>#else</c>/<c>#elif</c>/<c>#endif</c> without <c>#if</c>.</summary>
    public const string UnbalancedConditional = "PCT1021";

    /// <summary>Firmware text the reader cannot tokenize fully (an unterminated comment).</summary>
    public const string MalformedSource = "PCT1022";

    /// <summary>An empty cloud name.</summary>
    public const string EmptyName = "PCT1023";

    /// <summary>A cloud name whose C# member would clash with a member every generated proxy has.</summary>
    public const string ReservedMemberName = "PCT1024";

    /// <summary>A registration call whose argument list has no closing parenthesis.</summary>
    public const string UnclosedRegistrationCall = "PCT1026";

    /// <summary>Firmware nested deeper than the reader follows; the part beyond the limit is skipped.</summary>
    public const string NestingTooDeep = "PCT1027";

    // PCT1030–PCT1049: events (publish and subscribe).

    /// <summary>An empty event name or subscription prefix.</summary>
    public const string EmptyEventName = "PCT1030";

    /// <summary>An event name or subscription prefix longer than the target allows (64 bytes).</summary>
    public const string EventNameTooLong = "PCT1031";

    /// <summary>An event name or subscription prefix with characters outside <c>[A-Za-z0-9_/-]</c>.</summary>
    public const string InvalidEventNameCharacters = "PCT1032";

    /// <summary>A published event name starting with the reserved <c>spark</c> or <c>particle</c> (any case).</summary>
    public const string ReservedEventNamePrefix = "PCT1033";

    /// <summary>More than 4 application subscriptions.</summary>
    public const string TooManySubscriptions = "PCT1034";

    /// <summary>Two subscription prefixes where one starts the other: both handlers receive the longer one's events.</summary>
    public const string OverlappingSubscriptions = "PCT1035";

    /// <summary>A constant payload larger than the target's event data limit.</summary>
    public const string ConstantPayloadTooLarge = "PCT1036";

    /// <summary>A publish in <c>loop()</c> with no rate guard (<c>millis()</c>, <c>delay()</c>, ...) in <c>loop()</c>.</summary>
    public const string PublishInLoopWithoutRateGuard = "PCT1037";

    /// <summary>An event payload whose shape the reader could not infer: typed as a string.</summary>
    public const string PayloadShapeNotInferred = "PCT1038";

    /// <summary>An event name or subscription prefix with a run-time part: no typed member is generated for it.</summary>
    public const string EventNameNotConstant = "PCT1039";

    /// <summary>A publish or subscribe call with the wrong number or shape of arguments.</summary>
    public const string MalformedEventCall = "PCT1040";
    // PCT1050–PCT1059: function handler bodies (typed function arguments).

    /// <summary>A function whose handler body shows no narrower argument grammar than any string (the message says why).</summary>
    public const string FunctionArgumentUntyped = "PCT1050";

    /// <summary>A function handler that can reach the end of its body without returning a value.</summary>
    public const string HandlerMissingReturn = "PCT1051";

    /// <summary>A function handler that parses its argument as a number but never checks the result.</summary>
    public const string ParsedNumberUnchecked = "PCT1052";

    /// <summary>A function handler that compares its argument with a word an earlier branch of the same chain already took.</summary>
    public const string UnreachableWord = "PCT1053";

    /// <summary>A name in the <c>UntypedFunctions</c> metadata of a <c>ParticleFirmware</c> item that no function of the contract registers.</summary>
    public const string UnknownUntypedFunction = "PCT1054";
    // PCT1060–PCT1078: ledgers and environment variables (Firmware/Ledgers).

    /// <summary>A ledger name with characters other than a-z, 0-9 and '-'.</summary>
    public const string LedgerNameInvalid = "PCT1060";

    /// <summary>A ledger name longer than 32 characters.</summary>
    public const string LedgerNameTooLong = "PCT1061";

    /// <summary>A ledger whose name is only known at run time (or a Ledger variable never bound to Particle.ledger).</summary>
    public const string LedgerNameNotConstant = "PCT1062";

    /// <summary>onSync on a ledger the firmware writes (device-to-cloud), where it never fires.</summary>
    public const string LedgerSyncOnDeviceToCloud = "PCT1063";

    /// <summary>A ledger key used with two different types.</summary>
    public const string LedgerKeyTypeConflict = "PCT1064";

    /// <summary>A ledger whose data the firmware neither reads nor writes: its direction and keys are unknown.</summary>
    public const string LedgerDataUnused = "PCT1065";

    /// <summary>A ledger <c>set(...)</c> of constant data larger than the 16,384-byte ledger data limit.</summary>
    public const string LedgerDataTooLarge = "PCT1066";

    /// <summary>An env.json default for a variable the firmware never reads by a constant name.</summary>
    public const string EnvironmentDefaultUnread = "PCT1067";

    /// <summary>An environment variable name with characters other than A-Z, 0-9 and '_', or starting with a digit.</summary>
    public const string EnvironmentNameInvalid = "PCT1070";

    /// <summary>An environment variable name longer than 128 characters.</summary>
    public const string EnvironmentNameTooLong = "PCT1071";

    /// <summary>An environment variable with the reserved PARTICLE_ prefix that is not a documented system variable.</summary>
    public const string EnvironmentNameReserved = "PCT1072";

    /// <summary>A documented system environment variable read with another type than its own.</summary>
    public const string SystemEnvironmentType = "PCT1073";

    /// <summary>More than 100 environment variables in one scope.</summary>
    public const string TooManyEnvironmentVariables = "PCT1074";

    /// <summary>An env.json default that the firmware's decoder would reject.</summary>
    public const string EnvironmentDefaultRejected = "PCT1075";

    /// <summary>An environment variable read with two different types.</summary>
    public const string EnvironmentTypeConflict = "PCT1076";

    /// <summary>An environment variable whose name is only known at run time.</summary>
    public const string EnvironmentNameNotConstant = "PCT1077";

    /// <summary>System.getEnv with an output variable that is not int, bool or String.</summary>
    public const string EnvironmentOutputType = "PCT1078";

    /// <summary>The firmware reader failed on a file (a bug: please report it with the file).</summary>
    public const string ReaderInternalError = "PCT1079";

    // PCT1080–PCT1099: found by the generator while turning contracts into proxies.

    /// <summary>Two registrations would produce the same C# member name; the later one is renamed.</summary>
    public const string MemberNameCollision = "PCT1080";

    /// <summary>A variable whose cloud type is unknown gets no typed proxy member.</summary>
    public const string VariableWithoutTypedMember = "PCT1081";

    /// <summary>Two firmware projects produce the same contract name in one namespace; the later one is renamed.</summary>
    public const string DuplicateContractName = "PCT1082";

    /// <summary>The <c>Namespace</c> metadata of a <c>ParticleFirmware</c> item is not a C# namespace.</summary>
    public const string InvalidContractNamespace = "PCT1083";

    /// <summary>The <c>ParticleFunctionArgumentLimit</c> property is not a positive integer.</summary>
    public const string InvalidFunctionArgumentLimit = "PCT1084";

    // PCT1090–PCT1099: the target (Device OS version and platform) and the ParticleFirmware items.

    /// <summary>A typed (<c>Variant</c> or content-type) publish on a target below Device OS 6.2.0.</summary>
    public const string TypedPublishNeedsDeviceOs62 = "PCT1090";

    /// <summary><c>CloudEvent</c> on a target below Device OS 6.3.0.</summary>
    public const string CloudEventNeedsDeviceOs63 = "PCT1091";

    /// <summary>A Ledger on a target below Device OS 6.1.0 or on a Gen 2 platform.</summary>
    public const string LedgerNeedsDeviceOs61Gen3 = "PCT1092";

    /// <summary><c>System.getEnv</c> on a target below Device OS 6.4.0.</summary>
    public const string EnvironmentNeedsDeviceOs64 = "PCT1093";

    /// <summary><c>PRODUCT_ID()</c> on a target of Device OS 4.0.0 or later, where it no longer compiles.</summary>
    public const string ProductIdRemoved = "PCT1094";

    /// <summary>A subscription scope argument on a target of Device OS 6.0.0 or later, where it has no effect.</summary>
    public const string SubscribeScopeIgnored = "PCT1095";

    /// <summary>A Device OS version or platform (settings.json, MSBuild property or item metadata) that cannot be read.</summary>
    public const string UnrecognisedTarget = "PCT1096";

    /// <summary>A <c>ParticleFirmware</c> item that matches no firmware file (reported by the MSBuild targets).</summary>
    public const string FirmwareItemMatchesNoFile = "PCT1097";

    // ── PCT1100–PCT1109: the contract compared with its lock (particle-contracts.lock.json) ──

    /// <summary>A variable or function in the lock is no longer registered (WIRE-breaking).</summary>
    public const string LockedMemberRemoved = "PCT1100";

    /// <summary>A locked member's wire property (the cloud type) changed (WIRE-breaking).</summary>
    public const string LockedMemberChanged = "PCT1101";

    /// <summary>A WIRE-breaking change accepted because <c>PRODUCT_VERSION</c> rose above the lock's.</summary>
    public const string VersionedBreakingChange = "PCT1102";

    /// <summary>A member the lock does not record yet (additive).</summary>
    public const string MemberNotInLock = "PCT1103";

    /// <summary>The lock file cannot be read.</summary>
    public const string UnreadableLock = "PCT1104";

    /// <summary>The <c>ParticleContractLockSeverity</c> property is neither Error nor Warning.</summary>
    public const string InvalidLockSeverity = "PCT1105";

    /// <summary>A detail inside a locked member changed (a payload field, an argument word or field, a return code, a ledger key) (WIRE-breaking).</summary>
    public const string LockedDetailChanged = "PCT1106";

    // PCT1120–PCT1124: found while discovering firmware files on disk (the CLI and the simulator's --firmware).

    /// <summary>A firmware file larger than the discovery size limit; it is not read.</summary>
    public const string FirmwareFileTooLarge = "PCT1120";

    /// <summary>A firmware-named entry that is not a regular file (a named pipe, a device); it is not read.</summary>
    public const string NotARegularFirmwareFile = "PCT1121";

    /// <summary>A folder link that leads back into the firmware tree (a loop or a second path); it is not followed.</summary>
    public const string FirmwareFolderLinkInsideTree = "PCT1122";

    /// <summary>A folder link that leads out of the firmware tree; it is not followed.</summary>
    public const string FirmwareFolderLinkOutsideTree = "PCT1123";

    /// <summary>A firmware file or folder that cannot be read (missing, permission denied, a broken link).</summary>
    public const string UnreadableFirmwareEntry = "PCT1124";

    // ── PCT2xxx: C# usage ──────────────────────────────────────────────────────

    /// <summary>A constant variable or function name that no firmware contract declares for that kind.</summary>
    public const string UnknownCloudName = "PCT2001";

    /// <summary>A variable name passed to a function call, or a function name passed to a variable read.</summary>
    public const string WrongCloudNameKind = "PCT2002";

    /// <summary>A typed variable read whose type argument does not match the firmware's cloud type.</summary>
    public const string VariableTypeMismatch = "PCT2003";

    /// <summary>A proxy escape-hatch call that a generated typed member can replace.</summary>
    public const string PreferTypedMember = "PCT2004";

    /// <summary>A constant function argument longer than <c>ParticleFunctionArgumentLimit</c> UTF-8 bytes.</summary>
    public const string FunctionArgumentTooLong = "PCT2005";

    /// <summary>A <c>[ParticleDeviceContract("X")]</c> attribute naming no firmware contract.</summary>
    public const string UnknownContractAttribute = "PCT2006";

    /// <summary><c>ParticleContract</c> item metadata on an additional file that yields no firmware contract.</summary>
    public const string UnknownContractMetadata = "PCT2007";

    // PCT2010–PCT2019: event names in C# usage.

    /// <summary>A constant prefix passed to the raw client's SubscribeAsync under which no contract publishes.</summary>
    public const string UnknownSubscribedEvent = "PCT2010";

    /// <summary>A constant event name passed to the raw client's PublishEventAsync that no contract subscribes to.</summary>
    public const string UnsubscribedPublishedEvent = "PCT2011";
    // PCT2020–PCT2029: constant arguments of raw function calls checked against the inferred grammar.

    /// <summary>A constant argument that is none of the words the handler accepts.</summary>
    public const string ArgumentNotAWord = "PCT2020";

    /// <summary>A constant argument with a different number of fields than the handler reads.</summary>
    public const string ArgumentFieldCount = "PCT2021";

    /// <summary>A constant argument (or field) that is not the number the handler parses.</summary>
    public const string ArgumentNotANumber = "PCT2022";

    // PCT2030–PCT2039: ledger names and environment variables in C# usage (raw client calls).

    /// <summary>A constant ledger name passed to the raw client that no firmware contract uses.</summary>
    public const string UnknownLedger = "PCT2030";

    /// <summary>A raw write (SetLedgerInstanceAsync) to a ledger the firmware writes (device-to-cloud).</summary>
    public const string WriteToDeviceToCloudLedger = "PCT2031";

    /// <summary>A constant environment variable name set from C# that no firmware contract reads.</summary>
    public const string UnknownEnvironmentVariable = "PCT2032";

    /// <summary>A constant environment value the firmware's decoder would reject for the variable's type.</summary>
    public const string EnvironmentValueRejected = "PCT2033";

    /// <summary>A ledger definition built in C# with a constant name and the other direction than the firmware implies.</summary>
    public const string LedgerDefinitionDirection = "PCT2034";
}
