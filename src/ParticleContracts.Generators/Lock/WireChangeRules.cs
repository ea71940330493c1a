namespace ParticleContracts.Generators.Lock;

/// <summary>
/// How a changed property is classed. A wire property change breaks apps unless the new value accepts everything the
/// old one did (a function that now takes any text), or the old side did not know the value (a lock written before
/// the property existed, an <c>unknown</c> ledger direction or key type), which is additive. A grammar detail
/// (separator, ignore-case, a scalar payload's type) is not reported when the grammar or payload kind itself changed:
/// that change is the one to report.
/// </summary>
internal static class WireChangeRules
{
    /// <summary>The category of a change of <paramref name="key"/>, or null when it is not to be reported.</summary>
    public static ChangeCategory? Classify(LockSection section, string key, LockedMember before, LockedMember after)
    {
        var oldValue = before.Fact(key);
        var newValue = after.Fact(key);
        if (oldValue == newValue)
        {
            return null;
        }

        if (!section.WireProperties.Contains(key))
        {
            return ChangeCategory.Cosmetic;
        }

        if (ReferenceEquals(section, LockSections.Variables))
        {
            return ChangeCategory.Breaking;
        }

        if (DetailOf(section, key) is { } kind && before.Fact(kind) != after.Fact(kind))
        {
            return null;
        }

        if (key == LockSections.IgnoreCaseProperty)
        {
            // Recorded only when true: words that ignored case and no longer do refuse some arguments.
            return newValue is null ? ChangeCategory.Breaking : ChangeCategory.Additive;
        }

        if (oldValue is null || oldValue == "unknown")
        {
            return ChangeCategory.Additive;
        }

        if (newValue is null)
        {
            // The firmware no longer shows it (a handler body not found): not known to have changed.
            return ChangeCategory.Cosmetic;
        }

        return key switch
        {
            LockSections.ArgumentProperty => AcceptsAll(newValue, oldValue) ? ChangeCategory.Additive : ChangeCategory.Breaking,
            LockSections.PayloadProperty => oldValue == "text" ? ChangeCategory.Additive : ChangeCategory.Breaking,
            _ => ChangeCategory.Breaking,
        };
    }

    /// <summary>What apps built against the lock see when a payload field becomes conditional.</summary>
    public const string ConditionalConsequence = "apps built against the lock will expect a field the device no longer always sends";

    /// <summary>
    /// The category of an item's changed wire property: a field's or key's type (breaking unless it was unknown), or a
    /// payload field's <c>conditional</c> (breaking when the field becomes conditional, additive when it is now always sent).
    /// </summary>
    public static ChangeCategory ClassifyItem(string key, string? oldValue, string? newValue)
    {
        if (key == LockSections.ConditionalProperty)
        {
            return newValue == "true" ? ChangeCategory.Breaking : ChangeCategory.Additive;
        }

        return oldValue is null || oldValue == "unknown" ? ChangeCategory.Additive : ChangeCategory.Breaking;
    }

    /// <summary>
    /// True when an argument of grammar <paramref name="newKind"/> accepts every argument of <paramref name="oldKind"/>:
    /// any text or an ignored argument accepts all, a number accepts an integer.
    /// </summary>
    public static bool AcceptsAll(string newKind, string oldKind) =>
        newKind is "text" or "none" || (newKind == "number" && oldKind == "integer");

    /// <summary>For a property that details another (<c>separator</c> of <c>argument</c>): that property; else null.</summary>
    private static string? DetailOf(LockSection section, string key)
    {
        if (ReferenceEquals(section, LockSections.Functions) && key != LockSections.ArgumentProperty)
        {
            return LockSections.ArgumentProperty;
        }

        return ReferenceEquals(section, LockSections.Publishes) && key == LockSections.TypeProperty ? LockSections.PayloadProperty : null;
    }
}
