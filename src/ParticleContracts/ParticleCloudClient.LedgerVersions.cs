using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

// The version history of ledger instances: every write keeps the data it replaced.
public sealed partial class ParticleCloudClient
{
    /// <summary>
    /// Lists earlier versions of a ledger instance (<c>GET /v1/ledgers/:name/instances/:scopeValue/versions</c>),
    /// optionally only those replaced before or after a moment (<c>replaced_before</c>, <c>replaced_after</c>).
    /// </summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="replacedBefore">Only versions replaced before this moment; null for no bound.</param>
    /// <param name="replacedAfter">Only versions replaced after this moment; null for no bound.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The versions, each with its data as a <see cref="JsonObject"/>.</returns>
    public Task<ParticleLedgerVersionList<JsonObject>> ListLedgerInstanceVersionsAsync(string ledgerName, string scopeValue, DateTimeOffset? replacedBefore = null, DateTimeOffset? replacedAfter = null, string? organization = null, CancellationToken cancellationToken = default) =>
        ListVersionsAsync(ledgerName, scopeValue, replacedBefore, replacedAfter, organization, LedgerInstanceReader.AsObject, cancellationToken);

    /// <summary>Lists earlier versions of a ledger instance with typed data (see the untyped overload for the route).</summary>
    /// <typeparam name="T">The data type.</typeparam>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="typeInfo">Metadata for <typeparamref name="T"/>.</param>
    /// <param name="replacedBefore">Only versions replaced before this moment; null for no bound.</param>
    /// <param name="replacedAfter">Only versions replaced after this moment; null for no bound.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The versions with typed data.</returns>
    /// <exception cref="ParticleProtocolException">A version's data does not fit <typeparamref name="T"/>.</exception>
    public Task<ParticleLedgerVersionList<T>> ListLedgerInstanceVersionsAsync<T>(string ledgerName, string scopeValue, JsonTypeInfo<T> typeInfo, DateTimeOffset? replacedBefore = null, DateTimeOffset? replacedAfter = null, string? organization = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return ListVersionsAsync(ledgerName, scopeValue, replacedBefore, replacedAfter, organization, LedgerInstanceReader.As(typeInfo), cancellationToken);
    }

    /// <summary>Reads one earlier version of a ledger instance (<c>GET .../instances/:scopeValue/versions/:version</c>).</summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="version">The version, as <see cref="ParticleLedgerInstance{TData}.Version"/> reports it.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>That version with its data as a <see cref="JsonObject"/>.</returns>
    public Task<ParticleLedgerInstance<JsonObject>> GetLedgerInstanceVersionAsync(string ledgerName, string scopeValue, string version, string? organization = null, CancellationToken cancellationToken = default) =>
        SendInstanceAsync(InstanceRequest(HttpMethod.Get, CloudRoutes.LedgerVersion(organization, ledgerName, scopeValue, version)), ledgerName, scopeValue, LedgerInstanceReader.AsObject, cancellationToken);

    /// <summary>Reads one earlier version of a ledger instance with typed data.</summary>
    /// <typeparam name="T">The data type.</typeparam>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="version">The version, as <see cref="ParticleLedgerInstance{TData}.Version"/> reports it.</param>
    /// <param name="typeInfo">Metadata for <typeparamref name="T"/>.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>That version with typed data.</returns>
    public Task<ParticleLedgerInstance<T>> GetLedgerInstanceVersionAsync<T>(string ledgerName, string scopeValue, string version, JsonTypeInfo<T> typeInfo, string? organization = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return SendInstanceAsync(InstanceRequest(HttpMethod.Get, CloudRoutes.LedgerVersion(organization, ledgerName, scopeValue, version)), ledgerName, scopeValue, LedgerInstanceReader.As(typeInfo), cancellationToken);
    }

    private async Task<ParticleLedgerVersionList<T>> ListVersionsAsync<T>(string ledgerName, string scopeValue, DateTimeOffset? replacedBefore, DateTimeOffset? replacedAfter, string? organization, Func<JsonElement, T> convert, CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (replacedBefore is { } before)
        {
            parameters.Add(new("replaced_before", Timestamp(before)));
        }

        if (replacedAfter is { } after)
        {
            parameters.Add(new("replaced_after", Timestamp(after)));
        }

        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.LedgerVersions(organization, ledgerName, scopeValue),
            Operation = CloudOperation.ReadLedgerInstance,
            Retryable = true,
            Query = parameters,
        };
        var reply = await SendBufferedAsync(request, cancellationToken).ConfigureAwait(false);
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.LedgerVersionListWire);
        var list = wire.Versions ?? throw CloudErrorTranslator.Malformed(request, reply.Status, "the version list has no \"versions\" array", reply.Body, reply.Redactor);
        var reader = new LedgerInstanceReader(request, reply.Status, reply.Body, reply.Redactor, ledgerName, scopeValue);
        return new ParticleLedgerVersionList<T>(list.Select(version => reader.Read(version, convert)).ToArray(), wire.Meta?.HasMore ?? false);
    }

    // ISO 8601 in UTC with milliseconds, the form the cloud's own timestamps take.
    private static string Timestamp(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
