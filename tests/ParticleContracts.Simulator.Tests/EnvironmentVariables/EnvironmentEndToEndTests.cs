using System.Net;
using ParticleContracts.Simulator.Tests.Client;

namespace ParticleContracts.Simulator.Tests.EnvironmentVariables;

/// <summary>The runtime client's environment variable calls against the simulator, with simulated devices reading their values.</summary>
public sealed class EnvironmentEndToEndTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private ParticleCloudClient _client = null!;
    private SimulatedDevice _lamp = null!;
    private SimulatedDevice _sensor = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync();
        _client = ClientFactory.Create(_sim);
        _lamp = _sim.AddDevice("lamp");
        _sensor = _sim.AddDevice("sensor", productId: 30301);
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private ParticleEnvironmentScope Lamp => ParticleEnvironmentScope.ForDevice(_lamp.Id);

    [Fact]
    public async Task Device_sees_values_only_after_a_rollout()
    {
        await _client.SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, "RETRY_PERIOD", "30");
        await _client.SetEnvironmentVariableAsync(Lamp, "ENABLE_DEBUG", "true");

        Assert.Empty(_lamp.Environment.Values);
        Assert.Null(_lamp.Environment.GetEnv("RETRY_PERIOD"));

        Assert.True(await _client.StartEnvironmentRolloutAsync(Lamp));

        Assert.True(_lamp.Environment.TryGetEnv("RETRY_PERIOD", out int period));
        Assert.Equal(30, period);
        Assert.True(_lamp.Environment.TryGetEnv("ENABLE_DEBUG", out bool debug));
        Assert.True(debug);
        Assert.Equal(["ENABLE_DEBUG", "RETRY_PERIOD"], _lamp.Environment.ListEnv());
        Assert.NotNull(_lamp.Environment.AppliedAt);
    }

    [Fact]
    public async Task Precedence_is_organization_then_product_then_device()
    {
        _sim.AddOrganization("acme", productIds: [30301]);
        var device = ParticleEnvironmentScope.ForDevice(_sensor.Id);
        await _client.UpdateEnvironmentAsync(ParticleEnvironmentScope.ForOrganization("acme"), [ParticleEnvironmentOperation.Set("A", "org"), ParticleEnvironmentOperation.Set("B", "org"), ParticleEnvironmentOperation.Set("C", "org")]);
        await _client.UpdateEnvironmentAsync(ParticleEnvironmentScope.ForProduct("30301"), [ParticleEnvironmentOperation.Set("B", "product"), ParticleEnvironmentOperation.Set("C", "product")]);
        await _client.SetEnvironmentVariableAsync(device, "C", "device");

        var render = await _client.RenderEnvironmentAsync(device);
        var listing = await _client.GetEnvironmentAsync(device);
        var productRender = await _client.RenderEnvironmentAsync(ParticleEnvironmentScope.ForProduct("30301"));

        Assert.Equal(new Dictionary<string, string> { ["A"] = "org", ["B"] = "product", ["C"] = "device" }, render.Variables);
        Assert.NotNull(render.LastUpdatedAt);
        Assert.Equal(new Dictionary<string, string> { ["C"] = "device" }, listing.Latest.Own);
        Assert.Equal(new ParticleInheritedEnvironmentValue("Owner", "org"), listing.Latest.Inherited["A"]);
        Assert.Equal(new ParticleInheritedEnvironmentValue("Product", "product"), listing.Latest.Inherited["B"]);
        Assert.Equal(new Dictionary<string, string> { ["A"] = "org", ["B"] = "product", ["C"] = "product" }, productRender.Variables);
    }

    [Fact]
    public async Task Developer_device_inherits_the_owners_sandbox()
    {
        await _client.SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, "ENDPOINT", "https://sandbox.test");
        await _client.SetEnvironmentVariableAsync(Lamp, "ENDPOINT", "https://device.test");

        Assert.Equal("https://device.test", (await _client.RenderEnvironmentAsync(Lamp)).Variables["ENDPOINT"]);
        await _client.DeleteEnvironmentVariableAsync(Lamp, "ENDPOINT");
        Assert.Equal("https://sandbox.test", (await _client.RenderEnvironmentAsync(Lamp)).Variables["ENDPOINT"]);
    }

    [Fact]
    public async Task Connect_rollout_waits_for_the_next_connection()
    {
        await _client.SetEnvironmentVariableAsync(Lamp, "MODE", "eco");

        await _client.StartEnvironmentRolloutAsync(Lamp, ParticleEnvironmentRolloutTiming.Connect);
        Assert.True(_lamp.Environment.HasPendingUpdate);
        Assert.False(_lamp.Environment.HasEnv("MODE"));

        _lamp.SetOnline(false);
        _lamp.SetOnline(true);

        Assert.False(_lamp.Environment.HasPendingUpdate);
        Assert.Equal("eco", _lamp.Environment.GetEnv("MODE"));
    }

    [Fact]
    public async Task Immediate_rollout_to_an_offline_device_applies_when_it_connects()
    {
        var foreign = _sim.AddDevice("neighbour", owner: "someone-else@particle.local");
        _lamp.SetOnline(false);
        await _client.SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, "MODE", "eco");

        await _client.StartEnvironmentRolloutAsync(ParticleEnvironmentScope.Sandbox);
        Assert.False(_lamp.Environment.HasEnv("MODE"));
        _lamp.SetOnline(true);

        Assert.Equal("eco", _lamp.Environment.GetEnv("MODE"));
        Assert.Equal("eco", _sensor.Environment.GetEnv("MODE"));
        Assert.False(foreign.Environment.HasEnv("MODE"));
    }

    [Fact]
    public async Task Rollout_diff_is_against_the_last_snapshot_and_the_device()
    {
        await _client.UpdateEnvironmentAsync(Lamp, [ParticleEnvironmentOperation.Set("KEEP", "1"), ParticleEnvironmentOperation.Set("CHANGE", "old"), ParticleEnvironmentOperation.Set("DROP", "x")]);
        await _client.StartEnvironmentRolloutAsync(Lamp);
        await _client.UpdateEnvironmentAsync(Lamp, [ParticleEnvironmentOperation.Set("CHANGE", "new"), ParticleEnvironmentOperation.Unset("DROP"), ParticleEnvironmentOperation.Set("ADD", "y")]);

        var pending = await _client.GetEnvironmentRolloutAsync(Lamp);
        var listing = await _client.GetEnvironmentAsync(Lamp);

        Assert.Equal(
            [
                new ParticleEnvironmentChange(ParticleEnvironmentChangeKind.Added, "Added", "ADD", null, "y"),
                new ParticleEnvironmentChange(ParticleEnvironmentChangeKind.Changed, "Changed", "CHANGE", "old", "new"),
                new ParticleEnvironmentChange(ParticleEnvironmentChangeKind.Removed, "Removed", "DROP", "x", null),
            ],
            pending.FromSnapshot.Changes);
        Assert.Equal(new Dictionary<string, string> { ["KEEP"] = "1" }, pending.FromSnapshot.Unchanged);
        Assert.Equal(pending.FromSnapshot.Changes, pending.FromDevice!.Changes);
        Assert.Equal("old", listing.LastSnapshot!.Own["CHANGE"]);
        Assert.Equal(_sim.Username, listing.LastSnapshot.RolloutBy);
        Assert.Equal("old", listing.OnDevice!["CHANGE"]);

        await _client.StartEnvironmentRolloutAsync(Lamp);
        Assert.True((await _client.GetEnvironmentRolloutAsync(Lamp)).IsEmpty);
    }

    [Theory]
    [InlineData("lower_case")]
    [InlineData("1STARTS_WITH_DIGIT")]
    [InlineData("HAS-DASH")]
    [InlineData("PARTICLE_WIFI_ENABLE")]
    public async Task Name_rules_are_enforced(string key)
    {
        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, key, "x"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains(key, error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_at_most_128_characters()
    {
        await _client.SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, "_" + new string('A', 127), "x");

        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, new string('A', 129), "x"));
        Assert.StartsWith("Invalid variable name", error.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scope_holds_at_most_100_variables_and_a_failed_patch_changes_nothing()
    {
        await _client.UpdateEnvironmentAsync(Lamp, [.. Enumerable.Range(0, 50).Select(i => ParticleEnvironmentOperation.Set($"K{i}", "v"))]);
        await _client.UpdateEnvironmentAsync(Lamp, [.. Enumerable.Range(50, 50).Select(i => ParticleEnvironmentOperation.Set($"K{i}", "v"))]);

        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.UpdateEnvironmentAsync(Lamp, [ParticleEnvironmentOperation.Unset("K0"), ParticleEnvironmentOperation.Set("K100", "v"), ParticleEnvironmentOperation.Set("K101", "v")]));

        Assert.Equal("A scope holds at most 100 variables; this change would leave 101.", error.Error);
        var listing = await _client.GetEnvironmentAsync(Lamp);
        Assert.Equal(100, listing.Latest.Own.Count);
        Assert.True(listing.Latest.Own.ContainsKey("K0"));
    }

    [Fact]
    public async Task The_merged_snapshot_of_a_device_is_at_most_16_KB()
    {
        await _client.SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, "BIG_A", new string('a', 8_000));

        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.SetEnvironmentVariableAsync(Lamp, "BIG_B", new string('b', 8_400)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.StartsWith("The merged variables of device 'lamp' would be", error.Error, StringComparison.Ordinal);
        Assert.False((await _client.GetEnvironmentAsync(Lamp)).Latest.Own.ContainsKey("BIG_B"));
    }

    [Fact]
    public async Task Unknown_key_delete_and_foreign_device_are_typed_errors()
    {
        var foreign = _sim.AddDevice("neighbour", owner: "someone-else@particle.local");

        var missing = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.DeleteEnvironmentVariableAsync(Lamp, "NOPE"));
        var denied = await Assert.ThrowsAsync<ParticlePermissionDeniedException>(() => _client.GetEnvironmentAsync(ParticleEnvironmentScope.ForDevice(foreign.Id)));
        var unknownProduct = await Assert.ThrowsAsync<ParticleCloudException>(() => _client.GetEnvironmentAsync(ParticleEnvironmentScope.ForProduct("999")));

        Assert.Equal((HttpStatusCode.NotFound, "Environment variable NOPE not found"), (missing.StatusCode, missing.Error));
        Assert.Equal("Permission Denied", denied.Error);
        Assert.Equal("Product not found", unknownProduct.Error);
    }

    [Fact]
    public async Task Firmware_decoders_accept_only_their_exact_forms()
    {
        await _client.UpdateEnvironmentAsync(Lamp,
        [
            ParticleEnvironmentOperation.Set("NEGATIVE", "-42"),
            ParticleEnvironmentOperation.Set("PLUS", "+1"),
            ParticleEnvironmentOperation.Set("FRACTION", "1.5"),
            ParticleEnvironmentOperation.Set("HUGE", "2147483648"),
            ParticleEnvironmentOperation.Set("TITLE_CASE", "True"),
        ]);
        await _client.StartEnvironmentRolloutAsync(Lamp);
        var env = _lamp.Environment;

        Assert.True(env.TryGetEnv("NEGATIVE", out int negative));
        Assert.Equal(-42, negative);
        Assert.False(env.TryGetEnv("PLUS", out int _));
        Assert.False(env.TryGetEnv("FRACTION", out int _));
        Assert.False(env.TryGetEnv("HUGE", out int _));
        Assert.False(env.TryGetEnv("TITLE_CASE", out bool _));
        Assert.True(env.TryGetEnv("TITLE_CASE", out string title));
        Assert.Equal("True", title);
    }

    [Fact]
    public async Task Raw_patch_with_too_many_or_bad_operations_is_refused()
    {
        using var http = SimulatorHttp.AuthorizedClient(_sim);
        var ops = string.Join(",", Enumerable.Range(0, 51).Select(i => $$"""{"op":"Set","key":"K{{i}}","value":"v"}"""));

        using var tooMany = new HttpRequestMessage(HttpMethod.Patch, "v1/env") { Content = new StringContent($$"""{"ops":[{{ops}}]}""", System.Text.Encoding.UTF8, "application/json") };
        using var badOp = new HttpRequestMessage(HttpMethod.Patch, "v1/env") { Content = new StringContent("""{"ops":[{"op":"Rename","key":"A"}]}""", System.Text.Encoding.UTF8, "application/json") };
        using var badWhen = new HttpRequestMessage(HttpMethod.Post, "v1/env/rollout") { Content = new StringContent("""{"when":"Later"}""", System.Text.Encoding.UTF8, "application/json") };

        var (tooManyStatus, tooManyBody) = await http.SendJsonAsync(tooMany);
        var (badOpStatus, badOpBody) = await http.SendJsonAsync(badOp);
        var (badWhenStatus, badWhenBody) = await http.SendJsonAsync(badWhen);

        Assert.Equal((HttpStatusCode.BadRequest, "At most 50 operations per request; got 51."), (tooManyStatus, tooManyBody.GetProperty("error").GetString()));
        Assert.False(tooManyBody.GetProperty("ok").GetBoolean());
        Assert.Equal((HttpStatusCode.BadRequest, "Operation \"Rename\" is not Set or Unset."), (badOpStatus, badOpBody.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "\"when\" must be Immediate or Connect."), (badWhenStatus, badWhenBody.GetProperty("error").GetString()));
    }
}
