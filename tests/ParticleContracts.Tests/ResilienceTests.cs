using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>The AddParticleCloud pipeline: which requests are retried, on what, and options validation.</summary>
public sealed class ResilienceTests
{
    private const string Device = "0123456789abcdef01234567";
    private const string VariableJson = """{"name":"temp","result":20.5}""";
    private const string DeviceJson = """{"id":"0123456789abcdef01234567","name":"d"}""";
    private const string FunctionJson = """{"id":"0123456789abcdef01234567","connected":true,"return_value":1}""";

    [Fact]
    public async Task Variable_reads_are_retried_on_503()
    {
        var handler = Sequence(Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.ServiceUnavailable), Ok(VariableJson));
        var (client, logs) = Build(handler);

        Assert.Equal(20.5, await client.GetVariableAsync<double>(Device, "temp"));
        Assert.Equal(3, handler.Requests.Count);
        var retries = logs.GetSnapshot().Where(r => r.Id.Name == "ParticleRetryScheduled").ToArray();
        Assert.Equal(2, retries.Length);
        Assert.Contains("GET /v1/devices/{deviceIdOrName}/{variableName}", retries[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Device_reads_honour_Retry_After_on_429()
    {
        var handler = Sequence(
            () =>
            {
                var response = StubHttpHandler.Json(HttpStatusCode.TooManyRequests, "{}");
                response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return response;
            },
            Ok(DeviceJson));
        var (client, logs) = Build(handler);

        await client.GetDeviceAsync(Device);

        Assert.Equal(2, handler.Requests.Count);
        var retry = Assert.Single(logs.GetSnapshot(), r => r.Id.Name == "ParticleRetryScheduled");
        Assert.Equal("1000", retry.StructuredState!.Single(p => p.Key == "DelayMilliseconds").Value);
    }

    [Fact]
    public async Task Device_lists_are_retried_on_network_errors()
    {
        var handler = new StubHttpHandler((_, index, _) => index == 0
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException("connection reset"))
            : Task.FromResult(StubHttpHandler.Json(HttpStatusCode.OK, $"[{DeviceJson}]")));
        var (client, _) = Build(handler);

        Assert.Single(await client.ListDevicesAsync());
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_after_MaxRetryAttempts_with_the_last_error()
    {
        var handler = Sequence(Status(HttpStatusCode.BadGateway));
        var (client, _) = Build(handler, o => o.MaxRetryAttempts = 2);

        await Assert.ThrowsAsync<ParticleServerException>(() => client.GetDeviceAsync(Device));
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task MaxRetryAttempts_zero_disables_retries()
    {
        var handler = Sequence(Status(HttpStatusCode.ServiceUnavailable), Ok(DeviceJson));
        var (client, _) = Build(handler, o => o.MaxRetryAttempts = 0);

        await Assert.ThrowsAsync<ParticleServerException>(() => client.GetDeviceAsync(Device));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Offline_device_408_is_never_retried()
    {
        var handler = Sequence(() => StubHttpHandler.Json(HttpStatusCode.RequestTimeout, """{"ok":false,"error":"timed out"}"""), Ok(VariableJson));
        var (client, _) = Build(handler);

        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => client.GetVariableAsync(Device, "temp"));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Invalid_token_401_is_never_retried()
    {
        var handler = Sequence(() => StubHttpHandler.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_token"}"""), Ok(DeviceJson));
        var (client, _) = Build(handler);

        await Assert.ThrowsAsync<ParticleInvalidTokenException>(() => client.GetDeviceAsync(Device));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Function_calls_are_not_retried_by_default()
    {
        var handler = Sequence(Status(HttpStatusCode.ServiceUnavailable), Ok(FunctionJson));
        var (client, _) = Build(handler);

        await Assert.ThrowsAsync<ParticleServerException>(() => client.CallFunctionAsync(Device, "led", "on"));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Function_calls_are_not_retried_on_network_errors_either()
    {
        var handler = new StubHttpHandler((_, index, _) => index == 0
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException("connection reset"))
            : Task.FromResult(StubHttpHandler.Json(HttpStatusCode.OK, FunctionJson)));
        var (client, _) = Build(handler);

        await Assert.ThrowsAsync<ParticleNetworkException>(() => client.CallFunctionAsync(Device, "led", "on"));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Publishes_are_not_retried_by_default()
    {
        var handler = Sequence(Status(HttpStatusCode.TooManyRequests), Ok("""{"ok":true}"""));
        var (client, _) = Build(handler);

        await Assert.ThrowsAsync<ParticleRateLimitedException>(() => client.PublishEventAsync("ping"));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Function_calls_and_publishes_are_retried_when_opted_in()
    {
        var handler = new StubHttpHandler((request, index, _) => Task.FromResult(index % 2 == 0
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : StubHttpHandler.Json(HttpStatusCode.OK, request.Uri.AbsolutePath.EndsWith("/events", StringComparison.Ordinal) ? """{"ok":true}""" : FunctionJson)));
        var (client, _) = Build(handler, o => { o.RetryFunctionCalls = true; o.RetryEventPublishes = true; });

        Assert.Equal(1, (await client.CallFunctionAsync(Device, "led", "on")).ReturnValue);
        await client.PublishEventAsync("ping", "x");

        Assert.Equal(4, handler.Requests.Count);
        Assert.All(handler.Requests, r => Assert.NotNull(r.Body));
    }

    [Fact]
    public async Task A_hung_request_ends_with_the_typed_timeout_through_the_pipeline()
    {
        var handler = new StubHttpHandler(async (_, _, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        var (client, _) = Build(handler, o => o.RequestTimeout = TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<ParticleRequestTimeoutException>(() => client.GetVariableAsync(Device, "temp"));
        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.Contains("ParticleCloudOptions.RequestTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_token_fails_validation_with_a_clear_message()
    {
        var services = new ServiceCollection();
        services.AddParticleCloud(o => o.BaseAddress = TestClients.BaseAddress);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ParticleCloudClient>());
        Assert.Contains("No Particle access token", error.Message, StringComparison.Ordinal);

        // What a host runs at start (ValidateOnStart).
        var atStart = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("No Particle access token", atStart.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_constructor_rejects_unusable_options()
    {
        var error = Assert.Throws<ArgumentException>(() => new ParticleCloudClient(new HttpClient(), new ParticleCloudOptions { AccessToken = "t", FunctionArgumentLimit = 0 }));
        Assert.Contains("FunctionArgumentLimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_a_token_can_log_in_and_refuses_other_calls_before_sending()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"access_token":"fresh-token","token_type":"bearer","expires_in":7776000}""");
        var client = new ParticleCloudClient(new HttpClient(handler), new ParticleCloudOptions { BaseAddress = TestClients.BaseAddress });

        var login = await client.CreateTokenAsync("me@example.com", "secret");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetVariableAsync(Device, "temp"));

        Assert.Equal("fresh-token", login.AccessToken);
        Assert.Single(handler.Requests);
        Assert.Contains("No Particle access token", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddParticleCloud_returns_the_named_http_client_builder()
    {
        var services = new ServiceCollection();
        var builder = services.AddParticleCloud(o => o.AccessToken = "t");

        Assert.Equal(ParticleServiceCollectionExtensions.HttpClientName, builder.Name);
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<ParticleCloudClient>());
    }

    private static (ParticleCloudClient Client, FakeLogCollector Logs) Build(StubHttpHandler handler, Action<ParticleCloudOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddParticleCloud(o =>
        {
            o.AccessToken = TestClients.Token;
            o.BaseAddress = TestClients.BaseAddress;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            configure?.Invoke(o);
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<ParticleCloudClient>(), provider.GetFakeLogCollector());
    }

    private static StubHttpHandler Sequence(params Func<HttpResponseMessage>[] responses) => StubHttpHandler.Sequence(responses);

    private static Func<HttpResponseMessage> Status(HttpStatusCode status) => () => new HttpResponseMessage(status);

    private static Func<HttpResponseMessage> Ok(string body) => () => StubHttpHandler.Json(HttpStatusCode.OK, body);
}
