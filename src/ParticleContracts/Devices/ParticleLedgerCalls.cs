using System.ComponentModel;
using System.Text.Json.Nodes;

namespace ParticleContracts;

/// <summary>
/// The ledger calls generated device proxies make: an instance's data read into, or written from, the ledger's
/// generated record. Kept here so the generated members stay one line each and the logic is ordinary tested code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleLedgerCalls
{
    /// <summary>Reads one ledger instance and converts its data with <paramref name="read"/>.</summary>
    /// <typeparam name="TData">The ledger's generated record.</typeparam>
    /// <param name="client">The cloud client.</param>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">The instance: the device ID, product ID or owner ID, as the ledger's scope says.</param>
    /// <param name="read">Converts the instance's data.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<TData> GetAsync<TData>(ParticleCloudClient client, string ledgerName, string scopeValue, Func<JsonObject, TData> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(read);
        var instance = await client.GetLedgerInstanceAsync(ledgerName, scopeValue, organization: null, cancellationToken).ConfigureAwait(false);
        return read(instance.Data);
    }

    /// <summary>Writes one ledger instance from its record (<paramref name="write"/>) and returns the stored data.</summary>
    /// <typeparam name="TData">The ledger's generated record.</typeparam>
    /// <param name="client">The cloud client.</param>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">The instance: the device ID, product ID or owner ID.</param>
    /// <param name="data">The data; properties left null are not sent.</param>
    /// <param name="write">Converts the record to JSON.</param>
    /// <param name="read">Converts the stored data back.</param>
    /// <param name="mode">Merge into the stored data, or replace it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<TData> SetAsync<TData>(
        ParticleCloudClient client,
        string ledgerName,
        string scopeValue,
        TData data,
        Func<TData, JsonObject> write,
        Func<JsonObject, TData> read,
        ParticleLedgerSetMode mode,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(read);
        var stored = await client.SetLedgerInstanceAsync(ledgerName, scopeValue, write(data), mode, organization: null, cancellationToken).ConfigureAwait(false);
        return read(stored.Data);
    }

    /// <summary>Lists the earlier versions of one ledger instance, each converted with <paramref name="read"/>.</summary>
    /// <typeparam name="TData">The ledger's generated record.</typeparam>
    /// <param name="client">The cloud client.</param>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">The instance: the device ID, product ID or owner ID.</param>
    /// <param name="read">Converts each version's data.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<IReadOnlyList<ParticleLedgerInstance<TData>>> GetVersionsAsync<TData>(ParticleCloudClient client, string ledgerName, string scopeValue, Func<JsonObject, TData> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(read);
        var list = await client.ListLedgerInstanceVersionsAsync(ledgerName, scopeValue, organization: null, cancellationToken: cancellationToken).ConfigureAwait(false);
        var versions = new List<ParticleLedgerInstance<TData>>(list.Versions.Count);
        foreach (var version in list.Versions)
        {
            versions.Add(new ParticleLedgerInstance<TData>
            {
                Name = version.Name,
                Scope = version.Scope,
                Data = read(version.Data),
                SizeBytes = version.SizeBytes,
                CreatedAt = version.CreatedAt,
                UpdatedAt = version.UpdatedAt,
                ReplacedAt = version.ReplacedAt,
                Version = version.Version,
            });
        }

        return versions;
    }
}
