using System.Globalization;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>
/// Recognises the file-scope statement <c>PRODUCT_VERSION(n)</c> (a decimal or hex literal), the product firmware
/// version a contract lock compares against.
/// </summary>
internal static class ProductVersionScanner
{
    /// <summary>The version <paramref name="statement"/> declares, or null when it is not <c>PRODUCT_VERSION(literal)</c>.</summary>
    public static int? Read(TokenRange statement)
    {
        if (statement.Length != 4
            || !statement.Word(statement.Start, "PRODUCT_VERSION")
            || !statement.Punct(statement.Start + 1, "(")
            || !statement.IsKind(statement.Start + 2, FirmwareTokenKind.Number)
            || !statement.Punct(statement.Start + 3, ")"))
        {
            return null;
        }

        var literal = statement.Get(statement.Start + 2).TrimEnd('u', 'U', 'l', 'L');
        var hex = literal.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase);
        return int.TryParse(
            hex ? literal.Substring(2) : literal,
            hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None,
            CultureInfo.InvariantCulture,
            out var version) ? version : null;
    }
}
