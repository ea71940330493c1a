using System.Net;

namespace ParticleContracts.Simulator.Tests.Client;

/// <summary>The runtime <see cref="ParticleCloudClient"/> against the simulator over loopback: every route, every error.</summary>
public sealed class ClientEndToEndTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private ParticleCloudClient _client = null!;
    private SimulatedDevice _lamp = null!;
    private SimulatedDevice _sensor = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions
        {
            OfflineResponseDelay = TimeSpan.FromMilliseconds(10),
            KeepAliveInterval = TimeSpan.FromMilliseconds(200),
        });
        _client = ClientFactory.Create(_sim);
        _lamp = _sim.AddDevice("lamp", platformId: 12)
            .SetVariable("temp", 21.5)
            .SetVariable("count", 42)
            .SetVariable("on", true)
            .SetVariable("label", "kitchen")
            .SetFunction("led", arg => arg == "on" ? 1 : 0);
        _sensor = _sim.AddDevice("sensor", productId: 30301).SetVariable("level", 9).SetFunction("reset", _ => 5);
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ListDevices()
    {
        var devices = await _client.ListDevicesAsync();

        Assert.Equal(["lamp", "sensor"], devices.Select(d => d.Name));
        var lamp = devices[0];
        Assert.Equal(_lamp.Id, lamp.Id);
        Assert.True(lamp.Connected);
        Assert.Equal(12, lamp.PlatformId);
        Assert.NotNull(lamp.LastHeard);
    }

    [Fact]
    public async Task GetDevice_by_name_and_id_reports_variables_and_functions()
    {
        var byName = await _client.GetDeviceAsync("lamp");
        var byId = await _client.GetDeviceAsync(_lamp.Id);

        Assert.Equal(_lamp.Id, byName.Id);
        Assert.Equal("lamp", byId.Name);
        Assert.Equal(
            new Dictionary<string, string> { ["count"] = "int32", ["label"] = "string", ["on"] = "bool", ["temp"] = "double" },
            byName.Variables.ToDictionary());
        Assert.Equal(["led"], byName.Functions);
    }

    [Fact]
    public async Task Typed_variable_reads()
    {
        Assert.Equal(21.5, await _client.GetVariableAsync<double>("lamp", "temp"));
        Assert.Equal(42, await _client.GetVariableAsync<int>("lamp", "count"));
        Assert.True(await _client.GetVariableAsync<bool>("lamp", "on"));
        Assert.Equal("kitchen", await _client.GetVariableAsync<string>("lamp", "label"));
    }

    [Fact]
    public async Task Untyped_variable_read_carries_coreInfo()
    {
        var result = await _client.GetVariableAsync(_lamp.Id, "count");

        Assert.Equal("count", result.Name);
        Assert.Equal(42, result.Result.GetInt32());
        Assert.Equal(_lamp.Id, result.CoreInfo?.DeviceId);
        Assert.True(result.CoreInfo?.Connected);
    }

    [Fact]
    public async Task Integral_double_reads_as_double()
    {
        _lamp.SetVariable("temp", 20.0);

        Assert.Equal(20.0, await _client.GetVariableAsync<double>("lamp", "temp"));
    }

    [Theory]
    [InlineData(ParticleFunctionBodyEncoding.Json, "arg")]
    [InlineData(ParticleFunctionBodyEncoding.Json, "args")]
    [InlineData(ParticleFunctionBodyEncoding.Form, "arg")]
    [InlineData(ParticleFunctionBodyEncoding.Form, "args")]
    public async Task CallFunction_in_every_body_shape(ParticleFunctionBodyEncoding encoding, string field)
    {
        var client = ClientFactory.Create(_sim, o =>
        {
            o.FunctionBodyEncoding = encoding;
            o.FunctionArgumentFieldName = field;
        });

        var result = await client.CallFunctionAsync("lamp", "led", "on");

        Assert.Equal(1, result.ReturnValue);
        Assert.True(result.Connected);
        Assert.Equal(_lamp.Id, result.DeviceId);
        Assert.Equal(new SimulatedFunctionCall("led", "on", 1), Assert.Single(_lamp.FunctionCalls));
    }

    [Fact]
    public async Task Token_in_the_query_string_authenticates_reads()
    {
        var client = ClientFactory.Create(_sim, o => o.TokenPlacement = ParticleTokenPlacement.QueryString);

        Assert.Equal(21.5, await client.GetVariableAsync<double>("lamp", "temp"));
        Assert.Equal("lamp", (await client.GetDeviceAsync("lamp")).Name);
    }

    [Fact]
    public async Task Query_string_placement_still_authenticates_calls_which_the_cloud_only_accepts_with_a_header()
    {
        var client = ClientFactory.Create(_sim, o => o.TokenPlacement = ParticleTokenPlacement.QueryString);

        var result = await client.CallFunctionAsync("lamp", "led", "on");
        await client.PublishEventAsync("query-published", "1");

        Assert.Equal(1, result.ReturnValue);
        Assert.Contains(_sim.PublishedEvents, e => e.Name == "query-published");
    }

    [Fact]
    public async Task Token_in_the_form_body_authenticates_calls_and_publishes()
    {
        var client = ClientFactory.Create(_sim, o =>
        {
            o.TokenPlacement = ParticleTokenPlacement.FormBody;
            o.FunctionBodyEncoding = ParticleFunctionBodyEncoding.Form;
        });

        var result = await client.CallFunctionAsync("lamp", "led", "on");
        await client.PublishEventAsync("form-published", "1");

        Assert.Equal(1, result.ReturnValue);
        Assert.Contains(_sim.PublishedEvents, e => e.Name == "form-published" && e.CoreId == "api");
    }

    [Fact]
    public async Task Unknown_variable_throws_ParticleUnknownVariableException()
    {
        var error = await Assert.ThrowsAsync<ParticleUnknownVariableException>(() => _client.GetVariableAsync<int>("lamp", "sensor2"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("sensor2", error.VariableName);
        Assert.Contains("Unknown Variable: sensor2", error.Message);
    }

    [Fact]
    public async Task Unknown_function_throws_ParticleUnknownFunctionException()
    {
        var error = await Assert.ThrowsAsync<ParticleUnknownFunctionException>(() => _client.CallFunctionAsync("lamp", "blink", ""));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("blink", error.FunctionName);
    }

    [Fact]
    public async Task Offline_device_throws_ParticleDeviceOfflineException_for_reads_and_calls()
    {
        _lamp.SetOnline(false);

        var read = await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => _client.GetVariableAsync<double>("lamp", "temp"));
        var call = await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => _client.CallFunctionAsync("lamp", "led", "on"));

        Assert.Equal(HttpStatusCode.RequestTimeout, read.StatusCode);
        Assert.Equal(HttpStatusCode.RequestTimeout, call.StatusCode);
        Assert.False((await _client.GetDeviceAsync("lamp")).Connected);
    }

    [Fact]
    public async Task Device_dropping_off_mid_call_throws_ParticleDeviceOfflineException()
    {
        _lamp.DisconnectDuringNextCall();

        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => _client.CallFunctionAsync("lamp", "led", "on"));

        Assert.Empty(_lamp.FunctionCalls);
    }

    [Fact]
    public async Task Unknown_or_foreign_device_throws_ParticlePermissionDeniedException()
    {
        _sim.AddDevice("neighbour", owner: "someone@else").SetVariable("temp", 1);

        var unknown = await Assert.ThrowsAsync<ParticlePermissionDeniedException>(() => _client.GetDeviceAsync("nobody"));
        await Assert.ThrowsAsync<ParticlePermissionDeniedException>(() => _client.GetVariableAsync<int>("neighbour", "temp"));

        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
    }

    [Fact]
    public async Task Invalid_token_throws_ParticleInvalidTokenException_without_leaking_the_token()
    {
        var client = ClientFactory.Create(_sim, o => o.AccessToken = "0123456789abcdef0123456789abcdef01234567");

        var error = await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => client.ListDevicesAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.DoesNotContain("0123456789abcdef0123456789abcdef01234567", error.ToString());
    }

    [Fact]
    public async Task Expired_or_revoked_token_throws_ParticleInvalidTokenException()
    {
        var token = _sim.CreateAccessToken();
        var client = ClientFactory.Create(_sim, o => o.AccessToken = token);
        Assert.NotEmpty(await client.ListDevicesAsync());

        _sim.RevokeAccessToken(token);

        await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => client.ListDevicesAsync());
    }

    [Fact]
    public async Task Argument_over_the_simulator_limit_is_rejected_by_the_cloud()
    {
        // The client checks its own limit first; raise it so the request reaches the simulator's 1024-byte check.
        var client = ClientFactory.Create(_sim, o => o.FunctionArgumentLimit = 4096);

        var error = await Assert.ThrowsAnyAsync<ParticleCloudException>(() => client.CallFunctionAsync("lamp", "led", new string('x', 1025)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Empty(_lamp.FunctionCalls);
    }

    [Fact]
    public async Task Argument_over_the_client_limit_never_leaves_the_process()
    {
        await Assert.ThrowsAsync<ParticleArgumentTooLongException>(() => _client.CallFunctionAsync("lamp", "led", new string('x', 1025)));

        Assert.Empty(_lamp.FunctionCalls);
    }

    [Fact]
    public async Task Rate_limited_reply_throws_ParticleRateLimitedException()
    {
        _sim.Faults.FailNextRequests(1, 429);

        var error = await Assert.ThrowsAsync<ParticleRateLimitedException>(() => _client.ListDevicesAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
    }

    [Fact]
    public async Task Server_error_throws_ParticleServerException()
    {
        _sim.Faults.FailNextRequests(1, 503);

        var error = await Assert.ThrowsAsync<ParticleServerException>(() => _client.GetVariableAsync<double>("lamp", "temp"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
    }

    [Fact]
    public async Task Publish_and_subscribe_with_a_prefix()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var events = _client.SubscribeAsync(ParticleEventScope.MyDevices, "temp", cancel.Token).GetAsyncEnumerator(cancel.Token);
        var first = events.MoveNextAsync();
        await _sim.WaitForEventStreamsAsync(1, cancel.Token);

        await _client.PublishEventAsync("humidity", "40");
        _lamp.PublishEvent("temperature", "21.5");
        await _client.PublishEventAsync("temp/api", "from api");

        Assert.True(await first);
        Assert.Equal("temperature", events.Current.Name);
        Assert.Equal("21.5", events.Current.Data);
        Assert.Equal(_lamp.Id, events.Current.DeviceId);
        var second = await ClientFactory.NextAsync(events);
        Assert.Equal("temp/api", second.Name);
        Assert.Equal("api", second.DeviceId);
    }

    [Fact]
    public async Task Device_subscription_only_sees_that_device()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var events = _client.SubscribeAsync(ParticleEventScope.Device("lamp"), cancellationToken: cancel.Token).GetAsyncEnumerator(cancel.Token);
        var first = events.MoveNextAsync();
        await _sim.WaitForEventStreamsAsync(1, cancel.Token);

        _sensor.PublishEvent("ping", "sensor");
        _lamp.PublishEvent("ping", "lamp");

        Assert.True(await first);
        Assert.Equal("lamp", events.Current.Data);
    }

    [Fact]
    public async Task Subscription_reconnects_after_a_dropped_stream()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var events = _client.SubscribeAsync(ParticleEventScope.MyDevices, "after", cancel.Token).GetAsyncEnumerator(cancel.Token);
        var first = events.MoveNextAsync().AsTask();
        await _sim.WaitForEventStreamsAsync(1, cancel.Token);

        Assert.Equal(1, _sim.Faults.DropEventStreams());

        // Events published while the client is reconnecting are lost, as with the real cloud, so keep
        // publishing until the re-established stream delivers one.
        while (!first.IsCompleted)
        {
            _lamp.PublishEvent("after-drop", "still here");
            await Task.WhenAny(first, Task.Delay(50, cancel.Token));
        }

        Assert.True(await first);
        Assert.Equal("still here", events.Current.Data);
    }

    [Fact]
    public async Task Product_scope_routes()
    {
        var client = ClientFactory.Create(_sim, o => o.Product = "30301");

        var page = await client.ListProductDevicesAsync();
        var info = await client.GetDeviceAsync(_sensor.Id);
        var level = await client.GetVariableAsync<int>(_sensor.Id, "level");
        var reset = await client.CallFunctionAsync(_sensor.Id, "reset", "now");

        Assert.Equal("sensor", Assert.Single(page.Devices).Name);
        Assert.Equal(1, page.TotalRecords);
        Assert.Equal(["reset"], info.Functions);
        Assert.Equal(9, level);
        Assert.Equal(5, reset.ReturnValue);
    }

    [Fact]
    public async Task Product_scope_by_slug()
    {
        _sim.SetProductSlug(30301, "sensors");
        var client = ClientFactory.Create(_sim, o => o.Product = "sensors");

        Assert.Equal(9, await client.GetVariableAsync<int>(_sensor.Id, "level"));
        Assert.Equal("sensor", Assert.Single((await client.ListProductDevicesAsync()).Devices).Name);
    }

    [Fact]
    public async Task Product_publish_and_subscribe()
    {
        var client = ClientFactory.Create(_sim, o => o.Product = "30301");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var events = client.SubscribeAsync(ParticleEventScope.ForProduct(), cancellationToken: cancel.Token).GetAsyncEnumerator(cancel.Token);
        var first = events.MoveNextAsync();
        await _sim.WaitForEventStreamsAsync(1, cancel.Token);

        _lamp.PublishEvent("not-product", "x");
        await client.PublishEventAsync("fleet", "update");

        Assert.True(await first);
        Assert.Equal("fleet", events.Current.Name);
        Assert.Equal(30301, events.Current.ProductId);
    }

    [Fact]
    public async Task Login_token_info_and_revocation()
    {
        var login = await _client.CreateTokenAsync(_sim.Username, "simulator", TimeSpan.FromHours(1));
        var loggedIn = ClientFactory.Create(_sim, o => o.AccessToken = login.AccessToken);

        var info = await loggedIn.GetCurrentTokenInfoAsync();
        Assert.NotNull(info.ExpiresAt);
        Assert.NotEmpty(await loggedIn.ListDevicesAsync());

        await loggedIn.RevokeCurrentTokenAsync();
        await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => loggedIn.ListDevicesAsync());
    }

    [Fact]
    public async Task Wrong_password_login_fails()
    {
        var error = await Assert.ThrowsAnyAsync<ParticleCloudException>(() => _client.CreateTokenAsync(_sim.Username, "wrong"));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_grant", error.Error);
    }

    [Fact]
    public async Task Revoke_a_token_by_value_and_all_tokens()
    {
        var other = _sim.CreateAccessToken();
        await _client.RevokeTokenAsync(other);
        await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => ClientFactory.Create(_sim, o => o.AccessToken = other).ListDevicesAsync());

        var mine = ClientFactory.Create(_sim, o => o.AccessToken = _sim.CreateAccessToken());
        await mine.RevokeAllTokensAsync();
        await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => _client.ListDevicesAsync());
    }

    [Fact]
    public async Task Contract_verification_against_a_simulated_device()
    {
        var contract = new ParticleDeviceContract("Lamp",
        [
            new ParticleContractMember("temp", ParticleMemberKind.Variable, "double", "double", "lamp.cpp", 3),
            new ParticleContractMember("count", ParticleMemberKind.Variable, "int32", "int", "lamp.cpp", 4),
            new ParticleContractMember("on", ParticleMemberKind.Variable, "bool", "bool", "lamp.cpp", 5),
            new ParticleContractMember("label", ParticleMemberKind.Variable, "string", "String", "lamp.cpp", 6),
            new ParticleContractMember("led", ParticleMemberKind.Function, null, "int(String)", "lamp.cpp", 7),
        ]);

        var clean = await ParticleContractVerifier.VerifyAsync(_client, "lamp", contract);
        _lamp.RemoveFunction("led");
        _lamp.SetVariable("count", "now a string");
        var drifted = await ParticleContractVerifier.VerifyAsync(_client, "lamp", contract);

        Assert.False(clean.HasDrift);
        Assert.Contains(drifted.Drifts, d => d is { Kind: ContractDriftKind.MissingOnDevice, Name: "led" });
        Assert.Contains(drifted.Drifts, d => d is { Kind: ContractDriftKind.TypeMismatch, Name: "count", ActualCloudType: "string" });
    }
}
