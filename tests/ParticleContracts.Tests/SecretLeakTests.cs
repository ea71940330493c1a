using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>A whole session with every log line, trace, exception text and URL captured: the token never appears.</summary>
public sealed class SecretLeakTests
{
    private const string Token = TestClients.Token;
    private const string Device = "0123456789abcdef01234567";

    [Fact]
    public async Task A_whole_session_never_reveals_the_token()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ParticleTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);

        var serviceUnavailableOnce = 0;
        var handler = new StubHttpHandler((request, _, _) => Task.FromResult(Respond(request, ref serviceUnavailableOnce)));
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        var options = default(ParticleCloudOptions);
        services.AddParticleCloud(o =>
        {
            o.AccessToken = Token;
            o.BaseAddress = TestClients.BaseAddress;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            o.EventStreamReconnectDelay = TimeSpan.FromMilliseconds(1);
            o.EventStreamMaxReconnectDelay = TimeSpan.FromMilliseconds(1);
            options = o;
        }).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ParticleCloudClient>();
        var texts = new List<string>();
        var failures = new List<Exception>();

        async Task Expect<T>(Func<Task> call)
            where T : Exception
        {
            failures.Add(await Assert.ThrowsAsync<T>(call));
        }

        // Successful calls (one read is retried after a 503).
        Assert.Single(await client.ListDevicesAsync());
        Assert.Equal("station", (await client.GetDeviceAsync("station")).Name);
        Assert.Equal(21.5, await client.GetVariableAsync<double>("station", "temp"));
        Assert.Equal(1, (await client.CallFunctionAsync("station", "led", "on")).ReturnValue);
        await client.PublishEventAsync("door", "open");
        var login = await client.CreateTokenAsync("me@example.com", "hunter2");
        texts.Add(login.ToString());
        Assert.Equal("fresh-secret-token", login.AccessToken);

        // Failures of every kind, several of which echo the token back.
        await Expect<ParticleUnknownVariableException>(() => client.GetVariableAsync("station", "missing"));
        await Expect<ParticleDeviceOfflineException>(() => client.GetVariableAsync("offline", "temp"));
        await Expect<ParticleUnknownFunctionException>(() => client.CallFunctionAsync("station", "nope", "x"));
        await Expect<ParticlePermissionDeniedException>(() => client.GetDeviceAsync("stranger"));
        await Expect<ParticleServerException>(() => client.GetDeviceAsync("html-error"));
        await Expect<ParticleProtocolException>(() => client.GetDeviceAsync("echo-error"));
        await Expect<ParticleProtocolException>(() => client.GetVariableAsync("station", "garbled"));
        await Expect<ParticleInvalidTokenException>(() => client.GetDeviceAsync("revoked"));
        await Expect<ParticleNetworkException>(() => client.GetDeviceAsync("unreachable"));
        await Expect<ParticleVariableTypeException>(() => client.GetVariableAsync<int>("station", "temp"));
        await Expect<ParticleArgumentTooLongException>(() => client.CallFunctionAsync("station", "led", new string('x', 2000)));
        await Expect<ParticleMfaRequiredException>(() => client.CreateTokenAsync("mfa@example.com", "pw"));
        await Expect<ParticleProtocolException>(() => client.CreateTokenAsync("broken@example.com", "pw"));

        // Events.
        await foreach (var item in client.SubscribeAsync(ParticleEventScope.MyDevices))
        {
            texts.Add(item.ToString());
            break;
        }

        Assert.Equal(13, failures.Count);
        foreach (var failure in failures)
        {
            texts.Add(failure.ToString());
            texts.Add(failure.Message);
            if (failure is ParticleCloudException cloud)
            {
                texts.AddRange(new[] { cloud.Error, cloud.ErrorDescription, cloud.Info, cloud.RouteTemplate }.OfType<string>());
            }

            if (failure is ParticleProtocolException { BodyExcerpt: { } excerpt })
            {
                texts.Add(excerpt);
            }
        }

        var logs = provider.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Id.Name == "ParticleRetryScheduled");
        Assert.Contains(logs, r => r.Id.Name == "ParticleEventStreamConnected");
        foreach (var record in logs)
        {
            texts.Add(record.Message);
            texts.Add(record.Exception?.ToString() ?? string.Empty);
            texts.AddRange(record.StructuredState?.Select(pair => $"{pair.Key}={pair.Value}") ?? []);
        }

        lock (activities)
        {
            Assert.NotEmpty(activities);
            foreach (var activity in activities)
            {
                texts.Add(activity.DisplayName);
                texts.AddRange(activity.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"));
                texts.Add(activity.StatusDescription ?? string.Empty);
            }
        }

        texts.Add(options!.ToString());
        texts.AddRange(handler.Requests.Select(r => r.Uri.AbsoluteUri));

        // The session really carried the token (so the check below is meaningful) ...
        Assert.Contains(handler.Requests, r => r.Authorization == $"Bearer {Token}");
        Assert.Contains(failures.OfType<ParticlePermissionDeniedException>(), e => e.Info!.Contains("access_token=[redacted]", StringComparison.Ordinal));

        // ... and it appears nowhere else; neither do the password, the new token or the MFA token.
        var all = string.Join("\n", texts);
        Assert.DoesNotContain(Token, all, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", all, StringComparison.Ordinal);
        Assert.DoesNotContain("fresh-secret-token", all, StringComparison.Ordinal);
        Assert.DoesNotContain("mfa-secret", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParticleTokenPlacement.AuthorizationHeader)]
    [InlineData(ParticleTokenPlacement.QueryString)]
    [InlineData(ParticleTokenPlacement.FormBody)]
    public async Task Failures_never_reveal_the_token_whatever_the_placement(ParticleTokenPlacement placement)
    {
        var handler = new StubHttpHandler((request, _, _) => request.Uri.AbsolutePath.EndsWith("/unreachable", StringComparison.Ordinal)
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused (cloud.test:443)"))
            : Task.FromResult(Json(HttpStatusCode.Forbidden, $$"""{"error":"Permission Denied","info":"see {{request.Uri.AbsoluteUri}}"}""")));
        var (client, logger) = TestClients.CreateWithLogger(handler, o => o.TokenPlacement = placement);

        var denied = await Assert.ThrowsAsync<ParticlePermissionDeniedException>(() => client.CallFunctionAsync("stranger", "led", "on"));
        var unreachable = await Assert.ThrowsAsync<ParticleNetworkException>(() => client.GetDeviceAsync("unreachable"));

        var texts = new[] { denied.ToString(), denied.Info!, unreachable.ToString() }
            .Concat(logger.Collector.GetSnapshot().Select(r => r.Message + string.Join(",", r.StructuredState ?? [])));
        Assert.All(texts, text => Assert.DoesNotContain(Token, text, StringComparison.Ordinal));
        Assert.Contains(handler.Requests, r => (r.Authorization + r.Uri.Query + r.Body).Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_ToString_redacts_the_token()
    {
        var options = TestClients.Options();
        Assert.DoesNotContain(Token, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("[redacted]", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activity_names_the_route_template_and_status()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ParticleTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"name":"temp","result":1}""");

        await TestClients.Create(handler, o => o.BaseAddress = new Uri("https://activity.test")).GetVariableAsync("activity device", "temp");

        Activity activity;
        lock (activities)
        {
            activity = Assert.Single(activities, a => a.GetTagItem("server.address") as string == "activity.test");
        }

        Assert.Equal("GET /v1/devices/{deviceIdOrName}/{variableName}", activity.DisplayName);
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("/v1/devices/{deviceIdOrName}/{variableName}", activity.GetTagItem("url.template"));
    }

    [Fact]
    public async Task Completed_requests_log_method_route_template_status_and_duration()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"name":"temp","result":1}""");
        var (client, logger) = TestClients.CreateWithLogger(handler);

        await client.GetVariableAsync("kitchen sensor", "temp");

        var record = Assert.Single(logger.Collector.GetSnapshot());
        var state = record.StructuredState!.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("GET", state["Method"]);
        Assert.Equal("/v1/devices/{deviceIdOrName}/{variableName}", state["RouteTemplate"]);
        Assert.Equal("200", state["StatusCode"]);
        Assert.True(double.Parse(state["ElapsedMilliseconds"]!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
        Assert.DoesNotContain("kitchen", record.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Respond(RecordedRequest request, ref int serviceUnavailableOnce)
    {
        var path = Uri.UnescapeDataString(request.Uri.AbsolutePath);
        const string device = """{"id":"0123456789abcdef01234567","name":"station","connected":true,"variables":{"temp":"double"},"functions":["led"]}""";
        return path switch
        {
            "/v1/devices" => Json(HttpStatusCode.OK, $"[{device}]"),
            "/v1/devices/station" when Interlocked.Exchange(ref serviceUnavailableOnce, 1) == 0 => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            "/v1/devices/station" => Json(HttpStatusCode.OK, device),
            "/v1/devices/station/temp" => Json(HttpStatusCode.OK, """{"cmd":"VarReturn","name":"temp","result":21.5}"""),
            "/v1/devices/station/missing" => Json(HttpStatusCode.NotFound, """{"ok":false,"error":"Unknown Variable: missing"}"""),
            "/v1/devices/station/garbled" => Json(HttpStatusCode.OK, $$"""{"result": oops {{Token}}"""),
            "/v1/devices/offline/temp" => Json(HttpStatusCode.RequestTimeout, """{"ok":false,"error":"timed out"}"""),
            "/v1/devices/station/led" => Json(HttpStatusCode.OK, """{"id":"0123456789abcdef01234567","connected":true,"return_value":1}"""),
            "/v1/devices/station/nope" => Json(HttpStatusCode.NotFound, """{"ok":false,"error":"Function nope not found"}"""),
            "/v1/devices/stranger" => Json(HttpStatusCode.Forbidden, $$"""{"error":"Permission Denied","info":"I didn't recognize that device name or ID, try opening https://api.particle.io/v1/devices?access_token={{Token}}"}"""),
            "/v1/devices/html-error" => Json(HttpStatusCode.BadGateway, $"<html>upstream rejected Bearer {Token}</html>", "text/html"),
            "/v1/devices/echo-error" => Json(HttpStatusCode.BadRequest, $"bad request for token {Token}", "text/plain"),
            "/v1/devices/revoked" => Json(HttpStatusCode.Unauthorized, $$"""{"error":"invalid_token","error_description":"The access token {{Token}} was revoked."}"""),
            "/v1/devices/unreachable" => throw new HttpRequestException("Connection refused (cloud.test:443)"),
            "/v1/devices/events" when request.Method == HttpMethod.Post => Json(HttpStatusCode.OK, """{"ok":true}"""),
            "/v1/devices/events" => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(":ok\n\nevent: door\ndata: {\"data\":\"open\",\"coreid\":\"0123456789abcdef01234567\"}\n\n", Encoding.UTF8, "text/event-stream"),
            },
            "/oauth/token" when request.Body!.Contains("mfa%40", StringComparison.Ordinal) =>
                Json(HttpStatusCode.Forbidden, """{"error":"mfa_required","error_description":"Multifactor authentication required","mfa_token":"mfa-secret"}"""),
            "/oauth/token" when request.Body!.Contains("broken%40", StringComparison.Ordinal) =>
                Json(HttpStatusCode.OK, """{"access_token":"fresh-secret-token","expires_in":"not-a-number"}"""),
            "/oauth/token" => Json(HttpStatusCode.OK, """{"token_type":"bearer","access_token":"fresh-secret-token","expires_in":7776000}"""),
            _ => Json(HttpStatusCode.InternalServerError, $$"""{"error":"unexpected path {{path}}"}"""),
        };
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body, string contentType = "application/json") => StubHttpHandler.Json(status, body, contentType);
}
