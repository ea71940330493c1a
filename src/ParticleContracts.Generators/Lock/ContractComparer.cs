using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// The one comparison of two contract locks, shared by <c>particle-contracts diff</c> and the build's lock check.
/// Contracts pair up by name (a lone contract on each side pairs up whatever its name); members pair up by section
/// and cloud name. A removed member or a changed wire property is breaking, a new member additive, anything else
/// cosmetic.
/// </summary>
internal static class ContractComparer
{
    public static EquatableArray<ContractDiff> Compare(ContractLock oldLock, ContractLock newLock)
    {
        var oldByName = new Dictionary<string, LockedContract>();
        foreach (var contract in oldLock.Contracts)
        {
            oldByName[contract.Name] = contract;
        }

        var unmatchedNew = new List<LockedContract>();
        var pairs = new List<(LockedContract? Old, LockedContract? New)>();
        foreach (var contract in newLock.Contracts)
        {
            if (oldByName.TryGetValue(contract.Name, out var old))
            {
                pairs.Add((old, contract));
                oldByName.Remove(contract.Name);
            }
            else
            {
                unmatchedNew.Add(contract);
            }
        }

        var unmatchedOld = new List<LockedContract>(oldByName.Values);
        if (unmatchedOld.Count == 1 && unmatchedNew.Count == 1)
        {
            pairs.Add((unmatchedOld[0], unmatchedNew[0]));
        }
        else
        {
            pairs.AddRange(unmatchedOld.ConvertAll(static old => ((LockedContract?)old, (LockedContract?)null)));
            pairs.AddRange(unmatchedNew.ConvertAll(static added => ((LockedContract?)null, (LockedContract?)added)));
        }

        pairs.Sort(static (left, right) => string.CompareOrdinal((left.New ?? left.Old)!.Name, (right.New ?? right.Old)!.Name));
        var diffs = new List<ContractDiff>(pairs.Count);
        foreach (var (old, current) in pairs)
        {
            diffs.Add(CompareContracts(old, current));
        }

        return diffs.ToEquatableArray();
    }

    /// <summary>Compares one contract with its earlier form (either side may be missing).</summary>
    public static ContractDiff CompareContracts(LockedContract? old, LockedContract? current)
    {
        var changes = new List<ContractChange>();
        var name = (current ?? old)!.Name;
        if (old is null)
        {
            changes.Add(ContractLevel(ChangeCategory.Additive, ChangeKind.ContractAdded, name, null, null, "contract '" + name + "' added", current!.Location));
        }
        else if (current is null)
        {
            var category = old.Members.IsEmpty ? ChangeCategory.Cosmetic : ChangeCategory.Breaking;
            var description = string.Format(CultureInfo.InvariantCulture, "contract '{0}' removed ({1} member{2})", name, old.Members.Count, old.Members.Count == 1 ? string.Empty : "s");
            changes.Add(ContractLevel(category, ChangeKind.ContractRemoved, name, null, null, description, old.Location) with
            {
                Consequence = category == ChangeCategory.Breaking ? "apps built against the lock will get 404 for every variable and function" : null,
            });
        }
        else
        {
            CompareContractProperties(old, current, changes);
            CompareMembers(old, current, changes);
        }

        return new ContractDiff(name, old?.ProductVersion, current?.ProductVersion, StableSorted(changes));
    }

    private static void CompareContractProperties(LockedContract old, LockedContract current, List<ContractChange> changes)
    {
        if (old.Name != current.Name)
        {
            changes.Add(ContractLevel(ChangeCategory.Cosmetic, ChangeKind.ContractRenamed, current.Name, old.Name, current.Name, "contract renamed '" + old.Name + "' → '" + current.Name + "'", current.Location));
        }

        if (old.Root != current.Root)
        {
            changes.Add(ContractLevel(ChangeCategory.Cosmetic, ChangeKind.RootChanged, current.Name, old.Root, current.Root, "folder '" + old.Root + "' → '" + current.Root + "'", current.Location));
        }

        if (old.ProductVersion != current.ProductVersion)
        {
            var oldText = old.ProductVersion?.ToString(CultureInfo.InvariantCulture) ?? "none";
            var newText = current.ProductVersion?.ToString(CultureInfo.InvariantCulture) ?? "none";
            changes.Add(ContractLevel(ChangeCategory.Cosmetic, ChangeKind.ProductVersionChanged, current.Name, oldText, newText, "PRODUCT_VERSION " + oldText + " → " + newText, current.Location));
        }
    }

    private static void CompareMembers(LockedContract old, LockedContract current, List<ContractChange> changes)
    {
        var oldMembers = new Dictionary<(string Section, string Name), LockedMember>();
        foreach (var member in old.Members)
        {
            oldMembers[(member.Section, member.Name)] = member;
        }

        var added = new List<LockedMember>();
        foreach (var member in current.Members)
        {
            if (oldMembers.TryGetValue((member.Section, member.Name), out var before))
            {
                oldMembers.Remove((member.Section, member.Name));
                MemberShapeComparer.Compare(current.Name, before, member, changes);
            }
            else
            {
                added.Add(member);
            }
        }

        var removed = new List<LockedMember>(oldMembers.Values);
        removed.Sort(LockBuilder.CompareMembers);
        foreach (var member in removed)
        {
            var section = LockSections.Find(member.Section)!;
            var renamedTo = RenameCandidate(member, added, removed);
            var description = section.Noun + " '" + member.Name + "' removed" + (renamedTo is null ? string.Empty : " (renamed to '" + renamedTo + "'?)");
            changes.Add(new ContractChange(ChangeCategory.Breaking, ChangeKind.MemberRemoved, current.Name, section.Noun, member.Name, null, null, null, description, section.RemovalConsequence, member.Location));
        }

        foreach (var member in added)
        {
            var section = LockSections.Find(member.Section)!;
            var type = member.Fact(LockSections.TypeProperty);
            var description = section.Noun + " '" + member.Name + "' added" + (type is null ? string.Empty : " (" + type + ")");
            changes.Add(new ContractChange(ChangeCategory.Additive, ChangeKind.MemberAdded, current.Name, section.Noun, member.Name, null, null, type, description, null, member.Location));
        }
    }

    /// <summary>The one added member of the same section and wire shape, when exactly one removed member has that shape.</summary>
    private static string? RenameCandidate(LockedMember removedMember, List<LockedMember> added, List<LockedMember> removed)
    {
        var section = LockSections.Find(removedMember.Section)!;
        string? candidate = null;
        foreach (var member in added)
        {
            if (member.Section == removedMember.Section && SameWireShape(section, member, removedMember))
            {
                if (candidate is not null)
                {
                    return null;
                }

                candidate = member.Name;
            }
        }

        foreach (var other in removed)
        {
            if (!ReferenceEquals(other, removedMember) && other.Section == removedMember.Section && SameWireShape(section, other, removedMember))
            {
                return null;
            }
        }

        return candidate;
    }

    private static bool SameWireShape(LockSection section, LockedMember left, LockedMember right)
    {
        foreach (var key in section.WireProperties)
        {
            if (left.Fact(key) != right.Fact(key))
            {
                return false;
            }
        }

        // Payload fields, words, keys and return codes are part of the shape.
        return left.Items == right.Items;
    }

    private static ContractChange ContractLevel(ChangeCategory category, ChangeKind kind, string contract, string? oldValue, string? newValue, string description, FirmwareLocation? location) =>
        new(category, kind, contract, "contract", null, null, oldValue, newValue, description, null, location);

    /// <summary>List.Sort is not stable; re-sort by category keeping the insertion order within a category.</summary>
    private static EquatableArray<ContractChange> StableSorted(List<ContractChange> changes)
    {
        var sorted = new List<ContractChange>(changes.Count);
        foreach (ChangeCategory category in new[] { ChangeCategory.Breaking, ChangeCategory.Additive, ChangeCategory.Cosmetic })
        {
            foreach (var change in changes)
            {
                if (change.Category == category)
                {
                    sorted.Add(change);
                }
            }
        }

        return sorted.ToEquatableArray();
    }
}
