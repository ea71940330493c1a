using System.Collections.Immutable;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// One section of a lock (<c>variables</c>, <c>functions</c>): its JSON name, what its members are called and which of
/// their properties the wire sees. A new kind of member (events, ledgers, environment variables) is a new row in
/// <see cref="LockSections.All"/>; readers ignore sections and properties they do not know, so old tools read new locks.
/// </summary>
/// <param name="Name">The JSON array name in each contract object.</param>
/// <param name="Noun">The member kind in messages (<c>variable</c>).</param>
/// <param name="WireProperties">Properties whose change breaks running apps (a changed cloud type).</param>
/// <param name="CosmeticProperties">Properties recorded for readers but invisible on the wire (C++ type, form).</param>
/// <param name="RemovalConsequence">What apps built against the lock see when a member is removed.</param>
/// <param name="ChangeConsequence">What apps built against the lock see when a wire property changes.</param>
internal sealed record LockSection(
    string Name,
    string Noun,
    ImmutableArray<string> WireProperties,
    ImmutableArray<string> CosmeticProperties,
    string RemovalConsequence,
    string ChangeConsequence);

/// <summary>The lock file's format: its name, its schema version and its sections.</summary>
internal static class LockSections
{
    /// <summary>The file <c>particle-contracts lock</c> writes and the build picks up beside the firmware.</summary>
    public const string FileName = "particle-contracts.lock.json";

    /// <summary>
    /// The lock's <c>lockVersion</c>. New sections and new optional properties keep the version; it changes only when
    /// an existing property changes meaning, and a reader refuses a lock with a newer version.
    /// </summary>
    public const int SchemaVersion = 1;

    /// <summary>Property names shared by every member.</summary>
    public const string TypeProperty = "type";

    /// <summary>True when the registration sits under a preprocessor condition the reader could not decide.</summary>
    public const string ConditionalProperty = "conditional";

    public static readonly LockSection Variables = new(
        "variables",
        "variable",
        ImmutableArray.Create(TypeProperty),
        ImmutableArray.Create("cppType", "form", ConditionalProperty),
        "apps built against the lock will get 404 Unknown Variable",
        "apps built against the lock will read the value as the wrong type");

    public static readonly LockSection Functions = new(
        "functions",
        "function",
        ImmutableArray<string>.Empty,
        ImmutableArray.Create("cppType", "form", ConditionalProperty),
        "apps built against the lock will get 404 Function not found",
        "apps built against the lock will send arguments the function no longer accepts");

    /// <summary>Every section, in the order they are written and compared.</summary>
    public static readonly ImmutableArray<LockSection> All = ImmutableArray.Create(Variables, Functions);

    /// <summary>The section called <paramref name="name"/>, or null.</summary>
    public static LockSection? Find(string name)
    {
        foreach (var section in All)
        {
            if (section.Name == name)
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>The position of <paramref name="name"/> in <see cref="All"/> (unknown sections sort last).</summary>
    public static int OrderOf(string name)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (All[i].Name == name)
            {
                return i;
            }
        }

        return All.Length;
    }
}
