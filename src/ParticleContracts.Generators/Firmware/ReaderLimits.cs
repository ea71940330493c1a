namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// How deep the reader follows nesting in firmware text. Every recursive descent and every structure that grows
/// with nesting is bounded here, so no input can exhaust the stack or make time and memory grow faster than the input;
/// beyond a limit the reader reports <c>PCT1027</c> and skips the deeper part.
/// </summary>
internal static class ReaderLimits
{
    /// <summary>Parentheses, unary and conditional operators in one <c>#if</c> expression, macro expansions included.</summary>
    public const int MaxExpressionDepth = 100;

    /// <summary>Macro expansions while evaluating one <c>#if</c> expression or resolving one cloud name.</summary>
    public const int MaxMacroExpansions = 4096;

    /// <summary>Nested <c>#if</c> groups, and undecided conditions around one line.</summary>
    public const int MaxConditionalDepth = 64;

    /// <summary>Registration calls nested inside the arguments of registration calls.</summary>
    public const int MaxNestedRegistrations = 8;

    /// <summary>Ledger and environment uses recognised in one statement; the rest of the statement is skipped.</summary>
    public const int MaxDataUsesPerStatement = 256;

    /// <summary>Nested maps followed in one ledger key (<c>get("a").toMap().get("b")</c>, nested <c>LedgerData{...}</c>).</summary>
    public const int MaxDataKeyDepth = 8;

    /// <summary>Tokens of one function body the handler reader looks at; a longer body is read as taking any string.</summary>
    public const int MaxHandlerTokens = 20000;

    /// <summary>Nested scans (switch bodies, loops, lambdas) in one handler body; beyond it the rest is read as plain tokens.</summary>
    public const int MaxHandlerScans = 64;

    /// <summary>
    /// The largest firmware file read, in UTF-8 bytes (32 MiB): a larger one is reported with <c>PCT1120</c> and not
    /// read, so one huge file (a generated table, a core dump named <c>dump.c</c>) cannot hold up the build for minutes.
    /// Discovery on disk applies the same limit before reading.
    /// </summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>Helpers followed from one handler (<c>return apply(arg);</c> → <c>apply</c> → ...).</summary>
    public const int MaxHandlerHelperDepth = 4;
}
