namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>What is known about a macro name when a condition is evaluated.</summary>
internal enum MacroState
{
    /// <summary>Nothing is known (it may come from Device OS or the build): the condition cannot be decided.</summary>
    Unknown,

    /// <summary>Known to be defined (its value text is available).</summary>
    Defined,

    /// <summary>Known not to be defined.</summary>
    Undefined,
}

/// <summary>The macros visible to a preprocessor condition.</summary>
internal interface IMacroScope
{
    MacroState Lookup(string name, out string? value);
}
