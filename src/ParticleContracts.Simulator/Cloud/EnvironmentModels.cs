namespace ParticleContracts.Simulator.Cloud;

/// <summary>One Set or Unset operation of an environment change.</summary>
internal sealed record EnvironmentOperation(bool IsSet, string Key, string? Value);

/// <summary>An inherited value and the scope kind it comes from (<c>Owner</c> or <c>Product</c>).</summary>
internal sealed record InheritedValue(string From, string Value);

/// <summary>The variables of a scope at one moment: its own, and those inherited from the scopes above.</summary>
internal sealed record EnvironmentLayer(
    IReadOnlyDictionary<string, string> Own,
    IReadOnlyDictionary<string, InheritedValue> Inherited,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    string? CreatedBy,
    string? UpdatedBy)
{
    /// <summary>Inherited values overridden by own ones, in ordinal key order.</summary>
    public SortedDictionary<string, string> Rendered()
    {
        var rendered = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Inherited)
        {
            rendered[key] = value.Value;
        }

        foreach (var (key, value) in Own)
        {
            rendered[key] = value;
        }

        return rendered;
    }
}

/// <summary>What the last rollout of a scope delivered.</summary>
internal sealed record EnvironmentSnapshot(EnvironmentLayer Layer, DateTimeOffset RolloutAt, string RolloutBy);

/// <summary>The values a device runs with, and when it applied them.</summary>
internal sealed record DeviceEnvironmentView(IReadOnlyDictionary<string, string> Applied, DateTimeOffset? AppliedAt, bool HasPending);

/// <summary>A scope as the list route reports it.</summary>
internal sealed record EnvironmentListing(EnvironmentLayer Latest, EnvironmentSnapshot? LastSnapshot, DeviceEnvironmentView? OnDevice);

/// <summary>One difference between two renderings.</summary>
internal sealed record EnvironmentChange(string Op, string Key, string? Before, string? After);

/// <summary>Changes from one rendering to another, and the keys that stay.</summary>
internal sealed record EnvironmentDiff(IReadOnlyList<EnvironmentChange> Changes, IReadOnlyDictionary<string, string> Unchanged)
{
    public static EnvironmentDiff Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        var changes = new List<EnvironmentChange>();
        var unchanged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.TryGetValue(key, out var old);
            var has = after.TryGetValue(key, out var now);
            if (had && has && old == now)
            {
                unchanged[key] = now!;
            }
            else
            {
                changes.Add(new EnvironmentChange(!had ? "Added" : !has ? "Removed" : "Changed", key, old, now));
            }
        }

        return new EnvironmentDiff(changes, unchanged);
    }
}
