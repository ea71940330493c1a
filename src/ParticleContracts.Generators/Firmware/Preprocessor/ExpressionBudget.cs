namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>The recursion depth and expansion count shared by an expression and the macro expansions inside it.</summary>
internal sealed class ExpressionBudget
{
    private int _depth;
    private int _expansions;

    public bool Exceeded { get; private set; }

    public bool Enter()
    {
        if (_depth >= ReaderLimits.MaxExpressionDepth)
        {
            Exceeded = true;
            return false;
        }

        _depth++;
        return true;
    }

    public void Leave() => _depth--;

    /// <summary>Counts one macro expansion; false beyond the budget (macros that fan out would take exponential time).</summary>
    public bool Expand()
    {
        if (++_expansions > ReaderLimits.MaxMacroExpansions)
        {
            Exceeded = true;
            return false;
        }

        return true;
    }
}
