using System;
using System.Collections.Generic;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// Checks namespace names from MSBuild metadata before they reach generated code. Roslyn-free, so the CLI and the
/// simulator group contracts with the same rules as the build.
/// </summary>
internal static class NamespaceNames
{
    // C#'s reserved keywords (contextual ones are valid identifiers), plus "global", which cannot start a namespace.
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override", "params",
        "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof",
        "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong",
        "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue", "global",
    };

    /// <summary>
    /// True for dot-separated C# identifiers that are not keywords (<c>MyApp.Devices</c>) and hold only letters, digits
    /// and <c>_</c>: the namespace is part of the hint name, which accepts fewer characters than an identifier.
    /// </summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var part in name!.Split('.'))
        {
            if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_') || !IsPlain(part) || Keywords.Contains(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlain(string part)
    {
        foreach (var c in part)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
