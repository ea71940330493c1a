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
}
