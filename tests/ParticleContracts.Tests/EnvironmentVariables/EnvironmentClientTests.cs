using System.Net;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests.EnvironmentVariables;

/// <summary>Routes, bodies and reply mapping of the environment variable calls, against a stub handler.</summary>
public sealed class EnvironmentClientTests
{
    private const string ListJson = """
        {"latest":{"own":{"RETRY_PERIOD":{"value":"30"}},"inherited":{"ENDPOINT":{"from":"Product","value":"https://x.test"}},"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-02T00:00:00Z","created_by":"a@b.test","updated_by":"a@b.test"},
         "last_snapshot":{"own":{"RETRY_PERIOD":{"value":"10"}},"inherited":{},"rollout_at":"2026-01-01T12:00:00Z","rollout_by":"a@b.test"},
         "on_device":{"rendered":{"RETRY_PERIOD":"10"},"last_reported_at":"2026-01-01T13:00:00Z"}}
        """;

    public static TheoryData<string, string> Scopes => new()
    {
        { "sandbox", "/v1/env" },
        { "product", "/v1/products/my-fleet/env" },
        { "org", "/v1/orgs/acme/env" },
        { "device", $"/v1/env/{TestClients.DeviceId}" },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Every_scope_has_its_route(string kind, string path)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, ListJson);
        var client = TestClients.Create(handler);
        var scope = Scope(kind);

        await client.GetEnvironmentAsync(scope);
        await client.RenderEnvironmentAsync(scope);
        await client.GetEnvironmentRolloutAsync(scope);

        Assert.Equal([path, path + "/render", path + "/rollout"], handler.Requests.Select(r => r.PathAndQuery));
        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
    }

    [Fact]
    public void Device_scope_needs_a_device_id()
    {
        var error = Assert.Throws<ArgumentException>(() => ParticleEnvironmentScope.ForDevice("lamp"));
        Assert.Contains("24-hex-digit ID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_maps_latest_snapshot_and_device_values()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, ListJson);
        var env = await TestClients.Create(handler).GetEnvironmentAsync(ParticleEnvironmentScope.ForDevice(TestClients.DeviceId));

        Assert.Equal("30", env.Latest.Own["RETRY_PERIOD"]);
        Assert.Equal(new ParticleInheritedEnvironmentValue("Product", "https://x.test"), env.Latest.Inherited["ENDPOINT"]);
        Assert.Equal("a@b.test", env.Latest.UpdatedBy);
        Assert.Equal("10", env.LastSnapshot!.Own["RETRY_PERIOD"]);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero), env.LastSnapshot.RolloutAt);
        Assert.Equal("10", env.OnDevice!["RETRY_PERIOD"]);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, env.Raw.GetProperty("latest").ValueKind);
    }

    [Fact]
    public async Task Patch_sends_set_and_unset_operations()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, ListJson);
        await TestClients.Create(handler).UpdateEnvironmentAsync(
            ParticleEnvironmentScope.ForProduct("30301"),
            [ParticleEnvironmentOperation.Set("RETRY_PERIOD", "30"), ParticleEnvironmentOperation.Unset("OLD_KEY")]);

        var request = handler.Single;
        Assert.Equal(HttpMethod.Patch, request.Method);
        Assert.Equal("/v1/products/30301/env", request.PathAndQuery);
        Assert.Equal("""{"ops":[{"op":"Set","key":"RETRY_PERIOD","value":"30"},{"op":"Unset","key":"OLD_KEY"}]}""", request.Body);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task Patch_outside_1_to_50_operations_fails_before_sending(int count)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, ListJson);
        var operations = Enumerable.Range(0, count).Select(i => ParticleEnvironmentOperation.Set($"KEY_{i}", "v")).ToArray();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => TestClients.Create(handler).UpdateEnvironmentAsync(ParticleEnvironmentScope.Sandbox, operations));

        Assert.Contains("1 to 50 operations", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Fifty_operations_are_sent()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, ListJson);
        var operations = Enumerable.Range(0, 50).Select(i => ParticleEnvironmentOperation.Unset($"KEY_{i}")).ToArray();

        await TestClients.Create(handler).UpdateEnvironmentAsync(ParticleEnvironmentScope.Sandbox, operations);

        Assert.Equal(50, handler.Single.Body!.Split("\"Unset\"").Length - 1);
    }

    [Fact]
    public async Task Put_and_delete_address_the_key()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, ListJson);
        var client = TestClients.Create(handler);
        var scope = ParticleEnvironmentScope.ForOrganization("acme");

        await client.SetEnvironmentVariableAsync(scope, "ENABLE_DEBUG", "true");
        await client.DeleteEnvironmentVariableAsync(scope, "ENABLE_DEBUG");

        var requests = handler.Requests.ToArray();
        Assert.Equal((HttpMethod.Put, "/v1/orgs/acme/env/ENABLE_DEBUG", """{"value":"true"}"""), (requests[0].Method, requests[0].PathAndQuery, requests[0].Body));
        Assert.Equal((HttpMethod.Delete, "/v1/orgs/acme/env/ENABLE_DEBUG"), (requests[1].Method, requests[1].PathAndQuery));
    }

    [Fact]
    public async Task Render_reads_env_or_a_bare_map()
    {
        var wrapped = StubHttpHandler.Replying(HttpStatusCode.OK, """{"env":{"A":"1","B":"x"},"last_updated_at":"2026-01-02T00:00:00Z","rollout_at":null,"rollout_by":null}""");
        var bare = StubHttpHandler.Replying(HttpStatusCode.OK, """{"A":"1"}""");

        var fromEnv = await TestClients.Create(wrapped).RenderEnvironmentAsync(ParticleEnvironmentScope.Sandbox);
        var fromBare = await TestClients.Create(bare).RenderEnvironmentAsync(ParticleEnvironmentScope.Sandbox);

        Assert.Equal(new Dictionary<string, string> { ["A"] = "1", ["B"] = "x" }, fromEnv.Variables);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), fromEnv.LastUpdatedAt);
        Assert.Null(fromEnv.RolloutAt);
        Assert.Equal(new Dictionary<string, string> { ["A"] = "1" }, fromBare.Variables);
    }

    [Fact]
    public async Task Rollout_diff_and_start()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Json(HttpStatusCode.OK, request.Method == HttpMethod.Post
            ? """{"success":false}"""
            : """{"from_snapshot":{"changes":[{"op":"Added","key":"A","after":"1"},{"op":"Changed","key":"B","before":"x","after":"y"},{"op":"Removed","key":"C","before":"z"},{"op":"Renamed","key":"D"}],"unchanged":{"E":"e"}}}"""));
        var client = TestClients.Create(handler);
        var scope = ParticleEnvironmentScope.ForDevice(TestClients.DeviceId);

        var rollout = await client.GetEnvironmentRolloutAsync(scope);
        var started = await client.StartEnvironmentRolloutAsync(scope, ParticleEnvironmentRolloutTiming.Connect);

        Assert.Equal(
            [
                new ParticleEnvironmentChange(ParticleEnvironmentChangeKind.Added, "Added", "A", null, "1"),
                new ParticleEnvironmentChange(ParticleEnvironmentChangeKind.Changed, "Changed", "B", "x", "y"),
                new ParticleEnvironmentChange(ParticleEnvironmentChangeKind.Removed, "Removed", "C", "z", null),
                new ParticleEnvironmentChange(ParticleEnvironmentChangeKind.Unknown, "Renamed", "D", null, null),
            ],
            rollout.FromSnapshot.Changes);
        Assert.Equal("e", rollout.FromSnapshot.Unchanged["E"]);
        Assert.Null(rollout.FromDevice);
        Assert.False(rollout.IsEmpty);
        Assert.False(started);
        var post = handler.Requests.Last();
        Assert.Equal((HttpMethod.Post, $"/v1/env/{TestClients.DeviceId}/rollout", """{"when":"Connect"}"""), (post.Method, post.PathAndQuery, post.Body));
    }

    [Fact]
    public async Task Empty_reply_bodies_map_to_empty_models()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, string.Empty);
        var client = TestClients.Create(handler);

        var env = await client.DeleteEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, "A");
        var started = await client.StartEnvironmentRolloutAsync(ParticleEnvironmentScope.Sandbox);

        Assert.Empty(env.Latest.Own);
        Assert.Null(env.LastSnapshot);
        Assert.True(started);
    }

    [Fact]
    public async Task Name_rule_rejection_keeps_the_cloud_text()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.BadRequest, """{"ok":false,"error":"Invalid variable name 'lower'"}""");

        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => TestClients.Create(handler).SetEnvironmentVariableAsync(ParticleEnvironmentScope.Sandbox, "lower", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("Invalid variable name 'lower'", error.Error);
        Assert.Equal("/v1/env/{key}", error.RouteTemplate);
    }

    [Fact]
    public async Task Foreign_scope_403_is_permission_denied_without_the_token()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.Forbidden, $$"""{"ok":false,"error":"Permission Denied","info":"see /v1/env?access_token={{TestClients.Token}}"}""");

        var error = await Assert.ThrowsAsync<ParticlePermissionDeniedException>(() => TestClients.Create(handler).GetEnvironmentAsync(ParticleEnvironmentScope.ForProduct("other")));

        Assert.DoesNotContain(TestClients.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Token, error.Info!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_that_is_not_the_expected_json_is_a_protocol_error()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """["not","an","object"]""");

        await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).GetEnvironmentAsync(ParticleEnvironmentScope.Sandbox));
    }

    private static ParticleEnvironmentScope Scope(string kind) => kind switch
    {
        "sandbox" => ParticleEnvironmentScope.Sandbox,
        "product" => ParticleEnvironmentScope.ForProduct("my-fleet"),
        "org" => ParticleEnvironmentScope.ForOrganization("acme"),
        _ => ParticleEnvironmentScope.ForDevice(TestClients.DeviceId),
    };
}
