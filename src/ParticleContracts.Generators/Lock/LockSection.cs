using System.Collections.Immutable;

namespace ParticleContracts.Generators.Lock;

/// <summary>
/// One section of a lock (<c>variables</c>, <c>functions</c>, <c>publishes</c>...): its JSON name, what its members are
/// called, which of their properties the wire sees and which lists they hold. A new kind of member is a new row in
/// <see cref="LockSections.All"/>; readers ignore sections and properties they do not know, so old tools read new locks.
/// </summary>
/// <param name="Name">The JSON array name in each contract object.</param>
/// <param name="Noun">The member kind in messages (<c>variable</c>).</param>
/// <param name="WireProperties">Properties whose change breaks running apps (a changed cloud type).</param>
/// <param name="CosmeticProperties">Properties recorded for readers but invisible on the wire (C++ type, form).</param>
/// <param name="RemovalConsequence">What apps built against the lock see when a member is removed.</param>
/// <param name="ChangeConsequence">What apps built against the lock see when a wire property changes.</param>
/// <param name="Lists">The lists its members hold (payload fields, words, return codes, keys), in written order.</param>
internal sealed record LockSection(
    string Name,
    string Noun,
    ImmutableArray<string> WireProperties,
    ImmutableArray<string> CosmeticProperties,
    string RemovalConsequence,
    string ChangeConsequence,
    ImmutableArray<LockList> Lists)
{
    /// <summary>The list called <paramref name="name"/>, or null.</summary>
    public LockList? FindList(string name)
    {
        foreach (var list in Lists)
        {
            if (list.Name == name)
            {
                return list;
            }
        }

        return null;
    }
}

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

    /// <summary>A function's argument grammar: <c>text</c>, <c>none</c>, <c>integer</c>, <c>number</c>, <c>words</c>, <c>fields</c>, <c>json</c>.</summary>
    public const string ArgumentProperty = "argument";

    /// <summary>A published event's payload: <c>none</c>, <c>text</c>, <c>json</c>, <c>scalar</c>, <c>bytes</c>.</summary>
    public const string PayloadProperty = "payload";

    /// <summary>True when a function's words are compared ignoring case.</summary>
    public const string IgnoreCaseProperty = "ignoreCase";

    /// <summary>The text between a function's positional fields.</summary>
    public const string SeparatorProperty = "separator";

    /// <summary>A ledger's direction: <c>cloud-to-device</c>, <c>device-to-cloud</c>, <c>unknown</c>.</summary>
    public const string DirectionProperty = "direction";

    private const string Breaks = "apps built against the lock ";

    public static readonly LockSection Variables = new(
        "variables",
        "variable",
        ImmutableArray.Create(TypeProperty),
        ImmutableArray.Create("cppType", "form", ConditionalProperty),
        Breaks + "will get 404 Unknown Variable",
        Breaks + "will read the value as the wrong type",
        ImmutableArray<LockList>.Empty);

    public static readonly LockSection Functions = new(
        "functions",
        "function",
        ImmutableArray.Create(ArgumentProperty, SeparatorProperty, IgnoreCaseProperty),
        ImmutableArray.Create("cppType", "form", ConditionalProperty),
        Breaks + "will get 404 Function not found",
        Breaks + "will send arguments the function no longer accepts",
        ImmutableArray.Create(
            ItemList("words", "word", LockItemKey.Bare, ChangeCategory.Additive, ArgumentProperty, Breaks + "will send a word the function no longer accepts"),
            ItemList("fields", "argument field", LockItemKey.Positional, ChangeCategory.Breaking, ArgumentProperty, Breaks + "will send the wrong number of fields"),
            ItemList("keys", "argument key", LockItemKey.Named, ChangeCategory.Additive, ArgumentProperty, Breaks + "will send a key the function no longer reads"),
            new LockList(
                "returnCodes",
                "return code",
                LockItemKey.Numbered,
                ImmutableArray<string>.Empty,
                ImmutableArray.Create("name"),
                ChangeCategory.Breaking,
                ChangeCategory.Additive,
                null,
                true,
                Breaks + "will check for a return code the function no longer returns",
                string.Empty)));

    public static readonly LockSection Publishes = new(
        "publishes",
        "published event",
        ImmutableArray.Create(PayloadProperty, TypeProperty),
        ImmutableArray.Create("form", "flags", ConditionalProperty),
        Breaks + "will no longer receive it",
        Breaks + "will read its payload with the wrong shape",
        ImmutableArray.Create(ItemList("fields", "payload field", LockItemKey.Named, ChangeCategory.Additive, PayloadProperty, Breaks + "will no longer find the field in the payload") with
        {
            WireProperties = ImmutableArray.Create(TypeProperty, ConditionalProperty),
        }));

    public static readonly LockSection Subscriptions = new(
        "subscriptions",
        "subscription",
        ImmutableArray<string>.Empty,
        ImmutableArray.Create("form", ConditionalProperty),
        "events apps built against the lock publish to it will no longer reach the device",
        string.Empty,
        ImmutableArray<LockList>.Empty);

    public static readonly LockSection Ledgers = new(
        "ledgers",
        "ledger",
        ImmutableArray.Create(DirectionProperty),
        ImmutableArray<string>.Empty,
        Breaks + "will read or write a ledger the device no longer uses",
        Breaks + "will write data the device never reads, or wait for data it no longer writes",
        ImmutableArray.Create(ItemList("keys", "ledger key", LockItemKey.Named, ChangeCategory.Additive, null, Breaks + "will read or write a key the device no longer uses")));

    public static readonly LockSection Environment = new(
        "environment",
        "environment variable",
        ImmutableArray.Create(TypeProperty),
        ImmutableArray.Create("default"),
        "values set for it in the cloud are no longer read by the device",
        "values set for it in the cloud will be decoded as the wrong type",
        ImmutableArray<LockList>.Empty);

    /// <summary>Every section, in the order they are written and compared.</summary>
    public static readonly ImmutableArray<LockSection> All = ImmutableArray.Create(Variables, Functions, Publishes, Subscriptions, Ledgers, Environment);

    /// <summary>True for properties written as JSON literals (<c>true</c>, numbers) rather than strings.</summary>
    public static bool IsLiteral(string key) => key is ConditionalProperty or IgnoreCaseProperty or "value";

    private static LockList ItemList(string name, string noun, LockItemKey key, ChangeCategory addition, string? guard, string removalConsequence) =>
        new(
            name,
            noun,
            key,
            key == LockItemKey.Bare ? ImmutableArray<string>.Empty : ImmutableArray.Create(TypeProperty),
            key == LockItemKey.Positional ? ImmutableArray.Create("name") : ImmutableArray<string>.Empty,
            ChangeCategory.Breaking,
            addition,
            guard,
            false,
            removalConsequence,
            Breaks + "will send or read it as the wrong type");

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
