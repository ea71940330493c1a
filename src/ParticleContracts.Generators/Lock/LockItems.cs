using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>The one order of a member's list items, shared by the builder and the reader.</summary>
internal static class LockItems
{
    /// <summary>
    /// <paramref name="items"/> in list order (as <see cref="LockSection.Lists"/> has them), then by key: positions and
    /// return values numerically, names and words ordinally. Of two items with one key the first is kept; items of a
    /// list the section does not have are dropped.
    /// </summary>
    public static EquatableArray<LockedItem> Sorted(LockSection section, List<LockedItem> items)
    {
        if (items.Count == 0)
        {
            return EquatableArray<LockedItem>.Empty;
        }

        var kept = new List<LockedItem>(items.Count);
        var seen = new HashSet<(string List, string Key)>();
        foreach (var item in items)
        {
            if (section.FindList(item.List) is not null && seen.Add((item.List, item.Key)))
            {
                kept.Add(item);
            }
        }

        kept.Sort(new ItemOrder(section));
        return kept.ToEquatableArray();
    }

    private sealed class ItemOrder : IComparer<LockedItem>
    {
        private readonly LockSection _section;

        public ItemOrder(LockSection section) => _section = section;

        public int Compare(LockedItem left, LockedItem right) => LockItems.Compare(_section, left, right);
    }

    private static int Compare(LockSection section, LockedItem left, LockedItem right)
    {
        if (left.List != right.List)
        {
            return IndexOf(section, left.List).CompareTo(IndexOf(section, right.List));
        }

        var list = section.FindList(left.List)!;
        if (list.Key is LockItemKey.Positional or LockItemKey.Numbered)
        {
            var byNumber = NumberOf(left.Key).CompareTo(NumberOf(right.Key));
            if (byNumber != 0)
            {
                return byNumber;
            }
        }

        return string.CompareOrdinal(left.Key, right.Key);
    }

    private static long NumberOf(string key) =>
        long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : long.MaxValue;

    private static int IndexOf(LockSection section, string list)
    {
        for (var i = 0; i < section.Lists.Length; i++)
        {
            if (section.Lists[i].Name == list)
            {
                return i;
            }
        }

        return section.Lists.Length;
    }
}
