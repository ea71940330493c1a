using Microsoft.CodeAnalysis.CSharp;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>Checks namespace names from MSBuild metadata before they reach generated code.</summary>
internal static class NamespaceNames
{
    /// <summary>True for dot-separated C# identifiers that are not keywords (<c>MyApp.Devices</c>).</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var part in name!.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part)
                || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None
                || SyntaxFacts.GetContextualKeywordKind(part) == SyntaxKind.GlobalKeyword)
            {
                return false;
            }
        }

        return true;
    }
}
