using System;
using System.Text;

namespace ParticleContracts.Generators.Firmware.Lexing;

/// <summary>
/// A per-thread stack of reusable <see cref="StringBuilder"/>s (nesting-safe), so building type and parameter
/// texts does not allocate a builder per declaration. Common results come back as shared string instances.
/// </summary>
internal static class StringBuilderPool
{
    private const int MaxPooled = 4;
    private const int MaxRetainedCapacity = 512;

    [ThreadStatic]
    private static StringBuilder?[]? _pool;

    private static readonly string[] CommonTexts =
    {
        "int", "double", "bool", "String", "char", "float", "void", "auto", "long", "uint8_t", "uint16_t", "uint32_t",
        "int8_t", "int16_t", "int32_t", "size_t", "unsigned", "unsigned int", "unsigned long", "const char*", "char*",
        "const String&", "String&", "const char", "byte", "system_tick_t", "T", "static", "const int", "const",
    };

    public static StringBuilder Rent()
    {
        var pool = _pool ??= new StringBuilder?[MaxPooled];
        for (var i = 0; i < pool.Length; i++)
        {
            var builder = pool[i];
            if (builder is not null)
            {
                pool[i] = null;
                builder.Clear();
                return builder;
            }
        }

        return new StringBuilder(64);
    }

    /// <summary>Returns the builder's text (a shared instance for common texts) and puts the builder back.</summary>
    public static string ToStringAndReturn(StringBuilder builder)
    {
        var text = Intern(builder) ?? builder.ToString();
        Return(builder);
        return text;
    }

    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity > MaxRetainedCapacity)
        {
            return;
        }

        var pool = _pool ??= new StringBuilder?[MaxPooled];
        for (var i = 0; i < pool.Length; i++)
        {
            if (pool[i] is null)
            {
                pool[i] = builder;
                return;
            }
        }
    }

    /// <summary>A shared instance when the builder holds one of the common type texts (or is empty), else null.</summary>
    public static string? Intern(StringBuilder builder)
    {
        var length = builder.Length;
        if (length == 0)
        {
            return string.Empty;
        }

        foreach (var common in CommonTexts)
        {
            if (common.Length != length)
            {
                continue;
            }

            var equal = true;
            for (var i = 0; i < length; i++)
            {
                if (builder[i] != common[i])
                {
                    equal = false;
                    break;
                }
            }

            if (equal)
            {
                return common;
            }
        }

        return null;
    }

    /// <summary>A shared instance for a common text of the given text range, else a new substring.</summary>
    public static string Substring(string text, int start, int length)
    {
        foreach (var common in CommonTexts)
        {
            if (common.Length == length && string.CompareOrdinal(text, start, common, 0, length) == 0)
            {
                return common;
            }
        }

        return text.Substring(start, length);
    }

}
