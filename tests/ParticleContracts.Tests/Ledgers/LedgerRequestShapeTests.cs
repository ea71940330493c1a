using System.Net;
using System.Text.Json.Nodes;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests.Ledgers;

/// <summary>Method, path, query and body of every ledger call, in the sandbox and in an organization.</summary>
public sealed class LedgerRequestShapeTests
{
    private const string DefinitionJson = """{"name":"test-config","description":"thresholds","scope":"Device","direction":"Downstream","created_at":"2026-01-02T03:04:05.000Z","updated_at":"2026-01-02T03:04:05.000Z","archived_at":null}""";
    private const string InstanceJson = """{"name":"test-config","scope":{"type":"Device","value":"0123456789abcdef01234567","name":"lamp"},"size_bytes":33,"data":{"threshold":5,"enabled":true},"created_at":"2026-01-02T03:04:05.000Z","updated_at":"2026-01-03T03:04:05.000Z"}""";

    [Fact]
    public async Task CreateLedger_POSTs_the_wrapped_definition_as_json_with_bearer_token()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, DefinitionJson);
        var created = await TestClients.Create(handler).CreateLedgerAsync(new ParticleLedgerDefinition
        {
            Name = "test-config",
            Description = "thresholds",
            Scope = ParticleLedgerScope.Device,
            Direction = ParticleLedgerDirection.Downstream,
        });

        var request = handler.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/ledgers", request.PathAndQuery);
        Assert.Equal($"Bearer {TestClients.Token}", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("""{"ledger":{"name":"test-config","description":"thresholds","scope":"Device","direction":"Downstream"}}""", request.Body);
        Assert.Equal(ParticleLedgerScope.Device, created.Scope);
        Assert.Equal(ParticleLedgerDirection.Downstream, created.Direction);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), created.CreatedAt);
        Assert.False(created.IsArchived);
    }

    [Fact]
    public async Task Organization_routes_prefix_v1_orgs_and_encode_segments()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, InstanceJson);
        var client = TestClients.Create(handler);

        await client.GetLedgerInstanceAsync("test-config", "a/b c", organization: "acme corp");

        Assert.Equal("/v1/orgs/acme%20corp/ledgers/test-config/instances/a%2Fb%20c", handler.Single.PathAndQuery);
    }

    [Fact]
    public async Task UpdateLedger_PUTs_and_ArchiveLedger_DELETEs_the_named_ledger()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Json(HttpStatusCode.OK, request.Method == HttpMethod.Delete ? """{"ok":true}""" : DefinitionJson));
        var client = TestClients.Create(handler);

        await client.UpdateLedgerAsync(new ParticleLedgerDefinition { Name = "test-config", Scope = ParticleLedgerScope.Device, Direction = ParticleLedgerDirection.Downstream }, "acme");
        await client.ArchiveLedgerAsync("test-config", "acme");

        var requests = handler.Requests.ToArray();
        Assert.Equal((HttpMethod.Put, "/v1/orgs/acme/ledgers/test-config"), (requests[0].Method, requests[0].PathAndQuery));
        Assert.Equal("""{"ledger":{"name":"test-config","scope":"Device","direction":"Downstream"}}""", requests[0].Body);
        Assert.Equal((HttpMethod.Delete, "/v1/orgs/acme/ledgers/test-config"), (requests[1].Method, requests[1].PathAndQuery));
        Assert.Null(requests[1].Body);
    }

    [Fact]
    public async Task ListLedgers_sends_filters_and_reads_ledger_definitions()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, $$$"""{"ledger_definitions":[{{{DefinitionJson}}},{"name":"telemetry","scope":"Product","direction":"Upstream","archived_at":"2026-02-01T00:00:00Z"}]}""");
        var ledgers = await TestClients.Create(handler).ListLedgersAsync(new ParticleLedgerQuery { Scope = ParticleLedgerScope.Product, Archived = false, Page = 2, PerPage = 10 });

        Assert.Equal("/v1/ledgers?scope=Product&archived=false&page=2&per_page=10", handler.Single.PathAndQuery);
        Assert.Equal(["test-config", "telemetry"], ledgers.Select(l => l.Name));
        Assert.True(ledgers[1].IsArchived);
        Assert.Equal(ParticleLedgerDirection.Upstream, ledgers[1].Direction);
    }

    [Fact]
    public async Task SetLedgerInstance_PUTs_instance_data_with_set_mode()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, InstanceJson);
        var instance = await TestClients.Create(handler).SetLedgerInstanceAsync(
            "test-config", TestClients.DeviceId, new JsonObject { ["threshold"] = 5 }, ParticleLedgerSetMode.Merge);

        var request = handler.Single;
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"/v1/ledgers/test-config/instances/{TestClients.DeviceId}?set_mode=Merge", request.PathAndQuery);
        Assert.Equal("""{"instance":{"data":{"threshold":5}}}""", request.Body);
        Assert.Equal(new ParticleLedgerScopeValue(ParticleLedgerScope.Device, TestClients.DeviceId, "lamp"), instance.Scope);
        Assert.Equal(33, instance.SizeBytes);
        Assert.Equal(5, (int)instance.Data["threshold"]!);
        Assert.True((bool)instance.Data["enabled"]!);
    }

    [Fact]
    public async Task Typed_set_and_get_go_through_the_json_type_info()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, InstanceJson);
        var client = TestClients.Create(handler);

        var written = await client.SetLedgerInstanceAsync("test-config", TestClients.DeviceId, new TestConfig(5, true), LedgerTestJson.Default.TestConfig);
        var read = await client.GetLedgerInstanceAsync("test-config", TestClients.DeviceId, LedgerTestJson.Default.TestConfig);

        var requests = handler.Requests.ToArray();
        Assert.Equal($"/v1/ledgers/test-config/instances/{TestClients.DeviceId}?set_mode=Replace", requests[0].PathAndQuery);
        Assert.Equal("""{"instance":{"data":{"threshold":5,"enabled":true,"label":null}}}""", requests[0].Body);
        Assert.Equal((HttpMethod.Get, $"/v1/ledgers/test-config/instances/{TestClients.DeviceId}"), (requests[1].Method, requests[1].PathAndQuery));
        Assert.Equal(new TestConfig(5, true), written.Data);
        Assert.Equal(new TestConfig(5, true), read.Data);
    }

    [Fact]
    public async Task Typed_set_of_a_non_object_fails_before_sending()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, InstanceJson);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Create(handler).SetLedgerInstanceAsync("test-config", TestClients.DeviceId, 7, LedgerTestJson.Default.Int32));

        Assert.Contains("JSON object", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task DeleteLedgerInstance_DELETEs_the_instance()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"ok":true}""");
        await TestClients.Create(handler).DeleteLedgerInstanceAsync("test-config", "30301");

        Assert.Equal((HttpMethod.Delete, "/v1/ledgers/test-config/instances/30301"), (handler.Single.Method, handler.Single.PathAndQuery));
    }

    [Fact]
    public async Task ListAllLedgerInstances_pages_until_total_pages()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Json(HttpStatusCode.OK, request.Uri.Query.Contains("page=1&", StringComparison.Ordinal)
            ? $$$"""{"instances":[{{{InstanceJson}}}],"meta":{"page":1,"per_page":1,"total_pages":2}}"""
            : """{"instances":[{"name":"test-config","scope":{"type":"Device","value":"aaaaaaaaaaaaaaaaaaaaaaaa"},"data":{}}],"meta":{"page":2,"per_page":1,"total_pages":2}}"""));

        var scopes = new List<string>();
        await foreach (var instance in TestClients.Create(handler).ListAllLedgerInstancesAsync("test-config", perPage: 1))
        {
            scopes.Add(instance.Scope.Value);
        }

        Assert.Equal([TestClients.DeviceId, "aaaaaaaaaaaaaaaaaaaaaaaa"], scopes);
        Assert.Equal(
            ["/v1/ledgers/test-config/instances?page=1&per_page=1", "/v1/ledgers/test-config/instances?page=2&per_page=1"],
            handler.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task Versions_send_replaced_bounds_and_read_has_more()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"versions":[{"name":"test-config","scope":{"type":"Device","value":"0123456789abcdef01234567"},"data":{"threshold":4},"replaced_at":"2026-01-03T03:04:05.000Z","version":"2"}],"meta":{"has_more":true}}""");
        var before = new DateTimeOffset(2026, 1, 4, 1, 0, 0, TimeSpan.FromHours(1));

        var versions = await TestClients.Create(handler).ListLedgerInstanceVersionsAsync("test-config", TestClients.DeviceId, replacedBefore: before, replacedAfter: before.AddDays(-3));

        Assert.Equal($"/v1/ledgers/test-config/instances/{TestClients.DeviceId}/versions?replaced_before=2026-01-04T00%3A00%3A00.000Z&replaced_after=2026-01-01T00%3A00%3A00.000Z", handler.Single.PathAndQuery);
        Assert.True(versions.HasMore);
        var version = Assert.Single(versions.Versions);
        Assert.Equal("2", version.Version);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 3, 4, 5, TimeSpan.Zero), version.ReplacedAt);
        Assert.Equal(4, (int)version.Data["threshold"]!);
    }

    [Fact]
    public async Task GetLedgerInstanceVersion_addresses_the_version()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"name":"test-config","data":{"threshold":4,"enabled":false},"version":3}""");
        var version = await TestClients.Create(handler).GetLedgerInstanceVersionAsync("test-config", "30301", "3", LedgerTestJson.Default.TestConfig);

        Assert.Equal("/v1/ledgers/test-config/instances/30301/versions/3", handler.Single.PathAndQuery);
        Assert.Equal("3", version.Version);
        Assert.Equal(new TestConfig(4, false), version.Data);
        Assert.Equal(new ParticleLedgerScopeValue(ParticleLedgerScope.Unknown, "30301"), version.Scope);
    }

    [Fact]
    public async Task Json_bodies_keep_the_token_in_the_header_when_form_placement_is_configured()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, InstanceJson);
        var client = TestClients.Create(handler, o => o.TokenPlacement = ParticleTokenPlacement.FormBody);

        await client.SetLedgerInstanceAsync("test-config", TestClients.DeviceId, new JsonObject { ["threshold"] = 1 });

        Assert.Equal($"Bearer {TestClients.Token}", handler.Single.Authorization);
        Assert.Equal("""{"instance":{"data":{"threshold":1}}}""", handler.Single.Body);
    }
}
