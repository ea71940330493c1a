using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>Builds the lock form of a contract read from firmware (the same shape a lock file holds).</summary>
internal static class LockBuilder
{
    /// <summary>
    /// The wire shape of <paramref name="contract"/>. Registrations whose name is only known at run time cannot be
    /// locked and are left out; of two registrations with one name the first counts (the reader reports the second).
    /// </summary>
    /// <param name="contract">The contract read from firmware.</param>
    /// <param name="root">The contract's folder as the lock should record it (relative, <c>/</c> separators).</param>
    /// <param name="productVersion">The firmware's <c>PRODUCT_VERSION</c>, or null.</param>
    public static LockedContract Build(DeviceContract contract, string root, int? productVersion)
    {
        var members = new List<LockedMember>();
        var seen = new HashSet<(string Section, string Name)>();
        foreach (var registration in contract.Registrations)
        {
            if (registration.Name is null)
            {
                continue;
            }

            var section = registration.Kind == RegistrationKind.Variable ? LockSections.Variables : LockSections.Functions;
            if (!seen.Add((section.Name, registration.Name)))
            {
                continue;
            }

            members.Add(new LockedMember(section.Name, registration.Name, FactsOf(registration), registration.Location));
        }

        members.Sort(CompareMembers);
        FirmwareLocation? location = contract.Registrations.Count > 0 ? contract.Registrations[0].Location : null;
        return new LockedContract(contract.Name, root.Length == 0 ? "." : root, productVersion, members.ToEquatableArray(), location);
    }

    /// <summary>Section order, then ordinal name order: the order members are written and compared in.</summary>
    public static int CompareMembers(LockedMember left, LockedMember right)
    {
        var bySection = LockSections.OrderOf(left.Section).CompareTo(LockSections.OrderOf(right.Section));
        return bySection != 0 ? bySection : string.CompareOrdinal(left.Name, right.Name);
    }

    private static EquatableArray<LockedFact> FactsOf(Registration registration)
    {
        var facts = new List<LockedFact>(4);
        if (registration.Kind == RegistrationKind.Variable)
        {
            facts.Add(new LockedFact(LockSections.TypeProperty, registration.CloudType.ToWireName() ?? "unknown"));
        }

        if (registration.CppType is { Length: > 0 } cppType)
        {
            facts.Add(new LockedFact("cppType", cppType));
        }

        facts.Add(new LockedFact("form", registration.Form.ToWireName()));
        if (registration.Conditional)
        {
            facts.Add(new LockedFact(LockSections.ConditionalProperty, "true"));
        }

        return facts.ToEquatableArray();
    }

    /// <summary>Sorts contracts by name (ordinal) into a lock.</summary>
    public static ContractLock ToLock(IEnumerable<LockedContract> contracts, string? path = null)
    {
        var list = new List<LockedContract>(contracts);
        list.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
        return new ContractLock(list.ToEquatableArray(), path);
    }
}
