using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Lock;

/// <summary>How a change affects apps and devices already in the field.</summary>
internal enum ChangeCategory
{
    /// <summary>Seen on the wire: apps built against the old contract fail (404, wrong type).</summary>
    Breaking,

    /// <summary>New members: old apps keep working; new apps can use more.</summary>
    Additive,

    /// <summary>Invisible on the wire: C++ type, registration form, folder, product version, a return code's name.</summary>
    Cosmetic,
}

/// <summary>What changed.</summary>
internal enum ChangeKind
{
    MemberAdded,
    MemberRemoved,
    PropertyChanged,
    ContractAdded,
    ContractRemoved,
    ContractRenamed,
    ItemAdded,
    ItemRemoved,
    ItemChanged,
    RootChanged,
    ProductVersionChanged,
}

/// <summary>One difference between an old and a new contract.</summary>
/// <param name="Category">Breaking, additive or cosmetic.</param>
/// <param name="Kind">What changed.</param>
/// <param name="Contract">The contract's name (the new name when it was renamed).</param>
/// <param name="Noun">The member kind (<c>variable</c>, <c>function</c>), or <c>contract</c>.</param>
/// <param name="Member">The member's cloud name, or null for a contract-level change.</param>
/// <param name="Property">The changed property (<c>type</c>, <c>cppType</c>), or for an item <c>list.key</c> (<c>words.kelvin</c>) and <c>list.key.property</c>; else null.</param>
/// <param name="OldValue">The old value, when one applies.</param>
/// <param name="NewValue">The new value, when one applies.</param>
/// <param name="Description">One line for people: what changed, with a rename hint when one is likely.</param>
/// <param name="Consequence">What apps built against the old contract see (breaking changes), else null.</param>
/// <param name="Location">The new firmware registration, or the old lock entry for removals; null when unknown.</param>
/// <param name="Detail">For a change inside a member (a payload field, a word, a return code): what changed in it, without the member (<c>word 'kelvin' removed</c>); else null.</param>
internal sealed record ContractChange(
    ChangeCategory Category,
    ChangeKind Kind,
    string Contract,
    string Noun,
    string? Member,
    string? Property,
    string? OldValue,
    string? NewValue,
    string Description,
    string? Consequence,
    FirmwareLocation? Location,
    string? Detail = null);

/// <summary>The changes of one contract between two sides, with both product versions.</summary>
/// <param name="Contract">The contract's name.</param>
/// <param name="OldProductVersion">The old side's <c>PRODUCT_VERSION</c>.</param>
/// <param name="NewProductVersion">The new side's <c>PRODUCT_VERSION</c>.</param>
/// <param name="Changes">Breaking changes first, then additive, then cosmetic; each in member order.</param>
internal sealed record ContractDiff(
    string Contract,
    int? OldProductVersion,
    int? NewProductVersion,
    EquatableArray<ContractChange> Changes)
{
    /// <summary>True when the new side declares a higher <c>PRODUCT_VERSION</c> than the old one.</summary>
    public bool ProductVersionIncreased =>
        NewProductVersion is { } newVersion && (OldProductVersion is null || newVersion > OldProductVersion.Value);

    /// <summary>True when a breaking change is not covered by a <c>PRODUCT_VERSION</c> increase.</summary>
    public bool HasUnversionedBreakingChange
    {
        get
        {
            if (ProductVersionIncreased)
            {
                return false;
            }

            foreach (var change in Changes)
            {
                if (change.Category == ChangeCategory.Breaking)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
