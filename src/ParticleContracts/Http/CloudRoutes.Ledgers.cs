namespace ParticleContracts.Http;

/// <summary>
/// Ledger routes: <c>/v1/ledgers/...</c> in the sandbox, <c>/v1/orgs/:org/ledgers/...</c> for an organization.
/// There are no product ledger routes; a product instance is addressed by its scope value.
/// </summary>
internal static partial class CloudRoutes
{
    public static CloudRoute Ledgers(string? organization) => organization is null
        ? new("/v1/ledgers", "/v1/ledgers")
        : new("/v1/orgs/{org}/ledgers", $"/v1/orgs/{Segment(organization, nameof(organization))}/ledgers");

    public static CloudRoute Ledger(string? organization, string ledgerName) =>
        Append(Ledgers(organization), "{ledgerName}", ledgerName, nameof(ledgerName));

    public static CloudRoute LedgerInstances(string? organization, string ledgerName)
    {
        var ledger = Ledger(organization, ledgerName);
        return new(ledger.Template + "/instances", ledger.Path + "/instances");
    }

    public static CloudRoute LedgerInstance(string? organization, string ledgerName, string scopeValue) =>
        Append(LedgerInstances(organization, ledgerName), "{scopeValue}", scopeValue, nameof(scopeValue));

    public static CloudRoute LedgerVersions(string? organization, string ledgerName, string scopeValue)
    {
        var instance = LedgerInstance(organization, ledgerName, scopeValue);
        return new(instance.Template + "/versions", instance.Path + "/versions");
    }

    public static CloudRoute LedgerVersion(string? organization, string ledgerName, string scopeValue, string version) =>
        Append(LedgerVersions(organization, ledgerName, scopeValue), "{version}", version, nameof(version));

    private static CloudRoute Append(CloudRoute parent, string placeholder, string value, string parameterName) =>
        new(parent.Template + "/" + placeholder, parent.Path + "/" + Segment(value, parameterName));
}
