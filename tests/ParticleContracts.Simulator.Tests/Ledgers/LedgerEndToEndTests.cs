using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ParticleContracts.Simulator.Tests.Client;

namespace ParticleContracts.Simulator.Tests.Ledgers;

public sealed record Thresholds(int Threshold, bool Enabled);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Thresholds))]
internal sealed partial class LedgerJsonContext : JsonSerializerContext;

/// <summary>The runtime client's ledger calls against the simulator, with simulated devices reading and writing their side.</summary>
public sealed class LedgerEndToEndTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private ParticleCloudClient _client = null!;
    private SimulatedDevice _lamp = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync();
        _client = ClientFactory.Create(_sim);
        _lamp = _sim.AddDevice("lamp");
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Cloud_to_device_ledger_set_by_the_client_is_read_by_the_device()
    {
        await CreateAsync("test-config", ParticleLedgerScope.Device, ParticleLedgerDirection.Downstream);

        var written = await _client.SetLedgerInstanceAsync("test-config", _lamp.Id, new Thresholds(21, true), LedgerJsonContext.Default.Thresholds);

        Assert.Equal(new Thresholds(21, true), written.Data);
        Assert.Equal(new ParticleLedgerScopeValue(ParticleLedgerScope.Device, _lamp.Id, "lamp"), written.Scope);
        Assert.Equal(31, written.SizeBytes);
        Assert.Equal(21, (int)_lamp.Ledgers.Get("test-config")["threshold"]!);
        Assert.Equal(new Thresholds(21, true), _lamp.Ledgers.Get("test-config", LedgerJsonContext.Default.Thresholds));
        Assert.False(_lamp.Ledgers.IsWritable("test-config"));
        Assert.Throws<InvalidOperationException>(() => _lamp.Ledgers.Set("test-config", new JsonObject { ["threshold"] = 1 }));
    }

    [Fact]
    public async Task Device_to_cloud_ledger_written_by_the_device_is_read_by_the_client()
    {
        await CreateAsync("telemetry", ParticleLedgerScope.Device, ParticleLedgerDirection.Upstream);
        Assert.Empty(_lamp.Ledgers.Get("telemetry"));

        _lamp.Ledgers.Set("telemetry", new Thresholds(7, false), LedgerJsonContext.Default.Thresholds);
        var read = await _client.GetLedgerInstanceAsync("telemetry", _lamp.Id, LedgerJsonContext.Default.Thresholds);

        Assert.True(_lamp.Ledgers.IsWritable("telemetry"));
        Assert.Equal(new Thresholds(7, false), read.Data);
        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.SetLedgerInstanceAsync("telemetry", _lamp.Id, new JsonObject()));
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("device-to-cloud", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_keeps_other_keys_and_replace_drops_them()
    {
        await CreateAsync("test-config", ParticleLedgerScope.Device, ParticleLedgerDirection.Downstream);

        await _client.SetLedgerInstanceAsync("test-config", _lamp.Id, new JsonObject { ["a"] = 1, ["b"] = 2 });
        var merged = await _client.SetLedgerInstanceAsync("test-config", _lamp.Id, new JsonObject { ["b"] = 3, ["c"] = 4 }, ParticleLedgerSetMode.Merge);
        var replaced = await _client.SetLedgerInstanceAsync("test-config", _lamp.Id, new JsonObject { ["z"] = true });

        Assert.Equal("""{"a":1,"b":3,"c":4}""", merged.Data.ToJsonString());
        Assert.Equal("""{"z":true}""", replaced.Data.ToJsonString());
        Assert.Equal("""{"z":true}""", _lamp.Ledgers.Get("test-config").ToJsonString());
    }

    [Fact]
    public async Task Every_write_keeps_the_replaced_data_as_a_version()
    {
        await CreateAsync("telemetry", ParticleLedgerScope.Device, ParticleLedgerDirection.Upstream);
        _lamp.Ledgers.Set("telemetry", new JsonObject { ["n"] = 1 });
        _lamp.Ledgers.Set("telemetry", new JsonObject { ["n"] = 2 });
        _lamp.Ledgers.Set("telemetry", new JsonObject { ["m"] = 3 }, SimulatedLedgerSetMode.Merge);

        var current = await _client.GetLedgerInstanceAsync("telemetry", _lamp.Id);
        var versions = await _client.ListLedgerInstanceVersionsAsync("telemetry", _lamp.Id);
        var first = await _client.GetLedgerInstanceVersionAsync("telemetry", _lamp.Id, "1");
        var none = await _client.ListLedgerInstanceVersionsAsync("telemetry", _lamp.Id, replacedBefore: DateTimeOffset.UtcNow.AddHours(-1));

        Assert.Equal("3", current.Version);
        Assert.Equal("""{"n":2,"m":3}""", current.Data.ToJsonString());
        Assert.Equal(["2", "1"], versions.Versions.Select(v => v.Version));
        Assert.All(versions.Versions, v => Assert.NotNull(v.ReplacedAt));
        Assert.False(versions.HasMore);
        Assert.Equal("""{"n":1}""", first.Data.ToJsonString());
        Assert.Empty(none.Versions);
        var missing = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.GetLedgerInstanceVersionAsync("telemetry", _lamp.Id, "9"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Data_over_16384_bytes_is_refused_on_both_sides()
    {
        await CreateAsync("test-config", ParticleLedgerScope.Device, ParticleLedgerDirection.Downstream);
        await CreateAsync("telemetry", ParticleLedgerScope.Device, ParticleLedgerDirection.Upstream);
        var big = new JsonObject { ["blob"] = new string('x', 16_384) };

        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.SetLedgerInstanceAsync("test-config", _lamp.Id, big));
        var device = Assert.Throws<InvalidOperationException>(() => _lamp.Ledgers.Set("telemetry", (JsonObject)big.DeepClone()));
        var fits = await _client.SetLedgerInstanceAsync("test-config", _lamp.Id, new JsonObject { ["blob"] = new string('x', 16_384 - 11) });

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("Ledger data is 16395 bytes; the limit is 16384 bytes.", error.Error);
        Assert.Equal(error.Error, device.Message);
        Assert.Equal(16_384, fits.SizeBytes);
    }

    [Theory]
    [InlineData("Test-Config")]
    [InlineData("test_config")]
    [InlineData("a-name-that-is-much-longer-than-32")]
    public async Task Invalid_ledger_names_are_refused(string name)
    {
        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => CreateAsync(name, ParticleLedgerScope.Device, ParticleLedgerDirection.Downstream));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.StartsWith($"Invalid ledger name '{name}'", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Definitions_list_update_archive_and_duplicate()
    {
        await CreateAsync("test-config", ParticleLedgerScope.Device, ParticleLedgerDirection.Downstream);
        await CreateAsync("fleet", ParticleLedgerScope.Owner, ParticleLedgerDirection.Downstream);

        var duplicate = await Assert.ThrowsAsync<ParticleCloudException>(() => CreateAsync("fleet", ParticleLedgerScope.Owner, ParticleLedgerDirection.Downstream));
        var updated = await _client.UpdateLedgerAsync(new ParticleLedgerDefinition { Name = "fleet", Description = "fleet-wide", Scope = ParticleLedgerScope.Owner, Direction = ParticleLedgerDirection.Downstream });
        await _client.ArchiveLedgerAsync("fleet");
        var archived = await _client.ListLedgersAsync(new ParticleLedgerQuery { Archived = true });
        var deviceScoped = await _client.ListLedgersAsync(new ParticleLedgerQuery { Scope = ParticleLedgerScope.Device });
        var write = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.SetLedgerInstanceAsync("fleet", _sim.Username, new JsonObject()));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("fleet-wide", updated.Description);
        Assert.Equal("fleet", Assert.Single(archived).Name);
        Assert.True(archived[0].IsArchived);
        Assert.Equal("test-config", Assert.Single(deviceScoped).Name);
        Assert.Equal("Ledger 'fleet' is archived.", write.Error);
    }

    [Fact]
    public async Task Owner_ledger_is_addressed_by_user_id_or_username()
    {
        await CreateAsync("fleet", ParticleLedgerScope.Owner, ParticleLedgerDirection.Downstream);

        var written = await _client.SetLedgerInstanceAsync("fleet", _sim.Username, new JsonObject { ["mode"] = "eco" });
        var read = await _client.GetLedgerInstanceAsync("fleet", written.Scope.Value);

        Assert.Equal(ParticleLedgerScope.Owner, written.Scope.Type);
        Assert.Matches("^[0-9a-f]{24}$", written.Scope.Value);
        Assert.Equal("eco", (string)read.Data["mode"]!);
        Assert.Equal("eco", (string)_lamp.Ledgers.Get("fleet")["mode"]!);
    }

    [Fact]
    public async Task Instances_page_through_every_device()
    {
        await CreateAsync("test-config", ParticleLedgerScope.Device, ParticleLedgerDirection.Downstream);
        var devices = new[] { _lamp, _sim.AddDevice("fan"), _sim.AddDevice("pump") };
        foreach (var device in devices)
        {
            await _client.SetLedgerInstanceAsync("test-config", device.Id, new JsonObject { ["name"] = device.Name });
        }

        var seen = new List<string>();
        await foreach (var instance in _client.ListAllLedgerInstancesAsync("test-config", perPage: 2))
        {
            seen.Add(instance.Scope.Value);
        }

        Assert.Equal(devices.Select(d => d.Id).Order(StringComparer.Ordinal), seen);
        var page = await _client.ListLedgerInstancesAsync("test-config", page: 2, perPage: 2);
        Assert.Equal(2, page.TotalPages);
        Assert.Single(page.Instances);
    }

    [Fact]
    public async Task Unknown_ledger_instance_and_foreign_device_are_typed_errors()
    {
        await CreateAsync("test-config", ParticleLedgerScope.Device, ParticleLedgerDirection.Downstream);
        var foreign = _sim.AddDevice("neighbour", owner: "someone-else@particle.local");

        var unknownLedger = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.GetLedgerAsync("nope"));
        var noInstance = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.GetLedgerInstanceAsync("test-config", _lamp.Id));
        var denied = await Assert.ThrowsAsync<ParticlePermissionDeniedException>(() => _client.SetLedgerInstanceAsync("test-config", foreign.Id, new JsonObject()));

        Assert.Equal((HttpStatusCode.NotFound, "Ledger not found"), (unknownLedger.StatusCode, unknownLedger.Error));
        Assert.Equal(HttpStatusCode.NotFound, noInstance.StatusCode);
        Assert.Equal("Permission Denied", denied.Error);
        Assert.Throws<KeyNotFoundException>(() => _lamp.Ledgers.Get("nope"));
    }

    [Fact]
    public async Task Organization_product_ledger_reaches_the_product_devices()
    {
        var sensor = _sim.AddDevice("sensor", productId: 30301);
        _sim.AddOrganization("acme", productIds: [30301]);
        await _client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = "fleet-config", Scope = ParticleLedgerScope.Product, Direction = ParticleLedgerDirection.Downstream }, "acme");

        await _client.SetLedgerInstanceAsync("fleet-config", "30301", new JsonObject { ["rate"] = 5 }, organization: "acme");

        Assert.Equal(5, (int)sensor.Ledgers.Get("fleet-config")["rate"]!);
        Assert.Throws<KeyNotFoundException>(() => _lamp.Ledgers.Get("fleet-config"));
        var sandbox = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.GetLedgerAsync("fleet-config"));
        Assert.Equal(HttpStatusCode.NotFound, sandbox.StatusCode);
        var unknownOrg = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.ListLedgersAsync(organization: "nobody"));
        Assert.Equal("Organization not found", unknownOrg.Error);
    }

    [Fact]
    public async Task Non_members_are_denied_organization_ledgers()
    {
        _sim.AddOrganization("acme");
        var outsider = ClientFactory.Create(_sim, o => o.AccessToken = _sim.CreateAccessToken("outsider@particle.local"));

        var error = await Assert.ThrowsAsync<ParticlePermissionDeniedException>(() => outsider.ListLedgersAsync(organization: "acme"));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task Ledger_routes_need_a_token()
    {
        using var http = SimulatorHttp.Client(_sim);

        var (status, body) = await http.GetJsonAsync("v1/ledgers");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
    }

    private Task<ParticleLedgerDefinition> CreateAsync(string name, ParticleLedgerScope scope, ParticleLedgerDirection direction) =>
        _client.CreateLedgerAsync(new ParticleLedgerDefinition { Name = name, Scope = scope, Direction = direction });
}
