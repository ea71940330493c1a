using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

// Ledger definitions and instances (Device OS 6.1+). Every call takes an optional organization: null addresses the
// sandbox (/v1/ledgers/...), a value the organization (/v1/orgs/:org/ledgers/...).
public sealed partial class ParticleCloudClient
{
    /// <summary>Lists ledger definitions (<c>GET /v1/ledgers</c>, or <c>/v1/orgs/:org/ledgers</c>).</summary>
    /// <param name="query">Scope and archive filters and paging; null for the cloud's defaults.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definitions on the requested page.</returns>
    public async Task<IReadOnlyList<ParticleLedgerDefinition>> ListLedgersAsync(ParticleLedgerQuery? query = null, string? organization = null, CancellationToken cancellationToken = default)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (query?.Scope is { } scope)
        {
            parameters.Add(new("scope", LedgerWireMapping.ScopeText(scope)));
        }

        if (query?.Archived is { } archived)
        {
            parameters.Add(new("archived", archived ? "true" : "false"));
        }

        AddPaging(parameters, query?.Page, query?.PerPage, nameof(query));
        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.Ledgers(organization),
            Operation = CloudOperation.ReadLedgerDefinition,
            Retryable = true,
            Query = parameters,
        };
        var reply = await SendBufferedAsync(request, cancellationToken).ConfigureAwait(false);
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.LedgerDefinitionListWire);
        var list = wire.LedgerDefinitions ?? wire.Ledgers
            ?? throw CloudErrorTranslator.Malformed(request, reply.Status, "the ledger list has no \"ledger_definitions\" array", reply.Body, reply.Redactor);
        return list.Select(definition => LedgerWireMapping.ToDefinition(definition.Unwrapped, null, request, reply.Status, reply.Body, reply.Redactor)).ToArray();
    }

    /// <summary>Reads one ledger definition (<c>GET /v1/ledgers/:name</c>).</summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ParticleCloudException">The cloud refused, e.g. 404 for an unknown ledger (<see cref="ParticleCloudException.StatusCode"/>).</exception>
    public Task<ParticleLedgerDefinition> GetLedgerAsync(string ledgerName, string? organization = null, CancellationToken cancellationToken = default) =>
        SendDefinitionAsync(HttpMethod.Get, CloudRoutes.Ledger(organization, ledgerName), null, ledgerName, cancellationToken);

    /// <summary>Creates a ledger definition (<c>POST /v1/ledgers</c> with <c>{"ledger":{name, description, scope, direction}}</c>).</summary>
    /// <param name="definition">Name, scope, direction and optional description.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definition as the cloud stored it.</returns>
    public Task<ParticleLedgerDefinition> CreateLedgerAsync(ParticleLedgerDefinition definition, string? organization = null, CancellationToken cancellationToken = default)
    {
        var body = LedgerWireMapping.DefinitionBody(definition);
        return SendDefinitionAsync(HttpMethod.Post, CloudRoutes.Ledgers(organization), body, definition.Name, cancellationToken);
    }

    /// <summary>Updates a ledger definition (<c>PUT /v1/ledgers/:name</c> with the same body as <see cref="CreateLedgerAsync"/>).</summary>
    /// <param name="definition">The definition; <see cref="ParticleLedgerDefinition.Name"/> picks the ledger.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The definition as the cloud stored it.</returns>
    public Task<ParticleLedgerDefinition> UpdateLedgerAsync(ParticleLedgerDefinition definition, string? organization = null, CancellationToken cancellationToken = default)
    {
        var body = LedgerWireMapping.DefinitionBody(definition);
        return SendDefinitionAsync(HttpMethod.Put, CloudRoutes.Ledger(organization, definition.Name), body, definition.Name, cancellationToken);
    }

    /// <summary>Archives a ledger definition (<c>DELETE /v1/ledgers/:name</c>); the cloud keeps it, marked archived.</summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the cloud accepted the archive.</returns>
    public async Task ArchiveLedgerAsync(string ledgerName, string? organization = null, CancellationToken cancellationToken = default)
    {
        var request = new CloudRequest { Method = HttpMethod.Delete, Route = CloudRoutes.Ledger(organization, ledgerName), Operation = CloudOperation.WriteLedgerDefinition };
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one page of a ledger's instances (<c>GET /v1/ledgers/:name/instances?page=&amp;per_page=</c>).</summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="page">1-based page.</param>
    /// <param name="perPage">Instances per page; null for the cloud's default.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with each instance's data as a <see cref="JsonObject"/>.</returns>
    public async Task<ParticleLedgerInstancePage<JsonObject>> ListLedgerInstancesAsync(string ledgerName, int page = 1, int? perPage = null, string? organization = null, CancellationToken cancellationToken = default)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        AddPaging(parameters, page, perPage, nameof(page));
        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.LedgerInstances(organization, ledgerName),
            Operation = CloudOperation.ReadLedgerInstance,
            Retryable = true,
            Query = parameters,
        };
        var reply = await SendBufferedAsync(request, cancellationToken).ConfigureAwait(false);
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.LedgerInstanceListWire);
        var list = wire.Instances ?? throw CloudErrorTranslator.Malformed(request, reply.Status, "the instance list has no \"instances\" array", reply.Body, reply.Redactor);
        var reader = new LedgerInstanceReader(request, reply.Status, reply.Body, reply.Redactor, ledgerName, string.Empty);
        return new ParticleLedgerInstancePage<JsonObject>(list.Select(instance => reader.Read(instance, LedgerInstanceReader.AsObject)).ToArray(), page, wire.Meta?.TotalPages);
    }

    /// <summary>Pages through all instances of a ledger, requesting pages on demand.</summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="perPage">Instances per page; null for the cloud's default (then paging stops where <c>meta.total_pages</c> says, or after one page without it).</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>Every instance.</returns>
    public async IAsyncEnumerable<ParticleLedgerInstance<JsonObject>> ListAllLedgerInstancesAsync(string ledgerName, int? perPage = null, string? organization = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var page = 1; ; page++)
        {
            var current = await ListLedgerInstancesAsync(ledgerName, page, perPage, organization, cancellationToken).ConfigureAwait(false);
            foreach (var instance in current.Instances)
            {
                yield return instance;
            }

            var last = current.TotalPages is { } total ? page >= total : perPage is not { } size || current.Instances.Count < size;
            if (last || current.Instances.Count == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Reads a ledger instance (<c>GET /v1/ledgers/:name/instances/:scopeValue</c>).</summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID for a device ledger, product ID for a product ledger, owner ID for an owner ledger.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance with its data as a <see cref="JsonObject"/>.</returns>
    public Task<ParticleLedgerInstance<JsonObject>> GetLedgerInstanceAsync(string ledgerName, string scopeValue, string? organization = null, CancellationToken cancellationToken = default) =>
        SendInstanceAsync(InstanceRequest(HttpMethod.Get, CloudRoutes.LedgerInstance(organization, ledgerName, scopeValue)), ledgerName, scopeValue, LedgerInstanceReader.AsObject, cancellationToken);

    /// <summary>Reads a ledger instance and deserializes its data with source-generated metadata (trim and AOT safe).</summary>
    /// <typeparam name="T">The data type.</typeparam>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="typeInfo">Metadata for <typeparamref name="T"/>, e.g. <c>MyJsonContext.Default.MyConfig</c>.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance with typed data.</returns>
    /// <exception cref="ParticleProtocolException">The data does not fit <typeparamref name="T"/>.</exception>
    public Task<ParticleLedgerInstance<T>> GetLedgerInstanceAsync<T>(string ledgerName, string scopeValue, JsonTypeInfo<T> typeInfo, string? organization = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return SendInstanceAsync(InstanceRequest(HttpMethod.Get, CloudRoutes.LedgerInstance(organization, ledgerName, scopeValue)), ledgerName, scopeValue, LedgerInstanceReader.As(typeInfo), cancellationToken);
    }

    /// <summary>
    /// Writes a ledger instance (<c>PUT /v1/ledgers/:name/instances/:scopeValue?set_mode=Replace|Merge</c> with
    /// <c>{"instance":{"data":{...}}}</c>). Only cloud-to-device and cloud-only ledgers are written this way; devices
    /// write device-to-cloud ledgers themselves.
    /// </summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="data">The data (one JSON object; Device OS keeps at most 16,384 bytes of a ledger).</param>
    /// <param name="mode">Replace the data, or merge the new top-level keys into it.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance as the cloud stored it.</returns>
    public Task<ParticleLedgerInstance<JsonObject>> SetLedgerInstanceAsync(string ledgerName, string scopeValue, JsonObject data, ParticleLedgerSetMode mode = ParticleLedgerSetMode.Replace, string? organization = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var request = SetInstanceRequest(organization, ledgerName, scopeValue, mode, LedgerWireMapping.InstanceBody(data));
        return SendInstanceAsync(request, ledgerName, scopeValue, LedgerInstanceReader.AsObject, cancellationToken);
    }

    /// <summary>Writes a ledger instance from a typed value serialized with source-generated metadata (trim and AOT safe).</summary>
    /// <typeparam name="T">The data type; it must serialize to a JSON object.</typeparam>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="data">The data.</param>
    /// <param name="typeInfo">Metadata for <typeparamref name="T"/>.</param>
    /// <param name="mode">Replace the data, or merge the new top-level keys into it.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance as the cloud stored it, read back as <typeparamref name="T"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> does not serialize to a JSON object (nothing is sent).</exception>
    public Task<ParticleLedgerInstance<T>> SetLedgerInstanceAsync<T>(string ledgerName, string scopeValue, T data, JsonTypeInfo<T> typeInfo, ParticleLedgerSetMode mode = ParticleLedgerSetMode.Replace, string? organization = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var request = SetInstanceRequest(organization, ledgerName, scopeValue, mode, LedgerWireMapping.InstanceBody(data, typeInfo));
        return SendInstanceAsync(request, ledgerName, scopeValue, LedgerInstanceReader.As(typeInfo), cancellationToken);
    }

    /// <summary>Deletes a ledger instance (<c>DELETE /v1/ledgers/:name/instances/:scopeValue</c>).</summary>
    /// <param name="ledgerName">The ledger name.</param>
    /// <param name="scopeValue">Device ID, product ID or owner ID.</param>
    /// <param name="organization">Organization ID or slug; null for the sandbox.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the cloud deleted the instance.</returns>
    public async Task DeleteLedgerInstanceAsync(string ledgerName, string scopeValue, string? organization = null, CancellationToken cancellationToken = default)
    {
        var request = new CloudRequest { Method = HttpMethod.Delete, Route = CloudRoutes.LedgerInstance(organization, ledgerName, scopeValue), Operation = CloudOperation.WriteLedgerInstance };
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ParticleLedgerDefinition> SendDefinitionAsync(HttpMethod method, CloudRoute route, byte[]? body, string ledgerName, CancellationToken cancellationToken)
    {
        var request = new CloudRequest
        {
            Method = method,
            Route = route,
            Operation = method == HttpMethod.Get ? CloudOperation.ReadLedgerDefinition : CloudOperation.WriteLedgerDefinition,
            Retryable = method == HttpMethod.Get,
            JsonBody = body,
            JsonBodyOnly = body is not null,
        };
        var reply = await SendBufferedAsync(request, cancellationToken).ConfigureAwait(false);
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.LedgerDefinitionWire);
        return LedgerWireMapping.ToDefinition(wire.Unwrapped, ledgerName, request, reply.Status, reply.Body, reply.Redactor);
    }

    private async Task<ParticleLedgerInstance<T>> SendInstanceAsync<T>(CloudRequest request, string ledgerName, string scopeValue, Func<System.Text.Json.JsonElement, T> convert, CancellationToken cancellationToken)
    {
        var reply = await SendBufferedAsync(request, cancellationToken).ConfigureAwait(false);
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.LedgerInstanceWire);
        return new LedgerInstanceReader(request, reply.Status, reply.Body, reply.Redactor, ledgerName, scopeValue).Read(wire.Unwrapped, convert);
    }

    private static CloudRequest InstanceRequest(HttpMethod method, CloudRoute route) => new()
    {
        Method = method,
        Route = route,
        Operation = method == HttpMethod.Get ? CloudOperation.ReadLedgerInstance : CloudOperation.WriteLedgerInstance,
        Retryable = method == HttpMethod.Get,
    };

    private static CloudRequest SetInstanceRequest(string? organization, string ledgerName, string scopeValue, ParticleLedgerSetMode mode, byte[] body) => new()
    {
        Method = HttpMethod.Put,
        Route = CloudRoutes.LedgerInstance(organization, ledgerName, scopeValue),
        Operation = CloudOperation.WriteLedgerInstance,
        Query = [new("set_mode", LedgerWireMapping.SetModeText(mode))],
        JsonBody = body,
        JsonBodyOnly = true,
    };

    private static void AddPaging(List<KeyValuePair<string, string>> parameters, int? page, int? perPage, string parameterName)
    {
        if (page is < 1 || perPage is < 1)
        {
            throw new ArgumentOutOfRangeException(parameterName, "Page and per-page counts must be at least 1.");
        }

        if (page is { } p)
        {
            parameters.Add(new("page", p.ToString(CultureInfo.InvariantCulture)));
        }

        if (perPage is { } n)
        {
            parameters.Add(new("per_page", n.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
