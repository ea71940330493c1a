namespace ParticleContracts;

/// <summary>What a cloud function's handler does with its argument, as the generator read it from the firmware.</summary>
public enum ParticleArgumentKind
{
    /// <summary>Any string: nothing narrower was inferred.</summary>
    Text,

    /// <summary>The handler never reads its argument; callers send an empty string.</summary>
    None,

    /// <summary>The whole argument is a whole number (invariant culture).</summary>
    WholeNumber,

    /// <summary>The whole argument is a number (invariant culture, <c>.</c> as decimal separator).</summary>
    Number,

    /// <summary>One of a closed set of words.</summary>
    Words,

    /// <summary>Positional fields between a separator.</summary>
    Fields,

    /// <summary>A JSON object with named fields.</summary>
    Json,
}
