using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>Builds the lock form of a contract read from firmware (the same shape a lock file holds).</summary>
internal static class LockBuilder
{
    /// <summary>
    /// The wire shape of <paramref name="contract"/>: its variables and functions (with argument grammars and return
    /// codes), published events, subscriptions, ledgers and environment variables. Names only known at run time cannot
    /// be locked and are left out (an event name or prefix with a constant start is locked as <c>start*</c>); of two
    /// members of a section with one name the first counts.
    /// </summary>
    /// <param name="contract">The contract read from firmware.</param>
    /// <param name="root">The contract's folder as the lock should record it (relative, <c>/</c> separators).</param>
    /// <param name="productVersion">The firmware's <c>PRODUCT_VERSION</c>, or null.</param>
    public static LockedContract Build(DeviceContract contract, string root, int? productVersion)
    {
        var all = new List<LockedMember>();
        foreach (var registration in contract.Registrations)
        {
            if (registration.Name is null || registration.Kind is not (RegistrationKind.Variable or RegistrationKind.Function))
            {
                continue;
            }

            var section = registration.Kind == RegistrationKind.Variable ? LockSections.Variables : LockSections.Functions;
            var facts = FactsOf(registration);
            var items = EquatableArray<LockedItem>.Empty;
            if (registration.Kind == RegistrationKind.Function && ArgumentsOf(contract, registration.Name) is { } arguments)
            {
                items = LockMemberBuilders.AddArgumentFacts(arguments, facts);
            }

            all.Add(new LockedMember(section.Name, registration.Name, InSectionOrder(section, facts), registration.Location, items));
        }

        LockMemberBuilders.AddEvents(contract.EventsOrEmpty, all);
        LockMemberBuilders.AddData(contract.Data ?? DeviceDataContract.Empty, all);
        var members = new List<LockedMember>(all.Count);
        var seen = new HashSet<(string Section, string Name)>();
        foreach (var member in all)
        {
            if (seen.Add((member.Section, member.Name)))
            {
                members.Add(member);
            }
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

    /// <summary>The facts in the section's property order (wire, then cosmetic), as the reader returns them.</summary>
    public static EquatableArray<LockedFact> InSectionOrder(LockSection section, List<LockedFact> facts)
    {
        var ordered = new List<LockedFact>(facts.Count);
        AddInOrder(section.WireProperties, facts, ordered);
        AddInOrder(section.CosmeticProperties, facts, ordered);
        return ordered.ToEquatableArray();
    }

    private static void AddInOrder(System.Collections.Immutable.ImmutableArray<string> keys, List<LockedFact> facts, List<LockedFact> ordered)
    {
        foreach (var key in keys)
        {
            foreach (var fact in facts)
            {
                if (fact.Key == key)
                {
                    ordered.Add(fact);
                    break;
                }
            }
        }
    }

    private static FunctionArgumentContract? ArgumentsOf(DeviceContract contract, string name)
    {
        foreach (var arguments in contract.FunctionArguments)
        {
            if (arguments.FunctionName == name)
            {
                return arguments;
            }
        }

        return null;
    }

    /// <summary>The facts every variable and function has; the function's argument facts follow them.</summary>
    private static List<LockedFact> FactsOf(Registration registration)
    {
        var facts = new List<LockedFact>(8);
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

        return facts;
    }

    /// <summary>Sorts contracts by name (ordinal) into a lock.</summary>
    public static ContractLock ToLock(IEnumerable<LockedContract> contracts, string? path = null)
    {
        var list = new List<LockedContract>(contracts);
        list.Sort(static (left, right) => string.CompareOrdinal(left.Name, right.Name));
        return new ContractLock(list.ToEquatableArray(), path);
    }
}
