using System.Net;
using System.Text;
using System.Text.Json;

namespace ParticleContracts.Simulator.Tests.RawHttp;

/// <summary>The ledger and environment routes' wire format, without the runtime client in between.</summary>
public sealed class LedgerAndEnvironmentWireTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedDevice _lamp = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync();
        _http = SimulatorHttp.AuthorizedClient(_sim);
        _lamp = _sim.AddDevice("lamp");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task Definition_and_instance_shapes()
    {
        var (created, definition) = await _http.PostJsonAsync("v1/ledgers", """{"ledger":{"name":"test-config","scope":"Device","direction":"Downstream"}}""");
        var (written, instance) = await SendAsync(HttpMethod.Put, $"v1/ledgers/test-config/instances/{_lamp.Id}?set_mode=Replace", """{"instance":{"data":{"threshold":5,"nested":{"a":[1,2]}}}}""");

        Assert.Equal(HttpStatusCode.OK, created);
        Assert.Equal(["name", "description", "scope", "direction", "created_at", "updated_at", "archived_at"], definition.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, definition.GetProperty("archived_at").ValueKind);
        Assert.Equal(HttpStatusCode.OK, written);
        Assert.Equal($$"""{"type":"Device","value":"{{_lamp.Id}}","name":"lamp"}""", instance.GetProperty("scope").Json());
        Assert.Equal("""{"threshold":5,"nested":{"a":[1,2]}}""", instance.GetProperty("data").Json());
        Assert.Equal(36, instance.GetProperty("size_bytes").GetInt32());
        Assert.Equal("1", instance.GetProperty("version").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", instance.GetProperty("updated_at").GetString());
        Assert.False(instance.TryGetProperty("replaced_at", out _));
    }

    [Theory]
    [InlineData("?set_mode=Sideways", """{"instance":{"data":{}}}""", "set_mode must be Replace or Merge.")]
    [InlineData("", """{"instance":{"data":[1]}}""", "\"instance.data\" must be a JSON object.")]
    [InlineData("", """{"instance":"nope"}""", "\"instance\" must be a JSON object.")]
    [InlineData("", """{"data":{}}""", "The request body needs a \"instance\" object.")]
    public async Task Malformed_instance_writes_are_400_with_a_reason(string query, string body, string error)
    {
        await _http.PostJsonAsync("v1/ledgers", """{"ledger":{"name":"test-config","scope":"Device","direction":"Downstream"}}""");

        var (status, reply) = await SendAsync(HttpMethod.Put, $"v1/ledgers/test-config/instances/{_lamp.Id}{query}", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($$"""{"ok":false,"error":{{JsonSerializer.Serialize(error)}}}""", reply.Json());
    }

    [Theory]
    [InlineData("""{"ledger":{"name":"x","scope":"Fleet","direction":"Downstream"}}""", "The ledger's \"scope\" must be one of Owner, Product, Device.")]
    [InlineData("""{"ledger":{"name":"x","scope":"Device","direction":"Sideways"}}""", "The ledger's \"direction\" must be one of Upstream, Downstream.")]
    [InlineData("""{"ledger":{"scope":"Device","direction":"Downstream"}}""", "The ledger needs a \"name\".")]
    [InlineData("""{"ledger":[]}""", "\"ledger\" must be a JSON object.")]
    public async Task Malformed_definitions_are_400_with_a_reason(string body, string error)
    {
        var (status, reply) = await _http.PostJsonAsync("v1/ledgers", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(error, reply.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Scope_and_direction_cannot_change()
    {
        await _http.PostJsonAsync("v1/ledgers", """{"ledger":{"name":"test-config","scope":"Device","direction":"Downstream"}}""");

        var (status, reply) = await SendAsync(HttpMethod.Put, "v1/ledgers/test-config", """{"ledger":{"scope":"Product"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The scope of ledger 'test-config' is Device and cannot be changed.", reply.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Environment_listing_render_and_rollout_shapes()
    {
        await SendAsync(HttpMethod.Put, "v1/env/ENDPOINT", """{"value":"https://x.test"}""");
        await SendAsync(HttpMethod.Patch, $"v1/env/{_lamp.Id}", """{"ops":[{"op":"Set","key":"RETRY_PERIOD","value":"30"}]}""");

        var (_, listing) = await _http.GetJsonAsync($"v1/env/{_lamp.Id}");
        var (_, render) = await _http.GetJsonAsync($"v1/env/{_lamp.Id}/render");
        var (_, rollout) = await _http.GetJsonAsync($"v1/env/{_lamp.Id}/rollout");
        var (started, start) = await _http.PostJsonAsync($"v1/env/{_lamp.Id}/rollout", """{"when":"Immediate"}""");

        Assert.Equal("""{"RETRY_PERIOD":{"value":"30"}}""", listing.GetProperty("latest").GetProperty("own").Json());
        Assert.Equal("""{"ENDPOINT":{"from":"Owner","value":"https://x.test"}}""", listing.GetProperty("latest").GetProperty("inherited").Json());
        Assert.Equal(_sim.Username, listing.GetProperty("latest").GetProperty("updated_by").GetString());
        Assert.Equal(JsonValueKind.Null, listing.GetProperty("last_snapshot").ValueKind);
        Assert.Equal("""{"rendered":{},"last_reported_at":null}""", listing.GetProperty("on_device").Json());
        Assert.Equal("""{"ENDPOINT":"https://x.test","RETRY_PERIOD":"30"}""", render.GetProperty("env").Json());
        Assert.Equal(JsonValueKind.Null, render.GetProperty("rollout_at").ValueKind);
        Assert.Equal(
            """{"changes":[{"op":"Added","key":"ENDPOINT","after":"https://x.test"},{"op":"Added","key":"RETRY_PERIOD","after":"30"}],"unchanged":{}}""",
            rollout.GetProperty("from_snapshot").Json());
        Assert.Equal((HttpStatusCode.OK, """{"success":true}"""), (started, start.Json()));
        Assert.Equal("30", _lamp.Environment.GetEnv("RETRY_PERIOD"));
    }

    [Fact]
    public async Task Environment_accepts_form_bodies_too()
    {
        using var content = new FormUrlEncodedContent([new("value", "42")]);
        using var response = await _http.PutAsync("v1/env/ANSWER", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("42", (await SimulatorHttp.ReadJsonAsync(response)).GetProperty("latest").GetProperty("own").GetProperty("ANSWER").GetProperty("value").GetString());
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string json) =>
        _http.SendJsonAsync(new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
}
