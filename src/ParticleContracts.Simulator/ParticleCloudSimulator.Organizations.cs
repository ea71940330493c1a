namespace ParticleContracts.Simulator;

public sealed partial class ParticleCloudSimulator
{
    /// <summary>
    /// Adds an organization for the <c>/v1/orgs/:org/...</c> ledger and environment routes. Its members may use those
    /// routes; the devices of its products see its ledgers and inherit its environment variables (precedence:
    /// organization ← product ← device). Devices outside any organization see their owner's sandbox instead.
    /// </summary>
    /// <param name="slug">The organization slug used in routes, e.g. <c>acme</c>.</param>
    /// <param name="productIds">The products it owns.</param>
    /// <param name="members">The accounts that belong to it; null means just <see cref="Username"/>.</param>
    public void AddOrganization(string slug, IEnumerable<int>? productIds = null, IEnumerable<string>? members = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        _cloud.Organizations.Add(slug, members ?? [Username], productIds ?? []);
    }
}
