using System.Net;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>Every error shape of PARTICLE.md §2.4 maps to its exception and keeps the cloud's own text.</summary>
public sealed class ErrorMappingTests
{
    private const string Device = "0123456789abcdef01234567";

    [Fact]
    public async Task Missing_token_400_invalid_request()
    {
        var error = await ReadVariableExpecting<ParticleMissingTokenException>(HttpStatusCode.BadRequest,
            """{"error":"invalid_request","error_description":"The access token was not found"}""");

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_request", error.Error);
        Assert.Equal("The access token was not found", error.ErrorDescription);
        Assert.Contains("The access token was not found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"error":"invalid_request","error_description":"ledger name is required"}""", "ledger name is required")]
    [InlineData("""{"error":"invalid_request"}""", null)]
    public async Task Invalid_request_400_on_an_authenticated_call_is_not_a_missing_token(string body, string? expectedDescription)
    {
        var error = await ReadVariableExpecting<ParticleCloudException>(HttpStatusCode.BadRequest, body);

        Assert.Equal(typeof(ParticleCloudException), error.GetType());
        Assert.Equal("invalid_request", error.Error);
        Assert.Equal(expectedDescription, error.ErrorDescription);
        Assert.DoesNotContain("no access token", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"error":"invalid_token","error_description":"The access token provided is invalid."}""", "invalid_token", "The access token provided is invalid.")]
    [InlineData("""{"error":"expired_token","error_description":"The access token provided has expired."}""", "expired_token", "The access token provided has expired.")]
    public async Task Invalid_or_expired_token_401(string body, string expectedError, string expectedDescription)
    {
        var error = await ReadVariableExpecting<ParticleInvalidTokenException>(HttpStatusCode.Unauthorized, body);

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal(expectedError, error.Error);
        Assert.Equal(expectedDescription, error.ErrorDescription);
        Assert.Contains(expectedDescription, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"error":"Permission Denied","info":"I didn't recognize that device name or ID, try opening https://api.particle.io/v1/devices?access_token=…"}""")]
    [InlineData("""{"ok":false,"error":"Permission Denied","info":"I didn't recognize that device name or ID, try opening https://api.particle.io/v1/devices?access_token=…"}""")]
    public async Task Unknown_or_foreign_device_403(string body)
    {
        var error = await ReadVariableExpecting<ParticlePermissionDeniedException>(HttpStatusCode.Forbidden, body);

        Assert.Equal("Permission Denied", error.Error);
        Assert.StartsWith("I didn't recognize that device name or ID", error.Info, StringComparison.Ordinal);
        Assert.Equal(Device, error.DeviceIdOrName);
        Assert.Contains("Permission Denied", error.Message, StringComparison.Ordinal);
        Assert.Contains(Device, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, """{"ok":false,"error":"timed out"}""", "timed out")]
    [InlineData(HttpStatusCode.RequestTimeout, """{"error":"Timed out."}""", "Timed out.")]
    [InlineData(HttpStatusCode.BadRequest, """{"ok":false,"error":"Timed out"}""", "Timed out")]
    public async Task Device_offline_or_timed_out(HttpStatusCode status, string body, string expectedError)
    {
        var handler = StubHttpHandler.Replying(status, body);
        var client = TestClients.Create(handler);

        var onRead = await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => client.GetVariableAsync<int>(Device, "count"));
        var onCall = await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => client.CallFunctionAsync(Device, "led", "on"));

        Assert.Equal(expectedError, onRead.Error);
        Assert.Equal(status, onCall.StatusCode);
        Assert.Equal(Device, onCall.DeviceIdOrName);
        Assert.Contains("offline", onRead.Message, StringComparison.Ordinal);
        Assert.Contains(expectedError, onCall.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Device_offline_408_without_body()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.RequestTimeout));
        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => TestClients.Create(handler).GetVariableAsync(Device, "temp"));
    }

    [Theory]
    [InlineData("""{"ok":false,"error":"Unknown Variable: sensor2"}""", "Unknown Variable: sensor2")]
    [InlineData("""{"ok":false,"error":"Variable not found"}""", "Variable not found")]
    public async Task Unknown_variable_404(string body, string expectedError)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.NotFound, body);
        var error = await Assert.ThrowsAsync<ParticleUnknownVariableException>(() => TestClients.Create(handler).GetVariableAsync<double>(Device, "sensor2"));

        Assert.Equal(expectedError, error.Error);
        Assert.Equal("sensor2", error.VariableName);
        Assert.Equal(Device, error.DeviceIdOrName);
        Assert.Contains(expectedError, error.Message, StringComparison.Ordinal);
        Assert.Contains("/v1/devices/{deviceIdOrName}/{variableName}", error.Message, StringComparison.Ordinal);
        Assert.Equal("/v1/devices/{deviceIdOrName}/{variableName}", error.RouteTemplate);
        Assert.Equal("GET", error.Method);
    }

    [Theory]
    [InlineData("""{"ok":false,"error":"Function blink not found"}""", "Function blink not found")]
    [InlineData("""{"ok":false,"error":"Function not found"}""", "Function not found")]
    [InlineData("""{"error":"Not Found"}""", "Not Found")]
    public async Task Unknown_function_404(string body, string expectedError)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.NotFound, body);
        var error = await Assert.ThrowsAsync<ParticleUnknownFunctionException>(() => TestClients.Create(handler).CallFunctionAsync(Device, "blink", "x"));

        Assert.Equal(expectedError, error.Error);
        Assert.Equal("blink", error.FunctionName);
        Assert.Contains(expectedError, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limited_429_carries_retry_after()
    {
        var handler = new StubHttpHandler(_ =>
        {
            var response = StubHttpHandler.Json(HttpStatusCode.TooManyRequests, """{"error":"Too Many Requests"}""");
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(17));
            return response;
        });
        var error = await Assert.ThrowsAsync<ParticleRateLimitedException>(() => TestClients.Create(handler).GetDeviceAsync(Device));

        Assert.Equal(TimeSpan.FromSeconds(17), error.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Contains("17 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limited_429_without_body_or_header()
    {
        var handler = new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.TooManyRequests));
        var error = await Assert.ThrowsAsync<ParticleRateLimitedException>(() => TestClients.Create(handler).GetDeviceAsync(Device));

        Assert.Null(error.RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, """{"error":"internal"}""", "internal")]
    [InlineData(HttpStatusCode.BadGateway, "<html><body>Bad gateway</body></html>", "Bad gateway")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "", "503")]
    public async Task Server_errors_5xx(HttpStatusCode status, string body, string expectedInMessage)
    {
        var handler = StubHttpHandler.Replying(status, body, "text/html");
        var error = await Assert.ThrowsAsync<ParticleServerException>(() => TestClients.Create(handler).GetDeviceAsync(Device));

        Assert.Equal(status, error.StatusCode);
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_user_not_allowed_400_keeps_cloud_text()
    {
        var error = await ReadVariableExpecting<ParticleCloudException>(HttpStatusCode.BadRequest,
            """{"error":"unauthorized","error_description":"API users are not allowed to call this endpoint"}""");

        Assert.Equal(typeof(ParticleCloudException), error.GetType());
        Assert.Equal("unauthorized", error.Error);
        Assert.Contains("API users are not allowed to call this endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_json_error_body_is_a_protocol_exception_with_a_truncated_excerpt()
    {
        var body = "<html>" + new string('x', 5000) + "</html>";
        var handler = StubHttpHandler.Replying(HttpStatusCode.BadRequest, body, "text/html");
        var error = await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).GetDeviceAsync(Device));

        Assert.NotNull(error.BodyExcerpt);
        Assert.StartsWith("<html>xxx", error.BodyExcerpt, StringComparison.Ordinal);
        Assert.True(error.BodyExcerpt.Length <= 201, $"excerpt has {error.BodyExcerpt.Length} characters");
        Assert.EndsWith("…", error.BodyExcerpt, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 500, error.Message);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"cmd":"VarReturn","name":"temp""")]
    [InlineData("""{"cmd":"VarReturn","name":"temp"}""")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Malformed_success_reply_is_a_protocol_exception(string body)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, body);
        var error = await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).GetVariableAsync(Device, "temp"));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("could not be read", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"x","connected":true}""")]
    [InlineData("""{"return_value":"one"}""")]
    [InlineData("""{"return_value":99999999999}""")]
    public async Task Malformed_function_reply_is_a_protocol_exception(string body)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, body);
        await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).CallFunctionAsync(Device, "led", "on"));
    }

    [Fact]
    public async Task Ok_false_body_with_success_status_is_translated()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"ok":false,"error":"timed out"}""");
        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => TestClients.Create(handler).CallFunctionAsync(Device, "led", "on"));
    }

    [Fact]
    public async Task Publish_ok_false_is_an_error()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"ok":false,"error":"Event name is invalid"}""");
        var error = await Assert.ThrowsAsync<ParticleCloudException>(() => TestClients.Create(handler).PublishEventAsync("x"));
        Assert.Equal("Event name is invalid", error.Error);
    }

    [Fact]
    public async Task Device_list_entry_without_id_is_a_protocol_exception()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """[{"name":"nameless"}]""");
        var error = await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).ListDevicesAsync());
        Assert.Contains("\"id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_failure_is_a_network_exception()
    {
        var handler = new StubHttpHandler((_, _, _) => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (cloud.test:443)")));
        var error = await Assert.ThrowsAsync<ParticleNetworkException>(() => TestClients.Create(handler).GetDeviceAsync(Device));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Contains("/v1/devices/{deviceIdOrName}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_circuit_is_a_network_exception_saying_the_call_was_not_sent()
    {
        var handler = new StubHttpHandler((_, _, _) => Task.FromException<HttpResponseMessage>(new Polly.CircuitBreaker.BrokenCircuitException("open")));
        var error = await Assert.ThrowsAsync<ParticleNetworkException>(() => TestClients.Create(handler).GetDeviceAsync(Device));

        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(error.InnerException);
        Assert.Contains("was not sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_timeout_is_a_typed_exception_naming_the_option()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var handler = new StubHttpHandler(async (_, _, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        var client = TestClients.Create(handler, o => { o.TimeProvider = time; o.RequestTimeout = TimeSpan.FromSeconds(5); });

        var call = client.GetDeviceAsync(Device);
        while (handler.Requests.IsEmpty)
        {
            await Task.Yield();
        }

        time.Advance(TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<ParticleRequestTimeoutException>(() => call);
        Assert.Contains("RequestTimeout", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(5), error.Timeout);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_reported_as_timeout()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new StubHttpHandler(async (_, _, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        var call = TestClients.Create(handler).GetDeviceAsync(Device, cancellation.Token);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    private static async Task<T> ReadVariableExpecting<T>(HttpStatusCode status, string body)
        where T : ParticleCloudException
    {
        var handler = StubHttpHandler.Replying(status, body);
        return await Assert.ThrowsAsync<T>(() => TestClients.Create(handler).GetVariableAsync<int>(Device, "count"));
    }
}
