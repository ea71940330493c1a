using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>Data chains (<c>get("k").toInt()</c>, <c>set("k", v)</c>), initializer lists, value types and environment calls.</summary>
internal sealed partial class DataUseScanner
{
    /// <summary>
    /// What follows a <c>LedgerData</c> expression at <paramref name="dot"/>: <c>.get("k")...</c> (a read),
    /// <c>.has("k")</c>, or <c>.set("k", v)</c> (a write kept on the variable until the data is stored). Returns the
    /// last token consumed.
    /// </summary>
    private int ScanDataChain(DataVariable data, int dot)
    {
        var s = _statement;
        if (!s.Punct(dot, ".") || !s.IsKind(dot + 1, FirmwareTokenKind.Identifier) || !s.Punct(dot + 2, "("))
        {
            return dot - 1;
        }

        var member = s.Get(dot + 1);
        var close = s.FindClosing(dot + 2);
        if (close < 0)
        {
            return dot + 2;
        }

        var arguments = close > dot + 3 ? s.Sub(dot + 3, close).SplitTopLevel() : new List<TokenRange>();
        if (arguments.Count == 0 || !StringLiteralDecoder.TryDecodeConcatenation(arguments[0], out var key))
        {
            return close;
        }

        var path = new[] { key }.ToEquatableArray();
        var location = Location(arguments[0]);
        switch (member)
        {
            case "get":
                return ReadKey(data, path, location, close, 0);
            case "has":
                AddRead(data, DataUseKind.Has, path, DataValueType.Unknown, location);
                return close;
            case "set" when arguments.Count > 1:
                var writes = new List<DataWrite>();
                AddWrite(arguments[1], path, location, writes, 0);
                data.Writes.AddRange(writes);
                if (data.ConstantEntries is { } entries && arguments.Count == 2 && ConstantValueSize(arguments[1], 1) is { } size)
                {
                    entries[key] = TextSize(key) + size;
                }
                else
                {
                    data.ConstantEntries = null;
                }

                return close;
            default:
                return close;
        }
    }

    /// <summary>After <c>get("k")</c> (closing at <paramref name="close"/>): the reader method says the type; maps go deeper.</summary>
    private int ReadKey(DataVariable data, EquatableArray<string> path, FirmwareLocation location, int close, int depth)
    {
        var s = _statement;
        var dot = close + 1;
        var member = s.Punct(dot, ".") && s.IsKind(dot + 1, FirmwareTokenKind.Identifier) && s.Punct(dot + 2, "(") ? s.Get(dot + 1) : null;
        if (member is "toMap" or "asMap" && depth + 1 < ReaderLimits.MaxDataKeyDepth)
        {
            var mapClose = s.FindClosing(dot + 2);
            if (mapClose > 0 && s.Punct(mapClose + 1, ".") && s.IsKind(mapClose + 2, FirmwareTokenKind.Identifier) && s.Punct(mapClose + 3, "("))
            {
                return ReadNested(data, path, location, mapClose + 1, depth);
            }
        }
        else if (member is "get" or "has" && depth + 1 < ReaderLimits.MaxDataKeyDepth)
        {
            return ReadNested(data, path, location, dot, depth);
        }

        var type = member is null ? DataValueType.Unknown : ReaderType(member);
        AddRead(data, DataUseKind.Read, path, type, location);
        if (member is null)
        {
            return close;
        }

        var end = s.FindClosing(dot + 2);
        return end < 0 ? dot + 2 : end;
    }

    /// <summary><c>.get("j")</c> / <c>.has("j")</c> on a map value at <paramref name="dot"/>: the key is a map with a child.</summary>
    private int ReadNested(DataVariable data, EquatableArray<string> path, FirmwareLocation location, int dot, int depth)
    {
        var s = _statement;
        var member = s.Get(dot + 1);
        var close = s.FindClosing(dot + 2);
        if (close < 0 || member is not ("get" or "has"))
        {
            AddRead(data, DataUseKind.Read, path, DataValueType.Map, location);
            return close < 0 ? dot + 2 : close;
        }

        var arguments = close > dot + 3 ? s.Sub(dot + 3, close).SplitTopLevel() : new List<TokenRange>();
        if (arguments.Count == 0 || !StringLiteralDecoder.TryDecodeConcatenation(arguments[0], out var key))
        {
            AddRead(data, DataUseKind.Read, path, DataValueType.Map, location);
            return close;
        }

        var childPath = Append(path, key);
        var childLocation = Location(arguments[0]);
        if (member == "has")
        {
            AddRead(data, DataUseKind.Has, childPath, DataValueType.Unknown, childLocation);
            return close;
        }

        return ReadKey(data, childPath, childLocation, close, depth + 1);
    }

    private void AddRead(DataVariable data, DataUseKind kind, EquatableArray<string> path, DataValueType type, FirmwareLocation location)
    {
        if (data.Source is { } ledger)
        {
            Add(kind, ledger, _scope, path, type, null, null, location);
        }
    }

    /// <summary>The pairs of an initializer (<c>LedgerData{{"k", v}, ...}</c>, <c>{{...}}</c>, <c>VariantMap{...}</c>) as writes.</summary>
    private void CollectInitializer(TokenRange value, EquatableArray<string> prefix, List<DataWrite> writes, int depth)
    {
        var s = _statement;
        var start = value.Start;
        while (start < value.End && (s.IsKind(start, FirmwareTokenKind.Identifier) || s.Punct(start, "::") || s.Punct(start, "(")))
        {
            start++;
        }

        if (start >= value.End || !s.Punct(start, "{") || depth >= ReaderLimits.MaxDataKeyDepth)
        {
            return;
        }

        var close = s.FindClosing(start);
        if (close < 0 || close <= start + 1)
        {
            return;
        }

        foreach (var pair in s.Sub(start + 1, close).SplitTopLevel())
        {
            if (pair.Length < 2 || !s.Punct(pair.Start, "{"))
            {
                continue;
            }

            var pairClose = s.FindClosing(pair.Start);
            var parts = pairClose > pair.Start + 1 ? s.Sub(pair.Start + 1, pairClose).SplitTopLevel() : new List<TokenRange>();
            if (parts.Count == 2 && StringLiteralDecoder.TryDecodeConcatenation(parts[0], out var key))
            {
                AddWrite(parts[1], Append(prefix, key), Location(parts[0]), writes, depth);
            }
        }
    }

    /// <summary>Writes <paramref name="value"/> at <paramref name="path"/>: a nested initializer becomes a map with its own keys.</summary>
    private void AddWrite(TokenRange value, EquatableArray<string> path, FirmwareLocation location, List<DataWrite> writes, int depth)
    {
        var type = TypeOf(value);
        writes.Add(new DataWrite(path, type, location));
        if (type == DataValueType.Map)
        {
            CollectInitializer(value, path, writes, depth + 1);
        }
    }

    /// <summary>The type of a value expression: a literal, a declared variable, a cast, a constructor, an initializer list.</summary>
    private DataValueType TypeOf(TokenRange value, int depth = 0)
    {
        var s = _statement;
        if (value.IsEmpty)
        {
            return DataValueType.Unknown;
        }

        var first = value.Start;
        if (s.Punct(first, "-") || s.Punct(first, "+"))
        {
            first++;
        }

        if (value.End - first == 1)
        {
            return SingleTokenType(first);
        }

        if (StringLiteralDecoder.TryDecodeConcatenation(value, out _))
        {
            return DataValueType.String;
        }

        if (s.Punct(first, "{"))
        {
            return IsPairList(first) ? DataValueType.Map : DataValueType.Array;
        }

        if (s.Punct(first, "(") && s.IsKind(first + 1, FirmwareTokenKind.Identifier) && s.Punct(first + 2, ")"))
        {
            return CppValueType(s.Get(first + 1));
        }

        if (s.IsKind(first, FirmwareTokenKind.Identifier))
        {
            var word = s.Get(first);
            if (word is "static_cast" && s.Punct(first + 1, "<") && s.IsKind(first + 2, FirmwareTokenKind.Identifier))
            {
                return CppValueType(s.Get(first + 2));
            }

            if (word is "Variant" && depth < ReaderLimits.MaxDataKeyDepth && s.Punct(first + 1, "(") && s.FindClosing(first + 1) is var close && close == value.End - 1)
            {
                return TypeOf(s.Sub(first + 2, close), depth + 1);
            }

            if (word is "LedgerData" or "VariantMap")
            {
                return DataValueType.Map;
            }

            if (word is "VariantArray")
            {
                return DataValueType.Array;
            }

            if (s.Punct(first + 1, "(") || s.Punct(first + 1, "{"))
            {
                return CppValueType(word);
            }
        }

        return DataValueType.Unknown;
    }

    private DataValueType SingleTokenType(int index)
    {
        var s = _statement;
        var text = s.Get(index);
        switch (s[index].Kind)
        {
            case FirmwareTokenKind.String:
            case FirmwareTokenKind.RawString:
                return DataValueType.String;
            case FirmwareTokenKind.Number:
                return NumberType(text);
            case FirmwareTokenKind.Identifier when text is "true" or "false":
                return DataValueType.Bool;
            case FirmwareTokenKind.Identifier:
                return DeclaredType(text) is { } declared ? CppValueType(declared) : DataValueType.Unknown;
            default:
                return DataValueType.Unknown;
        }
    }

    private static DataValueType NumberType(string text)
    {
        var lower = text.ToLowerInvariant();
        var hex = lower.Length > 1 && lower[0] == '0' && lower[1] == 'x';
        var unsigned = false;
        var longs = 0;
        foreach (var c in lower)
        {
            if (!hex && (c == '.' || c == 'e' || c == 'f'))
            {
                return DataValueType.Double;
            }

            unsigned |= c == 'u';
            longs += c == 'l' ? 1 : 0;
        }

        return longs >= 2 ? (unsigned ? DataValueType.UInt64 : DataValueType.Int64) : (unsigned ? DataValueType.UInt : DataValueType.Int);
    }

    /// <summary>True when the braces at <paramref name="open"/> hold <c>{"key", value}</c> pairs.</summary>
    private bool IsPairList(int open)
    {
        var s = _statement;
        return s.Punct(open + 1, "{") && (s.IsKind(open + 2, FirmwareTokenKind.String) || s.IsKind(open + 2, FirmwareTokenKind.RawString));
    }

    /// <summary>The value type of a C++ type as the reader records it (<c>int</c>, <c>unsigned long</c>, <c>const char*</c>, <c>String</c>).</summary>
    internal static DataValueType CppValueType(string type) => type switch
    {
        "bool" => DataValueType.Bool,
        "int" or "int32_t" or "short" or "int16_t" or "int8_t" or "long" or "signed" or "signed int" or "long int" => DataValueType.Int,
        "unsigned" or "unsigned int" or "uint32_t" or "uint16_t" or "uint8_t" or "unsigned long" or "unsigned short" or "size_t" => DataValueType.UInt,
        "int64_t" or "long long" or "long long int" => DataValueType.Int64,
        "uint64_t" or "unsigned long long" => DataValueType.UInt64,
        "double" or "float" => DataValueType.Double,
        "String" or "const char*" or "char*" or "char[]" or "std::string" or "string" => DataValueType.String,
        "LedgerData" or "VariantMap" => DataValueType.Map,
        "VariantArray" => DataValueType.Array,
        _ => DataValueType.Unknown,
    };

    /// <summary>The type a <c>Variant</c> reader method returns.</summary>
    internal static DataValueType ReaderType(string member) => member switch
    {
        "toBool" or "asBool" => DataValueType.Bool,
        "toInt" or "asInt" => DataValueType.Int,
        "toUInt" or "asUInt" => DataValueType.UInt,
        "toInt64" or "asInt64" => DataValueType.Int64,
        "toUInt64" or "asUInt64" => DataValueType.UInt64,
        "toDouble" or "asDouble" => DataValueType.Double,
        "toString" or "asString" => DataValueType.String,
        "toMap" or "asMap" => DataValueType.Map,
        "toArray" or "asArray" => DataValueType.Array,
        _ => DataValueType.Unknown,
    };

    private static EquatableArray<string> Append(EquatableArray<string> path, string key)
    {
        var items = new string[path.Count + 1];
        for (var index = 0; index < path.Count; index++)
        {
            items[index] = path[index];
        }

        items[path.Count] = key;
        return items.ToEquatableArray();
    }
}
