using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ParticleContracts.Generators.Contracts;

/// <summary>Finds the declared names closest to a misspelt one ("did you mean 'temperature'?").</summary>
internal static class NameSuggester
{
    /// <summary>How many names a diagnostic suggests at most.</summary>
    public const int MaxSuggestions = 3;

    /// <summary>
    /// The candidates within a small edit distance of <paramref name="name"/>, closest first (ties: ordinal order).
    /// Case differences count as half an edit, so <c>Temperature</c> ranks before <c>temperatura</c>.
    /// </summary>
    public static ImmutableArray<string> Suggest(string name, IEnumerable<string> candidates)
    {
        var threshold = Math.Max(2, (name.Length + 2) / 3) * 2;
        var scored = new List<(int Score, string Name)>();
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                continue;
            }

            var score = Distance(name, candidate);
            if (score <= threshold)
            {
                scored.Add((score, candidate));
            }
        }

        scored.Sort(static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : string.CompareOrdinal(a.Name, b.Name));
        var builder = ImmutableArray.CreateBuilder<string>(Math.Min(MaxSuggestions, scored.Count));
        for (var i = 0; i < scored.Count && builder.Count < MaxSuggestions; i++)
        {
            builder.Add(scored[i].Name);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions) in half-edits: 2 per insertion,
    /// deletion, substitution or transposition, 1 for a substitution that only changes letter case.
    /// </summary>
    internal static int Distance(string source, string target)
    {
        var previousPrevious = new int[target.Length + 1];
        var previous = new int[target.Length + 1];
        var current = new int[target.Length + 1];
        for (var j = 0; j <= target.Length; j++)
        {
            previous[j] = j * 2;
        }

        for (var i = 1; i <= source.Length; i++)
        {
            current[0] = i * 2;
            for (var j = 1; j <= target.Length; j++)
            {
                var substitution = SubstitutionCost(source[i - 1], target[j - 1]);
                var best = Math.Min(Math.Min(previous[j] + 2, current[j - 1] + 2), previous[j - 1] + substitution);
                if (i > 1 && j > 1 && source[i - 1] == target[j - 2] && source[i - 2] == target[j - 1])
                {
                    best = Math.Min(best, previousPrevious[j - 2] + 2);
                }

                current[j] = best;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[target.Length];
    }

    private static int SubstitutionCost(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        return char.ToUpperInvariant(a) == char.ToUpperInvariant(b) ? 1 : 2;
    }
}
