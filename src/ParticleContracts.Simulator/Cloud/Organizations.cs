using System.Collections.Concurrent;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Organizations (<c>/v1/orgs/:org/...</c>): a slug, the accounts that are members and the products it owns.</summary>
internal sealed class Organizations
{
    private readonly ConcurrentDictionary<string, Organization> _bySlug = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string slug, IEnumerable<string> members, IEnumerable<int> products) =>
        _bySlug[slug] = new Organization(slug, [.. members], [.. products]);

    public Organization? Find(string slug) => _bySlug.TryGetValue(slug, out var organization) ? organization : null;

    /// <summary>The organization that owns a product, or null for a product without one.</summary>
    public Organization? OwnerOf(int? productId)
    {
        if (productId is not { } id)
        {
            return null;
        }

        foreach (var organization in _bySlug.Values)
        {
            if (organization.Products.Contains(id))
            {
                return organization;
            }
        }

        return null;
    }

    /// <summary>The organization of a route for <paramref name="username"/>: 404 when unknown, 403 when not a member.</summary>
    public Organization Resolve(string slug, string username)
    {
        var organization = Find(slug) ?? throw CloudRejection.NotFound("Organization not found");
        return organization.Members.Contains(username) ? organization : throw CloudRejection.Forbidden();
    }
}

/// <summary>One organization.</summary>
internal sealed record Organization(string Slug, HashSet<string> Members, HashSet<int> Products);
