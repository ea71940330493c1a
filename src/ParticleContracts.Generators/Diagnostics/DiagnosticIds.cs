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
}
