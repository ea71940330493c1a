using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>
/// A normalized C++ type split into its parts: <c>const char[64]</c> → base <c>char</c>, const, array <c>64</c>;
/// <c>const char*</c> → base <c>char</c>, one pointer.
/// </summary>
internal readonly struct CppTypeShape
{
    private CppTypeShape(string baseType, int pointerDepth, bool isReference, string? arraySize, bool isConst, bool isVolatile)
    {
        Base = baseType;
        PointerDepth = pointerDepth;
        IsReference = isReference;
        ArraySize = arraySize;
        IsConst = isConst;
        IsVolatile = isVolatile;
    }

    /// <summary>The type without qualifiers, pointers, references or array bounds (<c>unsigned char</c>, <c>String</c>).</summary>
    public string Base { get; }

    public int PointerDepth { get; }

    public bool IsReference { get; }

    /// <summary>The first array bound (<c>64</c>, or empty for <c>[]</c>); null when not an array.</summary>
    public string? ArraySize { get; }

    public bool IsArray => ArraySize is not null;

    public bool IsConst { get; }

    public bool IsVolatile { get; }

    public static bool IsTypeKeyword(string text, FirmwareToken token)
    {
        if (token.Kind != FirmwareTokenKind.Identifier)
        {
            return false;
        }

        return TokenText.Is(text, token, "int") || TokenText.Is(text, token, "char") || TokenText.Is(text, token, "short")
            || TokenText.Is(text, token, "long") || TokenText.Is(text, token, "unsigned") || TokenText.Is(text, token, "signed")
            || TokenText.Is(text, token, "double") || TokenText.Is(text, token, "float") || TokenText.Is(text, token, "bool")
            || TokenText.Is(text, token, "void") || TokenText.Is(text, token, "auto") || TokenText.Is(text, token, "const")
            || TokenText.Is(text, token, "volatile");
    }

    public static bool IsBuiltinWord(string text, FirmwareToken token)
        => IsTypeKeyword(text, token) && !TokenText.Is(text, token, "const") && !TokenText.Is(text, token, "volatile") && !TokenText.Is(text, token, "auto");

    public static CppTypeShape Parse(string type)
    {
        var tokens = TokenText.Lex(type);
        var end = tokens.Count;
        var arraySize = TakeArrayBounds(type, tokens, ref end);
        var pointerDepth = 0;
        var isReference = false;
        var isConst = false;
        var isVolatile = false;
        while (end > 0)
        {
            var token = tokens[end - 1];
            if (TokenText.IsPunct(type, token, "*"))
            {
                pointerDepth++;
            }
            else if (TokenText.IsPunct(type, token, "&") || TokenText.IsPunct(type, token, "&&"))
            {
                isReference = true;
            }
            else if (TokenText.IsWord(type, token, "const"))
            {
                // `char* const`: a constant pointer.
                isConst |= pointerDepth == 0;
            }
            else if (TokenText.IsWord(type, token, "volatile"))
            {
                isVolatile = true;
            }
            else
            {
                break;
            }

            end--;
        }

        var kept = new List<FirmwareToken>(end);
        for (var i = 0; i < end; i++)
        {
            var token = tokens[i];
            if (TokenText.IsWord(type, token, "const") || TokenText.IsWord(type, token, "constexpr"))
            {
                isConst = true;
                continue;
            }

            if (TokenText.IsWord(type, token, "volatile"))
            {
                isVolatile = true;
                continue;
            }

            if (TokenText.IsWord(type, token, "static") || TokenText.IsWord(type, token, "extern") || TokenText.IsWord(type, token, "inline")
                || TokenText.IsWord(type, token, "struct") || TokenText.IsWord(type, token, "class") || TokenText.IsWord(type, token, "enum")
                || TokenText.IsWord(type, token, "typename") || TokenText.IsWord(type, token, "mutable") || TokenText.IsWord(type, token, "register"))
            {
                continue;
            }

            kept.Add(token);
        }

        // `::String` and `std::` prefixes do not change what a type is for the cloud.
        var start = 0;
        if (kept.Count > 0 && TokenText.IsPunct(type, kept[0], "::"))
        {
            start = 1;
        }

        var baseType = TokenText.Join(new TokenRange(type, kept, start, kept.Count));
        return new CppTypeShape(baseType, pointerDepth, isReference, arraySize, isConst, isVolatile);
    }

    /// <summary>Removes the array bounds at the end of <paramref name="tokens"/>; returns the first bound, or null.</summary>
    private static string? TakeArrayBounds(string type, List<FirmwareToken> tokens, ref int end)
    {
        string? arraySize = null;

        while (end > 0 && TokenText.IsPunct(type, tokens[end - 1], "]"))
        {
            var open = end - 1;
            while (open > 0 && !TokenText.IsPunct(type, tokens[open], "["))
            {
                open--;
            }

            if (!TokenText.IsPunct(type, tokens[open], "["))
            {
                break;
            }

            arraySize = TokenText.Join(new TokenRange(type, tokens, open + 1, end - 1));
            end = open;
        }

        return arraySize;
    }

    /// <summary>Rebuilds a type text around a new base (used when expanding aliases).</summary>
    public string WithBase(string newBase)
    {
        var text = (IsConst ? "const " : string.Empty) + (IsVolatile ? "volatile " : string.Empty) + newBase + new string('*', PointerDepth) + (IsReference ? "&" : string.Empty);
        return ArraySize is null ? text : text + "[" + ArraySize + "]";
    }
}
