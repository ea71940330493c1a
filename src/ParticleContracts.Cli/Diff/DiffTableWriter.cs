using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Lock;

namespace ParticleContracts.Cli.Diff;

/// <summary>Writes <c>diff</c> results as one plain-text table per contract and a summary line.</summary>
internal static class DiffTableWriter
{
    public static void Write(EquatableArray<ContractDiff> diffs, TextWriter output)
    {
        int breaking = 0, additive = 0, cosmetic = 0;
        foreach (var diff in diffs)
        {
            if (diff.Changes.IsEmpty)
            {
                continue;
            }

            output.WriteLine(diff.Contract + VersionNote(diff));
            var width = 0;
            foreach (var change in diff.Changes)
            {
                width = Math.Max(width, change.Description.Length);
            }

            foreach (var change in diff.Changes)
            {
                var category = change.Category.DisplayName();
                var line = "  " + category.PadRight(15) + (change.Consequence is null ? change.Description : change.Description.PadRight(width + 2) + change.Consequence);
                output.WriteLine(line.TrimEnd());
                _ = change.Category switch
                {
                    ChangeCategory.Breaking => breaking++,
                    ChangeCategory.Additive => additive++,
                    _ => cosmetic++,
                };
            }
        }

        if (breaking + additive + cosmetic == 0)
        {
            output.WriteLine("No contract changes.");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{breaking} WIRE-breaking, {additive} additive, {cosmetic} cosmetic"));
    }

    private static string VersionNote(ContractDiff diff)
    {
        var breaks = diff.Changes.AsImmutableArray().Any(static change => change.Category == ChangeCategory.Breaking);
        if (!breaks)
        {
            return string.Empty;
        }

        return diff.ProductVersionIncreased
            ? string.Create(CultureInfo.InvariantCulture, $"  (breaking changes versioned: PRODUCT_VERSION {diff.OldProductVersion?.ToString(CultureInfo.InvariantCulture) ?? "none"} → {diff.NewProductVersion})")
            : "  (breaking changes without a PRODUCT_VERSION increase)";
    }
}
