using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>
/// Records the enumerators of an enum body (<c>enum Result { Ok, Busy = -2, Failed }</c>, <c>enum class</c> alike) as
/// <see cref="CppDeclarationKind.Enumerator"/> declarations. Values are not computed here: each enumerator keeps an
/// expression (its own, or the previous explicit one plus its distance from it) that the resolver evaluates once the
/// project's macros and constants are known.
/// </summary>
internal static class EnumeratorReader
{
    /// <summary>Adds the enumerators of <paramref name="body"/> (the tokens between the enum's braces) to <paramref name="output"/>.</summary>
    /// <param name="body">The enum body.</param>
    /// <param name="path">The file.</param>
    /// <param name="enumName">The enum's name; null for an anonymous enum.</param>
    /// <param name="output">The file's declarations.</param>
    public static void Read(TokenRange body, string path, string? enumName, List<CppDeclaration> output)
    {
        string? lastExplicit = null;
        var distance = 0;
        foreach (var part in body.SplitTopLevel())
        {
            if (part.IsEmpty || part[part.Start].Kind != FirmwareTokenKind.Identifier)
            {
                continue;
            }

            var name = part.Get(part.Start);
            string? expression;
            if (part.Length == 1)
            {
                expression = lastExplicit is null
                    ? distance.ToString(CultureInfo.InvariantCulture)
                    : "(" + lastExplicit + ")+" + distance.ToString(CultureInfo.InvariantCulture);
            }
            else if (part.Punct(part.Start + 1, "=") && part.Length > 2)
            {
                lastExplicit = part.Sub(part.Start + 2, part.End).Join();
                distance = 0;
                expression = lastExplicit;
            }
            else
            {
                // An attribute or something the reader does not model: the values after it are unknown.
                lastExplicit = "?";
                distance = 0;
                continue;
            }

            distance++;
            output.Add(new CppDeclaration(
                name,
                CppDeclarationKind.Enumerator,
                enumName ?? "int",
                TokenLocation.Of(path, part[part.Start]),
                Scope: enumName,
                Initializer: expression,
                IsConstant: true));
        }
    }
}
