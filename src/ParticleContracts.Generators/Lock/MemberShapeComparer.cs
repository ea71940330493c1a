using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// Compares one member present on both sides: its properties (classed by <see cref="WireChangeRules"/>) and the items
/// of its lists (payload fields, words, positional fields, keys, return codes), paired by key.
/// </summary>
internal static class MemberShapeComparer
{
    public static void Compare(string contract, LockedMember before, LockedMember after, List<ContractChange> changes)
    {
        var section = LockSections.Find(after.Section)!;
        foreach (var key in section.WireProperties)
        {
            AddPropertyChange(contract, section, key, before, after, changes);
        }

        foreach (var key in section.CosmeticProperties)
        {
            AddPropertyChange(contract, section, key, before, after, changes);
        }

        foreach (var list in section.Lists)
        {
            if (list.Guard is { } guard && (before.Fact(guard) is not { } guardValue || guardValue != after.Fact(guard)))
            {
                continue;
            }

            CompareItems(contract, section, list, before, after, changes);
        }
    }

    private static void AddPropertyChange(string contract, LockSection section, string key, LockedMember before, LockedMember after, List<ContractChange> changes)
    {
        if (WireChangeRules.Classify(section, key, before, after) is not { } category)
        {
            return;
        }

        var oldValue = before.Fact(key);
        var newValue = after.Fact(key);
        var description = string.Format(CultureInfo.InvariantCulture, "{0} '{1}' {2} {3} → {4}", section.Noun, after.Name, key, oldValue ?? "none", newValue ?? "none");
        var consequence = category == ChangeCategory.Breaking ? section.ChangeConsequence : null;
        changes.Add(new ContractChange(category, ChangeKind.PropertyChanged, contract, section.Noun, after.Name, key, oldValue, newValue, description, consequence, after.Location));
    }

    private static void CompareItems(string contract, LockSection section, LockList list, LockedMember before, LockedMember after, List<ContractChange> changes)
    {
        var oldItems = new Dictionary<string, LockedItem>();
        foreach (var item in before.Items)
        {
            if (item.List == list.Name)
            {
                oldItems[item.Key] = item;
            }
        }

        var newItems = new List<LockedItem>();
        foreach (var item in after.Items)
        {
            if (item.List == list.Name)
            {
                newItems.Add(item);
            }
        }

        if (list.OnlyWhenBothListed && (oldItems.Count == 0 || newItems.Count == 0))
        {
            if (oldItems.Count != newItems.Count)
            {
                var detail = list.Noun + "s " + (newItems.Count == 0 ? "no longer known (the handler returns a computed value)" : "now known");
                changes.Add(Item(ChangeCategory.Cosmetic, ChangeKind.ItemChanged, contract, section, after, list.Name, detail, null, after.Location));
            }

            return;
        }

        foreach (var item in newItems)
        {
            if (oldItems.TryGetValue(item.Key, out var old))
            {
                oldItems.Remove(item.Key);
                CompareItemFacts(contract, section, list, after, old, item, changes);
                continue;
            }

            var type = item.Fact(LockSections.TypeProperty);
            var detail = Named(list, item.Key) + " added" + (type is null ? string.Empty : " (" + type + ")");
            var consequence = list.Addition == ChangeCategory.Breaking ? list.RemovalConsequence : null;
            changes.Add(Item(list.Addition, ChangeKind.ItemAdded, contract, section, after, list.Name + "." + item.Key, detail, consequence, after.Location));
        }

        foreach (var item in before.Items)
        {
            if (item.List == list.Name && oldItems.ContainsKey(item.Key))
            {
                var consequence = list.Removal == ChangeCategory.Breaking ? list.RemovalConsequence : null;
                changes.Add(Item(list.Removal, ChangeKind.ItemRemoved, contract, section, after, list.Name + "." + item.Key, Named(list, item.Key) + " removed", consequence, after.Location));
            }
        }
    }

    private static void CompareItemFacts(string contract, LockSection section, LockList list, LockedMember member, LockedItem old, LockedItem item, List<ContractChange> changes)
    {
        foreach (var key in list.WireProperties)
        {
            AddItemFactChange(contract, section, list, member, old, item, key, true, changes);
        }

        foreach (var key in list.CosmeticProperties)
        {
            AddItemFactChange(contract, section, list, member, old, item, key, false, changes);
        }
    }

    private static void AddItemFactChange(string contract, LockSection section, LockList list, LockedMember member, LockedItem old, LockedItem item, string key, bool wire, List<ContractChange> changes)
    {
        var oldValue = old.Fact(key);
        var newValue = item.Fact(key);
        if (oldValue == newValue)
        {
            return;
        }

        var category = wire ? WireChangeRules.ClassifyItem(key, oldValue, newValue) : ChangeCategory.Cosmetic;
        var detail = string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} → {3}", Named(list, item.Key), key, oldValue ?? "none", newValue ?? "none");
        var consequence = category != ChangeCategory.Breaking ? null : key == LockSections.ConditionalProperty ? WireChangeRules.ConditionalConsequence : list.ChangeConsequence;
        var change = Item(category, ChangeKind.ItemChanged, contract, section, member, list.Name + "." + item.Key + "." + key, detail, consequence, member.Location);
        changes.Add(change with { OldValue = oldValue, NewValue = newValue });
    }

    /// <summary><c>payload field 'temp'</c>, <c>argument field 2</c>, <c>return code -1</c>.</summary>
    private static string Named(LockList list, string key) =>
        list.Noun + " " + (list.Key is LockItemKey.Positional or LockItemKey.Numbered ? key : "'" + key + "'");

    private static ContractChange Item(ChangeCategory category, ChangeKind kind, string contract, LockSection section, LockedMember member, string property, string detail, string? consequence, FirmwareLocation? location) =>
        new(category, kind, contract, section.Noun, member.Name, property, null, null, section.Noun + " '" + member.Name + "' " + detail, consequence, location, detail);
}
