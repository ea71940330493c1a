using System.Globalization;

namespace ParticleContracts.Generators.Contracts;

/// <summary>
/// How argument text is read as a number where the grammar asks for one: the one rule the analyzers (constant
/// arguments) and the simulator (arguments of simulated firmware functions) share.
/// </summary>
internal static class ArgumentText
{
    /// <summary>
    /// True for a whole number (optional sign, digits) or, when <paramref name="whole"/> is false, a finite number in the
    /// invariant culture (<c>.</c> as decimal separator, optional exponent). Surrounding spaces are allowed, as
    /// <c>atoi</c>/<c>atof</c> skip them; <c>1,5</c>, <c>12px</c> and the empty string are not numbers.
    /// </summary>
    public static bool IsNumber(string text, bool whole)
    {
        var trimmed = text.Trim();
        if (whole)
        {
            return long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        }

        return trimmed.Length > 0
            && double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            && !double.IsNaN(value) && !double.IsInfinity(value);
    }
}
