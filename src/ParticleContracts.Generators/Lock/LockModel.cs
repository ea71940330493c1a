using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// A contract lock: the wire-relevant shape of one or more device contracts, as recorded in
/// <c>particle-contracts.lock.json</c> or built from firmware. Compared by value.
/// </summary>
/// <param name="Contracts">Every contract, ordinal name order.</param>
/// <param name="Path">The lock file's path when read from a file (for diagnostics), else null.</param>
internal sealed record ContractLock(EquatableArray<LockedContract> Contracts, string? Path);

/// <summary>One contract in a lock.</summary>
/// <param name="Name">The contract name (<c>WeatherStation</c>).</param>
/// <param name="Root">The project folder, relative to the lock file (<c>.</c> when it is the lock's own folder).</param>
/// <param name="ProductVersion">The firmware's <c>PRODUCT_VERSION(n)</c>, or null when none is declared.</param>
/// <param name="Members">Every member of every section, in section order then ordinal name order.</param>
/// <param name="Location">Where the contract is (its lock entry, or its first firmware file); not written to the lock.</param>
internal sealed record LockedContract(
    string Name,
    string Root,
    int? ProductVersion,
    EquatableArray<LockedMember> Members,
    FirmwareLocation? Location);

/// <summary>One variable, function, published event, subscription, ledger or environment variable of a contract.</summary>
/// <param name="Section">The lock section it belongs to (<see cref="LockSection.Name"/>: <c>variables</c>, <c>functions</c>...).</param>
/// <param name="Name">The cloud name (for events with a run-time part: the constant text with <c>*</c> for the rest).</param>
/// <param name="Facts">Its recorded properties in the section's property order (the type, the C++ type, the form...).</param>
/// <param name="Location">The firmware registration or the lock entry; not written to the lock.</param>
/// <param name="Items">The entries of its lists (payload fields, words, return codes, keys), list order then item order.</param>
internal sealed record LockedMember(
    string Section,
    string Name,
    EquatableArray<LockedFact> Facts,
    FirmwareLocation? Location,
    EquatableArray<LockedItem> Items = default)
{
    /// <summary>The value of the property <paramref name="key"/>, or null when it is not recorded.</summary>
    public string? Fact(string key)
    {
        foreach (var fact in Facts)
        {
            if (fact.Key == key)
            {
                return fact.Value;
            }
        }

        return null;
    }
}

/// <summary>One recorded property of a member, as its JSON name and string value.</summary>
internal readonly record struct LockedFact(string Key, string Value);

/// <summary>
/// One entry of a member's list (<see cref="LockList"/>): a payload field, an argument word or field, a return code,
/// a ledger key. Items pair up across two sides by list and key.
/// </summary>
/// <param name="List">The list's JSON name (<c>fields</c>, <c>words</c>, <c>returnCodes</c>, <c>keys</c>).</param>
/// <param name="Key">What identifies it: the field or key name, the word, the return value, or the 1-based position.</param>
/// <param name="Facts">Its other recorded properties (<c>type</c>, <c>name</c>).</param>
internal readonly record struct LockedItem(string List, string Key, EquatableArray<LockedFact> Facts)
{
    /// <summary>The value of the property <paramref name="key"/>, or null when it is not recorded.</summary>
    public string? Fact(string key)
    {
        foreach (var fact in Facts)
        {
            if (fact.Key == key)
            {
                return fact.Value;
            }
        }

        return null;
    }
}
