using System.Collections.Immutable;

namespace ParticleContracts.Generators.Lock;

/// <summary>How the items of a <see cref="LockList"/> are identified and written.</summary>
internal enum LockItemKey
{
    /// <summary>By name, written as <c>"name"</c> (payload fields, JSON keys, ledger keys).</summary>
    Named,

    /// <summary>By an integer, written as <c>"value"</c> (return codes).</summary>
    Numbered,

    /// <summary>By 1-based position; the key is not written, the array order is the position (positional fields).</summary>
    Positional,

    /// <summary>The item is one bare string (argument words).</summary>
    Bare,
}

/// <summary>
/// A list inside a lock member (<c>fields</c> of a published event, <c>words</c> and <c>returnCodes</c> of a function,
/// <c>keys</c> of a ledger): how its items are identified, which of their properties the wire sees, and what adding or
/// removing one means for apps built against the lock.
/// </summary>
/// <param name="Name">The JSON array name in the member object.</param>
/// <param name="Noun">The item kind in messages (<c>payload field</c>).</param>
/// <param name="Key">How items are identified.</param>
/// <param name="WireProperties">Item properties whose change breaks apps (a field's type).</param>
/// <param name="CosmeticProperties">Item properties invisible on the wire (a return code's constant name).</param>
/// <param name="Removal">The category of a removed item.</param>
/// <param name="Addition">The category of an added item (breaking for positional fields: the count changed).</param>
/// <param name="Guard">
/// A member property both sides must record with the same value before items are compared (<c>argument</c>: words
/// are compared only when both sides take words); null when items are always compared.
/// </param>
/// <param name="OnlyWhenBothListed">True when an empty list means "not known" rather than "none" (return codes of a handler that returns a computed value).</param>
/// <param name="RemovalConsequence">What apps built against the lock see when an item is removed or added as a breaking change.</param>
/// <param name="ChangeConsequence">What apps built against the lock see when a wire property of an item changes.</param>
internal sealed record LockList(
    string Name,
    string Noun,
    LockItemKey Key,
    ImmutableArray<string> WireProperties,
    ImmutableArray<string> CosmeticProperties,
    ChangeCategory Removal,
    ChangeCategory Addition,
    string? Guard,
    bool OnlyWhenBothListed,
    string RemovalConsequence,
    string ChangeConsequence)
{
    /// <summary>The JSON property that holds the key (<c>name</c>, <c>value</c>), or null for positional and bare items.</summary>
    public string? KeyProperty => Key switch
    {
        LockItemKey.Named => "name",
        LockItemKey.Numbered => "value",
        _ => null,
    };
}
