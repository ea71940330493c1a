using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>
/// The size of ledger data written entirely with constants, in the bytes Device OS stores it in (CBOR, which
/// <c>LEDGER_MAX_DATA_SIZE</c> limits): each key and value measured as its smallest CBOR encoding, a later write of a
/// key replacing the earlier one. Anything not constant makes the size unknown.
/// </summary>
internal sealed partial class DataUseScanner
{
    /// <summary>Each top-level key of a constant initializer (<c>LedgerData{{"k", v}, ...}</c>) with its encoded size (key + value); null when a value is not constant.</summary>
    private Dictionary<string, int>? ConstantEntries(TokenRange value, int depth)
    {
        var s = _statement;
        var start = value.Start;
        while (start < value.End && (s.IsKind(start, FirmwareTokenKind.Identifier) || s.Punct(start, "::") || s.Punct(start, "(")))
        {
            start++;
        }

        if (start >= value.End || !s.Punct(start, "{") || depth >= ReaderLimits.MaxDataKeyDepth)
        {
            return null;
        }

        var close = s.FindClosing(start);
        var entries = new Dictionary<string, int>(System.StringComparer.Ordinal);
        if (close < 0 || close != value.End - 1 && !s.Punct(value.End - 1, ")"))
        {
            return null;
        }

        foreach (var pair in close > start + 1 ? s.Sub(start + 1, close).SplitTopLevel() : new List<TokenRange>())
        {
            var pairClose = pair.Length >= 2 && s.Punct(pair.Start, "{") ? s.FindClosing(pair.Start) : -1;
            var parts = pairClose > pair.Start + 1 ? s.Sub(pair.Start + 1, pairClose).SplitTopLevel() : new List<TokenRange>();
            if (parts.Count != 2 || !StringLiteralDecoder.TryDecodeConcatenation(parts[0], out var key) || ConstantValueSize(parts[1], depth + 1) is not { } size)
            {
                return null;
            }

            entries[key] = TextSize(key) + size;
        }

        return entries;
    }

    /// <summary>The encoded size of a map of <paramref name="entries"/>.</summary>
    private static int MapSize(Dictionary<string, int> entries)
    {
        var size = HeaderSize(entries.Count);
        foreach (var entry in entries.Values)
        {
            size += entry;
        }

        return size;
    }

    /// <summary>The encoded size of a constant value: a string, a number, a bool, a nested constant map; else null.</summary>
    private int? ConstantValueSize(TokenRange value, int depth)
    {
        var s = _statement;
        if (value.IsEmpty)
        {
            return null;
        }

        if (StringLiteralDecoder.TryDecodeConcatenation(value, out var text))
        {
            return TextSize(text);
        }

        var first = value.Start;
        var negative = s.Punct(first, "-");
        if (negative || s.Punct(first, "+"))
        {
            first++;
        }

        if (value.End - first == 1)
        {
            return s.IsKind(first, FirmwareTokenKind.Number) ? NumberSize(s.Get(first), negative)
                : !negative && (s.Word(first, "true") || s.Word(first, "false")) ? 1
                : null;
        }

        if (s.Word(first, "Variant") && s.Punct(first + 1, "(") && s.FindClosing(first + 1) == value.End - 1 && depth < ReaderLimits.MaxDataKeyDepth)
        {
            return ConstantValueSize(s.Sub(first + 2, value.End - 1), depth + 1);
        }

        if (s.Punct(first, "{") && IsPairList(first) || s.Word(first, "LedgerData") || s.Word(first, "VariantMap"))
        {
            return ConstantEntries(value, depth) is { } entries ? MapSize(entries) : null;
        }

        return null;
    }

    /// <summary>A UTF-8 text string: its header and bytes.</summary>
    private static int TextSize(string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        return HeaderSize(bytes) + bytes;
    }

    /// <summary>An integer in its smallest width, a floating-point number as a float when that is exact, else a double.</summary>
    private static int? NumberSize(string text, bool negative)
    {
        var lower = text.Replace("'", string.Empty).ToLowerInvariant().TrimEnd('u', 'l');
        if (lower.StartsWith("0x", System.StringComparison.Ordinal))
        {
            return ulong.TryParse(lower.Remove(0, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? IntegerSize(hex, negative) : null;
        }

        if (ulong.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            return IntegerSize(integer, negative);
        }

        if (!double.TryParse(lower.TrimEnd('f'), NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
        {
            return null;
        }

        return (double)(float)real == real ? 5 : 9;
    }

    private static int IntegerSize(ulong magnitude, bool negative) => HeaderSize(negative && magnitude > 0 ? magnitude - 1 : magnitude);

    /// <summary>The size of a CBOR head carrying <paramref name="argument"/> (a length, a count or an integer).</summary>
    private static int HeaderSize(ulong argument) => argument < 24 ? 1 : argument <= byte.MaxValue ? 2 : argument <= ushort.MaxValue ? 3 : argument <= uint.MaxValue ? 5 : 9;

    private static int HeaderSize(int argument) => HeaderSize((ulong)argument);
}
