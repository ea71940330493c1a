using System.Globalization;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Checks a ledger instance's scope value against the caller and the namespace, and finds a device's own scope values.</summary>
internal sealed class LedgerScopes(CloudState cloud)
{
    /// <summary>
    /// The scope value of a route: a device ID (Device), a product ID (Product), or the owner (Owner: the sandbox user's
    /// ID or username, or the organization's slug). Unknown or foreign values get 403 like unknown devices.
    /// </summary>
    public LedgerScopeValue Resolve(LedgerNamespace ns, string scope, string value) => scope switch
    {
        "Device" => ResolveDevice(ns, value),
        "Product" => ResolveProduct(ns, value),
        _ => ResolveOwner(ns, value),
    };

    /// <summary>The ledger namespace a device sees: its product's organization, or its owner's sandbox.</summary>
    public LedgerNamespace NamespaceOf(SimulatedDevice device) =>
        cloud.Organizations.OwnerOf(device.ProductId) is { } organization
            ? new LedgerNamespace(device.Owner, organization)
            : new LedgerNamespace(device.Owner, null);

    /// <summary>The instance of a <paramref name="scope"/> ledger that belongs to <paramref name="device"/>.</summary>
    public static LedgerScopeValue ForDevice(SimulatedDevice device, LedgerNamespace ns, string scope) => scope switch
    {
        "Device" => new LedgerScopeValue(scope, device.Id, device.Name),
        "Product" => device.ProductId is { } product
            ? new LedgerScopeValue(scope, product.ToString(CultureInfo.InvariantCulture), null)
            : throw CloudRejection.BadRequest($"Device '{device.Name}' is in no product, so it has no product ledger instance."),
        _ => OwnerValue(ns),
    };

    private LedgerScopeValue ResolveDevice(LedgerNamespace ns, string value)
    {
        var device = cloud.FindById(value) ?? throw CloudRejection.Forbidden();
        var allowed = ns.Organization is { } organization
            ? device.ProductId is { } product && organization.Products.Contains(product)
            : device.Owner == ns.Username || (device.ProductId is { } p && cloud.HasProductAccess(p, ns.Username));
        return allowed ? new LedgerScopeValue("Device", device.Id, device.Name) : throw CloudRejection.Forbidden();
    }

    private LedgerScopeValue ResolveProduct(LedgerNamespace ns, string value)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var product) || !cloud.ProductExists(product))
        {
            throw CloudRejection.NotFound("Product not found");
        }

        var allowed = ns.Organization is { } organization ? organization.Products.Contains(product) : cloud.HasProductAccess(product, ns.Username);
        return allowed ? new LedgerScopeValue("Product", product.ToString(CultureInfo.InvariantCulture), null) : throw CloudRejection.Forbidden();
    }

    private static LedgerScopeValue ResolveOwner(LedgerNamespace ns, string value)
    {
        var owner = OwnerValue(ns);
        var matches = ns.Organization is null
            ? string.Equals(value, owner.Value, StringComparison.OrdinalIgnoreCase) || string.Equals(value, ns.Username, StringComparison.Ordinal)
            : string.Equals(value, owner.Value, StringComparison.OrdinalIgnoreCase);
        return matches ? owner : throw CloudRejection.Forbidden();
    }

    private static LedgerScopeValue OwnerValue(LedgerNamespace ns) => ns.Organization is { } organization
        ? new LedgerScopeValue("Owner", organization.Slug, organization.Slug)
        : new LedgerScopeValue("Owner", UserIds.FromUsername(ns.Username), ns.Username);
}
