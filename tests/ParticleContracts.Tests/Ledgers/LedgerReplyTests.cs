using System.Net;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests.Ledgers;

/// <summary>Ledger replies are read tolerantly; failures become the client's typed errors with the cloud's own words and no token.</summary>
public sealed class LedgerReplyTests
{
    [Fact]
    public async Task Wrapped_instance_and_bare_scope_name_are_accepted()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"instance":{"name":"test-config","scope":"Product","data":{"threshold":2}}}""");
        var instance = await TestClients.Create(handler).GetLedgerInstanceAsync("test-config", "30301");

        Assert.Equal(new ParticleLedgerScopeValue(ParticleLedgerScope.Product, "30301"), instance.Scope);
        Assert.Equal(2, (int)instance.Data["threshold"]!);
    }

    [Fact]
    public async Task Wrapped_definition_is_accepted()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"ledger_definition":{"name":"test-config","scope":"Owner","direction":"Downstream"}}""");
        var definition = await TestClients.Create(handler).GetLedgerAsync("test-config");

        Assert.Equal(ParticleLedgerScope.Owner, definition.Scope);
        Assert.Equal("Ledger test-config (Owner, Downstream)", definition.ToString());
    }

    [Fact]
    public async Task Missing_data_reads_as_an_empty_object()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"name":"test-config"}""");
        var instance = await TestClients.Create(handler).GetLedgerInstanceAsync("test-config", "30301");

        Assert.Empty(instance.Data);
        Assert.Equal(ParticleLedgerScope.Unknown, instance.Scope.Type);
    }

    [Fact]
    public async Task Typed_read_of_data_that_does_not_fit_is_a_protocol_error()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"name":"test-config","data":{"threshold":"high","enabled":true}}""");

        var error = await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).GetLedgerInstanceAsync("test-config", "30301", LedgerTestJson.Default.TestConfig));

        Assert.Contains("does not fit TestConfig", error.Message, StringComparison.Ordinal);
        Assert.Contains("/v1/ledgers/{ledgerName}/instances/{scopeValue}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_that_is_not_an_object_is_a_protocol_error()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"name":"test-config","data":[1,2]}""");

        var error = await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).GetLedgerInstanceAsync("test-config", "30301"));

        Assert.Contains("not an object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_without_its_array_is_a_protocol_error()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"meta":{}}""");

        await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).ListLedgerInstancesAsync("test-config"));
        await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).ListLedgersAsync());
        await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).ListLedgerInstanceVersionsAsync("test-config", "30301"));
    }

    [Fact]
    public async Task Unknown_ledger_404_keeps_the_cloud_text_and_route_template()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.NotFound, """{"ok":false,"error":"Ledger not found"}""");

        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => TestClients.Create(handler).GetLedgerAsync("nope", "acme"));

        Assert.Equal(typeof(ParticleCloudException), error.GetType());
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("Ledger not found", error.Error);
        Assert.Equal("/v1/orgs/{org}/ledgers/{ledgerName}", error.RouteTemplate);
        Assert.Contains("Ledger not found", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("acme", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_token_is_typed_and_never_echoed()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.Unauthorized, $$"""{"error":"invalid_token","error_description":"The access token provided is invalid: {{TestClients.Token}}"}""");

        var error = await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => TestClients.Create(handler).SetLedgerInstanceAsync("test-config", "30301", new System.Text.Json.Nodes.JsonObject()));

        Assert.DoesNotContain(TestClients.Token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Token, error.ErrorDescription!, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Size_limit_400_is_a_cloud_exception_with_its_words()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.BadRequest, """{"ok":false,"error":"Ledger data is 20000 bytes; the limit is 16384 bytes"}""");

        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => TestClients.Create(handler).SetLedgerInstanceAsync("test-config", "30301", new System.Text.Json.Nodes.JsonObject()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.StartsWith("Ledger data is 20000 bytes", error.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, 0)]
    public async Task Paging_below_one_fails_before_sending(int page, int? perPage)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"instances":[]}""");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => TestClients.Create(handler).ListLedgerInstancesAsync("test-config", page, perPage));
        Assert.Empty(handler.Requests);
    }
}
