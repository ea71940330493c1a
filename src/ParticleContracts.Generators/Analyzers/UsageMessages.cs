using System.Collections.Immutable;
using System.Text;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>Message fragments shared by the usage rules.</summary>
internal static class UsageMessages
{
    private const int MaxListedNames = 8;

    /// <summary>
    /// <c>; did you mean 'a' or 'b'?</c> when there are close names, else <c>; declared variables: a, b</c>, else
    /// <c>; it declares no variables</c>.
    /// </summary>
    public static string DidYouMean(ImmutableArray<string> suggestions, ImmutableArray<string> declared, string pluralNoun)
    {
        var text = new StringBuilder();
        if (!suggestions.IsEmpty)
        {
            text.Append("; did you mean ");
            for (var i = 0; i < suggestions.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(i == suggestions.Length - 1 ? " or " : ", ");
                }

                text.Append('\'').Append(suggestions[i]).Append('\'');
            }

            return text.Append('?').ToString();
        }

        if (declared.IsEmpty)
        {
            return "; it declares no " + pluralNoun;
        }

        text.Append("; declared ").Append(pluralNoun).Append(": ");
        for (var i = 0; i < declared.Length && i < MaxListedNames; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(declared[i]);
        }

        if (declared.Length > MaxListedNames)
        {
            text.Append(", ...");
        }

        return text.ToString();
    }
}
