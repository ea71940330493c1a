using Microsoft.CodeAnalysis.CSharp;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>Checks namespace names from MSBuild metadata before they reach generated code.</summary>
internal static class NamespaceNames
{
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
            if (!SyntaxFacts.IsValidIdentifier(part)
                || !IsPlain(part)
                || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None
                || SyntaxFacts.GetContextualKeywordKind(part) == SyntaxKind.GlobalKeyword)
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
