using System.Net;
using System.Text.Json;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>Method, path, headers and body of every endpoint, in user and product scope.</summary>
public sealed class RequestShapeTests
{
    private const string DeviceJson = """{"id":"0123456789abcdef01234567","name":"station","connected":true,"variables":{},"functions":[]}""";
    private const string VariableJson = """{"cmd":"VarReturn","name":"temp","result":21.5,"coreInfo":{"connected":true,"deviceID":"0123456789abcdef01234567"}}""";
    private const string FunctionJson = """{"id":"0123456789abcdef01234567","connected":true,"return_value":1}""";
    private const string Product = "my-product";

    [Fact]
    public async Task ListDevices_user_scope_GETs_v1_devices_with_bearer_token()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, $"[{DeviceJson}]");
        var devices = await TestClients.Create(handler).ListDevicesAsync();

        var request = handler.Single;
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal("https://cloud.test/v1/devices", request.Uri.AbsoluteUri);
        Assert.Equal($"Bearer {TestClients.Token}", request.Authorization);
        Assert.Equal("application/json", request.Accept);
        Assert.Null(request.Body);
        Assert.Equal("station", Assert.Single(devices).Name);
    }

    [Fact]
    public async Task ListDevices_product_scope_pages_until_total_pages()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Json(HttpStatusCode.OK, request.Uri.Query.Contains("page=1&", StringComparison.Ordinal)
            ? $$$"""{"devices":[{{{DeviceJson}}}],"meta":{"total_pages":2}}"""
            : """{"devices":[{"id":"aaaaaaaaaaaaaaaaaaaaaaaa","name":"second"}],"meta":{"total_pages":2}}"""));
        var devices = await TestClients.Create(handler, o => o.Product = Product).ListDevicesAsync();

        Assert.Equal(["station", "second"], devices.Select(d => d.Name));
        Assert.Equal(
            ["/v1/products/my-product/devices?page=1&per_page=25", "/v1/products/my-product/devices?page=2&per_page=25"],
            handler.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task ListAllProductDevices_without_meta_stops_at_a_short_page()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Json(HttpStatusCode.OK, request.Uri.Query.Contains("page=1&", StringComparison.Ordinal)
            ? $$$"""{"devices":[{{{DeviceJson}}},{"id":"bbbbbbbbbbbbbbbbbbbbbbbb"}]}"""
            : """{"devices":[{"id":"cccccccccccccccccccccccc"}]}"""));
        var client = TestClients.Create(handler);

        var ids = new List<string>();
        await foreach (var device in client.ListAllProductDevicesAsync(new ParticleProductDeviceQuery { PerPage = 2 }, product: "p"))
        {
            ids.Add(device.Id);
        }

        Assert.Equal([TestClients.DeviceId, "bbbbbbbbbbbbbbbbbbbbbbbb", "cccccccccccccccccccccccc"], ids);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task ListProductDevices_without_a_product_fails_before_sending()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, "{}");
        await Assert.ThrowsAsync<InvalidOperationException>(() => TestClients.Create(handler).ListProductDevicesAsync());
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task ListProductDevices_sends_filters_and_paging_and_maps_meta()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, $$$"""{"devices":[{{{DeviceJson}}}],"customers":[],"meta":{"total_pages":7,"total_records":13}}""");
        var page = await TestClients.Create(handler).ListProductDevicesAsync(
            new ParticleProductDeviceQuery { Page = 3, PerPage = 2, DeviceName = "my station", Groups = ["north", "south"], SortAttribute = "deviceName", SortDirection = "asc", DeviceId = "0123" },
            product: "1234");

        Assert.Equal(
            "/v1/products/1234/devices?deviceId=0123&deviceName=my%20station&groups=north%2Csouth&sortAttr=deviceName&sortDir=asc&page=3&per_page=2",
            handler.Single.PathAndQuery);
        Assert.Equal(3, page.Page);
        Assert.Equal(7, page.TotalPages);
        Assert.Equal(13, page.TotalRecords);
        Assert.Single(page.Devices);
    }

    [Theory]
    [InlineData(null, "my device", "/v1/devices/my%20device")]
    [InlineData(null, "température/ü ✓", "/v1/devices/temp%C3%A9rature%2F%C3%BC%20%E2%9C%93")]
    [InlineData(null, "a?b#c%d", "/v1/devices/a%3Fb%23c%25d")]
    [InlineData(Product, TestClients.DeviceId, "/v1/products/my-product/devices/0123456789abcdef01234567")]
    [InlineData("slug with space", TestClients.DeviceId, "/v1/products/slug%20with%20space/devices/0123456789abcdef01234567")]
    public async Task GetDevice_percent_encodes_every_segment(string? product, string device, string expectedPath)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, DeviceJson);
        await TestClients.Create(handler, o => o.Product = product).GetDeviceAsync(device);

        Assert.Equal(HttpMethod.Get, handler.Single.Method);
        Assert.Equal(expectedPath, handler.Single.Uri.AbsolutePath);
        Assert.Equal(expectedPath, handler.Single.Uri.GetComponents(UriComponents.Path, UriFormat.UriEscaped).Insert(0, "/"));
    }

    [Theory]
    [InlineData(null, "my device", "temp ü", "/v1/devices/my%20device/temp%20%C3%BC")]
    [InlineData(Product, TestClients.DeviceId, "temp", "/v1/products/my-product/devices/0123456789abcdef01234567/temp")]
    public async Task GetVariable_GETs_device_variable_route(string? product, string device, string variable, string expectedPath)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, VariableJson);
        await TestClients.Create(handler, o => o.Product = product).GetVariableAsync(device, variable);

        Assert.Equal(HttpMethod.Get, handler.Single.Method);
        Assert.Equal(expectedPath, handler.Single.Uri.AbsolutePath);
        Assert.Equal($"Bearer {TestClients.Token}", handler.Single.Authorization);
    }

    [Fact]
    public async Task Product_routes_reject_device_names_before_sending()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, VariableJson);
        var client = TestClients.Create(handler, o => o.Product = Product);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetVariableAsync("kitchen", "temp"));
        Assert.Contains("24-hex-digit", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    [InlineData(".")]
    public async Task Empty_or_dot_segments_are_rejected_before_sending(string device)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, DeviceJson);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => TestClients.Create(handler).GetDeviceAsync(device));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task CallFunction_POSTs_json_arg_by_default()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        await TestClients.Create(handler).CallFunctionAsync("my device", "set led", "255,0,\"0\"");

        var request = handler.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/v1/devices/my%20device/set%20led", request.Uri.AbsolutePath);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("255,0,\"0\"", JsonDocument.Parse(request.Body!).RootElement.GetProperty("arg").GetString());
        Assert.Equal($"Bearer {TestClients.Token}", request.Authorization);
    }

    [Fact]
    public async Task CallFunction_uses_configured_field_name_and_form_encoding()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        await TestClients.Create(handler, o =>
        {
            o.FunctionBodyEncoding = ParticleFunctionBodyEncoding.Form;
            o.FunctionArgumentFieldName = "args";
        }).CallFunctionAsync(TestClients.DeviceId, "led", "on & off=ü");

        Assert.Equal("application/x-www-form-urlencoded", handler.Single.ContentType);
        Assert.Equal("args=on+%26+off%3D%C3%BC", handler.Single.Body);
    }

    [Fact]
    public async Task CallFunction_json_with_args_field_name()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        await TestClients.Create(handler, o => o.FunctionArgumentFieldName = "args").CallFunctionAsync(TestClients.DeviceId, "led", "on");

        Assert.Equal("""{"args":"on"}""", handler.Single.Body);
    }

    [Fact]
    public async Task CallFunction_product_scope()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        await TestClients.Create(handler, o => o.Product = "42").CallFunctionAsync(TestClients.DeviceId, "led", "on");

        Assert.Equal("/v1/products/42/devices/0123456789abcdef01234567/led", handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task Argument_over_the_limit_is_rejected_before_sending_with_the_limit_in_the_message()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<ParticleArgumentTooLongException>(() => client.CallFunctionAsync(TestClients.DeviceId, "led", new string('x', 1025)));
        Assert.Contains("1024", error.Message, StringComparison.Ordinal);
        Assert.Contains("1025", error.Message, StringComparison.Ordinal);
        Assert.Equal("argument", error.ParamName);
        Assert.Empty(handler.Requests);

        await client.CallFunctionAsync(TestClients.DeviceId, "led", new string('x', 1024));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Argument_limit_counts_utf8_bytes_and_is_configurable()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        var client = TestClients.Create(handler, o => o.FunctionArgumentLimit = 4);

        // "üü" is 2 characters but 4 UTF-8 bytes; "üüü" is 6 bytes.
        await client.CallFunctionAsync(TestClients.DeviceId, "led", "üü");
        var error = await Assert.ThrowsAsync<ParticleArgumentTooLongException>(() => client.CallFunctionAsync(TestClients.DeviceId, "led", "üüü"));
        Assert.Equal(6, error.ActualBytes);
        Assert.Equal(4, error.LimitBytes);
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(null, "/v1/devices/events")]
    [InlineData(Product, "/v1/products/my-product/events")]
    public async Task PublishEvent_POSTs_json_fields(string? product, string expectedPath)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"ok":true}""");
        await TestClients.Create(handler, o => o.Product = product).PublishEventAsync("door/open", "front", isPrivate: false, ttl: TimeSpan.FromSeconds(60));

        var request = handler.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(expectedPath, request.Uri.AbsolutePath);
        Assert.Equal("""{"name":"door/open","data":"front","private":false,"ttl":60}""", request.Body);
    }

    [Fact]
    public async Task PublishEvent_defaults_to_private_without_data_or_ttl()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"ok":true}""");
        await TestClients.Create(handler).PublishEventAsync("ping");

        Assert.Equal("""{"name":"ping","private":true}""", handler.Single.Body);
    }

    [Fact]
    public async Task CreateToken_POSTs_password_grant_form_with_client_basic_auth_and_no_bearer()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"token_type":"bearer","access_token":"new-token-value","expires_in":3600,"refresh_token":"r"}""");
        var token = await TestClients.Create(handler).CreateTokenAsync("me@example.com", "p&ss w", TimeSpan.FromHours(1));

        var request = handler.Single;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://cloud.test/oauth/token", request.Uri.AbsoluteUri);
        Assert.Equal("Basic cGFydGljbGU6cGFydGljbGU=", request.Authorization); // particle:particle
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("grant_type=password&username=me%40example.com&password=p%26ss+w&expires_in=3600", request.Body);
        Assert.Equal("new-token-value", token.AccessToken);
        Assert.Equal(TimeSpan.FromHours(1), token.ExpiresIn);
        Assert.Equal("r", token.RefreshToken);
        Assert.DoesNotContain("new-token-value", token.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateToken_uses_configured_oauth_client_and_never_expiring_lifetime()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"token_type":"bearer","access_token":"t","expires_in":0}""");
        await TestClients.Create(handler, o => { o.OAuthClientId = "cli"; o.OAuthClientSecret = "s3"; }).CreateTokenAsync("me", "pw", TimeSpan.Zero);

        Assert.Equal("Basic Y2xpOnMz", handler.Single.Authorization);
        Assert.EndsWith("&expires_in=0", handler.Single.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mfa_required_surfaces_the_mfa_token_and_completion_sends_the_otp()
    {
        var handler = new StubHttpHandler(request => request.Body!.Contains("grant_type=password", StringComparison.Ordinal)
            ? StubHttpHandler.Json(HttpStatusCode.Forbidden, """{"error":"mfa_required","error_description":"Multifactor authentication required","mfa_token":"mfa-123"}""")
            : StubHttpHandler.Json(HttpStatusCode.OK, """{"token_type":"bearer","access_token":"after-mfa","expires_in":60}"""));
        var client = TestClients.Create(handler);

        var mfa = await Assert.ThrowsAsync<ParticleMfaRequiredException>(() => client.CreateTokenAsync("me", "pw"));
        Assert.Equal("mfa-123", mfa.MfaToken);
        Assert.DoesNotContain("mfa-123", mfa.ToString(), StringComparison.Ordinal);
        Assert.Equal("Multifactor authentication required", mfa.ErrorDescription);

        var token = await client.CompleteMfaLoginAsync(mfa.MfaToken, "123456");
        Assert.Equal("after-mfa", token.AccessToken);
        Assert.Equal("grant_type=urn%3Acustom%3Amfa-otp&mfa_token=mfa-123&otp=123456", handler.Requests.Last().Body);
        Assert.Equal("Basic cGFydGljbGU6cGFydGljbGU=", handler.Requests.Last().Authorization);
    }

    [Fact]
    public async Task GetCurrentTokenInfo_GETs_current_and_maps_fields()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"expires_at":"2030-01-02T03:04:05.000Z","client":"particle","scopes":["a"]}""");
        var info = await TestClients.Create(handler).GetCurrentTokenInfoAsync();

        Assert.Equal("/v1/access_tokens/current", handler.Single.Uri.AbsolutePath);
        Assert.Equal(HttpMethod.Get, handler.Single.Method);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero), info.ExpiresAt);
        Assert.Equal("particle", info.Client);
        Assert.Equal(["a"], info.Scopes);
    }

    [Fact]
    public async Task Revoke_current_given_and_all_send_DELETE_to_their_routes()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"ok":true}""");
        var client = TestClients.Create(handler);

        await client.RevokeCurrentTokenAsync();
        await client.RevokeTokenAsync("other/token");
        await client.RevokeAllTokensAsync();

        Assert.All(handler.Requests, r => Assert.Equal(HttpMethod.Delete, r.Method));
        Assert.All(handler.Requests, r => Assert.Equal($"Bearer {TestClients.Token}", r.Authorization));
        Assert.Equal(["/v1/access_tokens/current", "/v1/access_tokens/other%2Ftoken", "/v1/access_tokens"], handler.Requests.Select(r => r.Uri.AbsolutePath));
    }

    [Fact]
    public async Task Query_placement_is_an_opt_in_that_moves_the_token_into_the_url()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, DeviceJson);
        await TestClients.Create(handler, o => o.TokenPlacement = ParticleTokenPlacement.QueryString).GetDeviceAsync("my device");

        Assert.Null(handler.Single.Authorization);
        Assert.Equal($"/v1/devices/my%20device?access_token={TestClients.Token}", handler.Single.PathAndQuery);
    }

    [Fact]
    public async Task Query_placement_applies_to_GET_only_and_other_methods_use_the_header()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        await TestClients.Create(handler, o => o.TokenPlacement = ParticleTokenPlacement.QueryString).CallFunctionAsync(TestClients.DeviceId, "led", "on");

        Assert.Equal($"Bearer {TestClients.Token}", handler.Single.Authorization);
        Assert.DoesNotContain("access_token", handler.Single.Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_placement_appends_to_existing_query()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"devices":[]}""");
        await TestClients.Create(handler, o => o.TokenPlacement = ParticleTokenPlacement.QueryString).ListProductDevicesAsync(product: "p");

        Assert.Equal($"/v1/products/p/devices?page=1&per_page=25&access_token={TestClients.Token}", handler.Single.PathAndQuery);
    }

    [Fact]
    public async Task Form_placement_puts_the_token_in_form_bodies_and_uses_the_header_for_GET()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Json(HttpStatusCode.OK, request.Method == HttpMethod.Get ? VariableJson : FunctionJson));
        var client = TestClients.Create(handler, o => o.TokenPlacement = ParticleTokenPlacement.FormBody);

        await client.CallFunctionAsync(TestClients.DeviceId, "led", "on");
        await client.GetVariableAsync(TestClients.DeviceId, "temp");
        await client.RevokeCurrentTokenAsync();

        var requests = handler.Requests.ToArray();
        Assert.Null(requests[0].Authorization);
        Assert.Equal("application/x-www-form-urlencoded", requests[0].ContentType);
        Assert.Equal($"arg=on&access_token={TestClients.Token}", requests[0].Body);
        Assert.Equal($"Bearer {TestClients.Token}", requests[1].Authorization);
        Assert.DoesNotContain("access_token", requests[1].Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal($"access_token={TestClients.Token}", requests[2].Body);
        Assert.Null(requests[2].Authorization);
    }

    [Fact]
    public async Task Token_provider_is_asked_for_each_request()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, DeviceJson);
        var calls = 0;
        var client = new ParticleCloudClient(new HttpClient(handler), new ParticleCloudOptions
        {
            BaseAddress = TestClients.BaseAddress,
            AccessTokenProvider = _ => ValueTask.FromResult($"rotating-{++calls}"),
        });

        await client.GetDeviceAsync(TestClients.DeviceId);
        await client.GetDeviceAsync(TestClients.DeviceId);

        Assert.Equal(["Bearer rotating-1", "Bearer rotating-2"], handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Base_address_with_a_path_prefix_is_kept()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, DeviceJson);
        await TestClients.Create(handler, o => o.BaseAddress = new Uri("http://127.0.0.1:9090/particle/")).GetDeviceAsync(TestClients.DeviceId);

        Assert.Equal("http://127.0.0.1:9090/particle/v1/devices/0123456789abcdef01234567", handler.Single.Uri.AbsoluteUri);
    }
}
