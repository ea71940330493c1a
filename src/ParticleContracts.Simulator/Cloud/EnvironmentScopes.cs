using System.Globalization;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>One environment variable scope: the sandbox of a user, an organization, a product or a device.</summary>
/// <param name="Key">The store key, e.g. <c>product:30301</c>.</param>
/// <param name="Username">For a sandbox, its user; otherwise the caller.</param>
/// <param name="Organization">The organization of an organization scope.</param>
/// <param name="ProductId">The product of a product scope.</param>
/// <param name="Device">The device of a device scope.</param>
internal sealed record EnvironmentScope(string Key, string Username, Organization? Organization = null, int? ProductId = null, SimulatedDevice? Device = null);

/// <summary>
/// Resolves route scopes against the caller and knows the precedence chain: organization (or the owner's sandbox) ←
/// product ← device. A product outside any organization inherits nothing; its devices inherit their owner's sandbox.
/// </summary>
internal sealed class EnvironmentScopes(CloudState cloud)
{
    public static EnvironmentScope Sandbox(string username) => new("user:" + username, username);

    public EnvironmentScope Organization(string slug, string username)
    {
        var organization = cloud.Organizations.Resolve(slug, username);
        return new("org:" + organization.Slug.ToLowerInvariant(), username, Organization: organization);
    }

    public EnvironmentScope Product(string idOrSlug, string username)
    {
        var product = cloud.ResolveProduct(idOrSlug) ?? throw CloudRejection.NotFound("Product not found");
        return cloud.HasProductAccess(product, username) || cloud.Organizations.OwnerOf(product)?.Members.Contains(username) == true
            ? ForProduct(product, username)
            : throw CloudRejection.Forbidden();
    }

    public EnvironmentScope Device(string deviceId, string username)
    {
        var device = cloud.FindById(deviceId) ?? throw CloudRejection.Forbidden();
        var allowed = device.Owner == username
            || (device.ProductId is { } product && (cloud.HasProductAccess(product, username) || cloud.Organizations.OwnerOf(product)?.Members.Contains(username) == true));
        return allowed ? ForDevice(device) : throw CloudRejection.Forbidden();
    }

    public static EnvironmentScope ForDevice(SimulatedDevice device) => new("device:" + device.Id, device.Owner, Device: device);

    /// <summary>The scopes a scope inherits from, lowest precedence first, each with the origin name the cloud reports.</summary>
    public IReadOnlyList<(EnvironmentScope Scope, string From)> Parents(EnvironmentScope scope)
    {
        if (scope.Device is { } device)
        {
            var parents = new List<(EnvironmentScope, string)>();
            var organization = cloud.Organizations.OwnerOf(device.ProductId);
            parents.Add((organization is null ? Sandbox(device.Owner) : OrganizationScope(organization, device.Owner), "Owner"));
            if (device.ProductId is { } product)
            {
                parents.Add((ForProduct(product, device.Owner), "Product"));
            }

            return parents;
        }

        if (scope.ProductId is { } productId && cloud.Organizations.OwnerOf(productId) is { } owner)
        {
            return [(OrganizationScope(owner, scope.Username), "Owner")];
        }

        return [];
    }

    /// <summary>The devices whose variables a change to <paramref name="scope"/> reaches.</summary>
    public IReadOnlyList<SimulatedDevice> DevicesUnder(EnvironmentScope scope)
    {
        if (scope.Device is { } device)
        {
            return [device];
        }

        return [.. cloud.Devices.Where(d => Parents(ForDevice(d)).Any(parent => parent.Scope.Key == scope.Key))];
    }

    private static EnvironmentScope ForProduct(int product, string username) =>
        new("product:" + product.ToString(CultureInfo.InvariantCulture), username, ProductId: product);

    private static EnvironmentScope OrganizationScope(Organization organization, string username) =>
        new("org:" + organization.Slug.ToLowerInvariant(), username, Organization: organization);
}
