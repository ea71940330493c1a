namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>The mutations the fuzz tests apply to seed firmware: insert, remove or replace with a vocabulary token, or repeat a slice.</summary>
internal static class TextMutations
{
    /// <summary>
    /// Applies each mutation in turn: <c>Kind</c> 0 inserts <c>vocabulary[Token]</c>, 1 removes up to <c>Length</c>
    /// characters, 2 replaces them with the token, 3 repeats them (duplicate registrations, chains and handler bodies,
    /// unbalanced brackets). <c>Position</c> wraps around the current text.
    /// </summary>
    public static string Apply(string text, IReadOnlyList<string> vocabulary, (int Position, int Kind, int Length, int Token)[] mutations)
    {
        var builder = new System.Text.StringBuilder(text);
        foreach (var (position, kind, length, token) in mutations)
        {
            var at = builder.Length == 0 ? 0 : position % (builder.Length + 1);
            var count = Math.Min(length, builder.Length - at);
            switch (kind)
            {
                case 0:
                    builder.Insert(at, vocabulary[token]);
                    break;
                case 1:
                    builder.Remove(at, count);
                    break;
                case 2:
                    builder.Remove(at, count).Insert(at, vocabulary[token]);
                    break;
                default:
                    builder.Insert(at, builder.ToString(at, count));
                    break;
            }
        }

        return builder.ToString();
    }
}
