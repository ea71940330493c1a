using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ParticleContracts.Simulator.Tests.WebConsole;

/// <summary>The console's routes over raw HTTP: the page shell, the token-protected <c>/simulator</c> routes, the request log.</summary>
public sealed class ConsoleRouteTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedDevice _lamp = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { EnableConsole = true });
        _http = SimulatorHttp.AuthorizedClient(_sim);
        _lamp = _sim.AddDevice("lamp").SetVariable("temp", 21.5).SetVariable("count", 3).SetVariable("on", true).SetVariable("label", "kitchen").SetFunction("led", _ => 1);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task The_page_shell_loads_without_a_token_under_a_strict_content_security_policy()
    {
        using var anonymous = SimulatorHttp.Client(_sim);
        using var page = await anonymous.GetAsync("console");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(new Uri(_sim.BaseAddress, "console"), _sim.ConsoleAddress);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"login-form\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(_sim.AccessToken, html, StringComparison.Ordinal);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);

        using var slash = await anonymous.GetAsync("console/");
        Assert.Equal(html, await slash.Content.ReadAsStringAsync());

        using var script = await anonymous.GetAsync("console/app.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        using var again = new HttpRequestMessage(HttpMethod.Get, "console/app.js");
        again.Headers.IfNoneMatch.Add(script.Headers.ETag!);
        using var notModified = await anonymous.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        var (missing, body) = await anonymous.GetJsonAsync("console/no-such-file.js");
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.False(body.GetProperty("ok").GetBoolean());
    }

    [Theory]
    [InlineData("GET", "simulator/devices/lamp")]
    [InlineData("PUT", "simulator/devices/lamp/variables/temp")]
    [InlineData("PUT", "simulator/devices/lamp/online")]
    [InlineData("POST", "simulator/devices/lamp/events")]
    [InlineData("GET", "simulator/faults")]
    [InlineData("PUT", "simulator/faults")]
    [InlineData("DELETE", "simulator/faults")]
    [InlineData("POST", "simulator/faults/fail-next")]
    [InlineData("POST", "simulator/faults/drop-streams")]
    [InlineData("GET", "simulator/requests")]
    public async Task Every_management_route_requires_the_token(string method, string path)
    {
        _sim.Faults.Latency = TimeSpan.FromMilliseconds(7);
        using var anonymous = SimulatorHttp.Client(_sim);
        using var wrong = SimulatorHttp.Client(_sim, "0123456789abcdef0123456789abcdef01234567");

        var (none, noneBody) = await anonymous.SendJsonAsync(Request(method, path, """{"online":false,"value":"1","latency_ms":0,"count":1,"name":"x"}"""));
        var (bad, badBody) = await wrong.SendJsonAsync(Request(method, path, """{"online":false,"value":"1","latency_ms":0,"count":1,"name":"x"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, none);
        Assert.Equal("invalid_request", noneBody.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, bad);
        Assert.Equal("invalid_token", badBody.GetProperty("error").GetString());
        Assert.True(_lamp.IsOnline);
        Assert.Equal(TimeSpan.FromMilliseconds(7), _sim.Faults.Latency);
        Assert.Empty(_sim.PublishedEvents);
    }

    [Fact]
    public async Task The_device_route_gives_the_contract_with_cloud_and_csharp_types_and_current_values()
    {
        _lamp.SetVariableProvider<int>("broken", () => throw new InvalidOperationException("sensor unplugged"));
        await _http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"on"}""");

        var (status, device) = await _http.GetJsonAsync("simulator/devices/lamp");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(_lamp.Id, device.GetProperty("id").GetString());
        var variables = device.GetProperty("variables").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        Assert.Equal(["broken", "count", "label", "on", "temp"], variables.Keys);
        Assert.Equal(("double", "double", "21.5"), Describe(variables["temp"]));
        Assert.Equal(("int32", "int", "3"), Describe(variables["count"]));
        Assert.Equal(("bool", "bool", "true"), Describe(variables["on"]));
        Assert.Equal(("string", "string", "\"kitchen\""), Describe(variables["label"]));
        Assert.Equal("InvalidOperationException: sensor unplugged", variables["broken"].GetProperty("error").GetString());
        var led = Assert.Single(device.GetProperty("functions").EnumerateArray());
        Assert.Equal("""{"name":"led","calls":1,"last_argument":"on","last_return_value":1}""", led.Json());
    }

    [Theory]
    [InlineData("temp", "\"-4.25\"", "-4.25")]
    [InlineData("temp", "7", "7")]
    [InlineData("count", "\"42\"", "42")]
    [InlineData("on", "false", "false")]
    [InlineData("label", "\"hall\"", "\"hall\"")]
    public async Task Setting_a_variable_changes_what_the_api_reads(string name, string json, string expected)
    {
        var (status, body) = await Put($"simulator/devices/lamp/variables/{name}", $$"""{"value":{{json}}}""");
        var (_, read) = await _http.GetJsonAsync($"v1/devices/lamp/{name}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body.GetProperty("value").Json());
        Assert.Equal(expected, read.GetProperty("result").Json());
    }

    [Theory]
    [InlineData("count", """{"value":"4.5"}""", HttpStatusCode.BadRequest)]
    [InlineData("on", """{"value":"yes"}""", HttpStatusCode.BadRequest)]
    [InlineData("temp", """{"value":"NaN"}""", HttpStatusCode.BadRequest)]
    [InlineData("temp", """{}""", HttpStatusCode.BadRequest)]
    [InlineData("temp", """[1]""", HttpStatusCode.BadRequest)]
    [InlineData("nope", """{"value":"1"}""", HttpStatusCode.NotFound)]
    public async Task A_value_that_does_not_fit_the_variable_is_refused(string name, string json, HttpStatusCode expected)
    {
        var (status, body) = await Put($"simulator/devices/lamp/variables/{name}", json);

        Assert.Equal(expected, status);
        Assert.False(body.GetProperty("ok").GetBoolean());
        var (_, temp) = await _http.GetJsonAsync("v1/devices/lamp/temp");
        Assert.Equal(21.5, temp.GetProperty("result").GetDouble());
    }

    [Fact]
    public async Task Another_accounts_device_is_denied_like_the_api_does()
    {
        _sim.AddDevice("theirs", owner: "other@example.com").SetVariable("x", 1);

        var (contract, _) = await _http.GetJsonAsync("simulator/devices/theirs");
        var (set, _) = await Put("simulator/devices/theirs/online", """{"online":false}""");
        var (api, _) = await _http.GetJsonAsync("v1/devices/theirs/x");

        Assert.Equal(HttpStatusCode.Forbidden, contract);
        Assert.Equal(HttpStatusCode.Forbidden, set);
        Assert.Equal(api, set);
        Assert.True(_sim.GetDevice("theirs").IsOnline);
    }

    [Fact]
    public async Task Toggling_online_and_publishing_act_as_the_device()
    {
        var (offline, offlineBody) = await Put("simulator/devices/lamp/online", """{"online":false}""");
        var (read, _) = await _http.GetJsonAsync("v1/devices/lamp/temp");
        var (published, _) = await _http.PostJsonAsync("simulator/devices/lamp/events", """{"name":"door/open","data":"front","private":"false"}""");
        var (tooLong, tooLongBody) = await _http.PostJsonAsync("simulator/devices/lamp/events", $$"""{"name":"{{new string('n', 65)}}"}""");
        var (apiTooLong, apiTooLongBody) = await _http.PostJsonAsync("v1/devices/events", $$"""{"name":"{{new string('n', 65)}}"}""");
        var (badFlag, _) = await Put("simulator/devices/lamp/online", """{"online":"maybe"}""");

        Assert.Equal((HttpStatusCode.OK, false), (offline, offlineBody.GetProperty("online").GetBoolean()));
        Assert.Equal(HttpStatusCode.RequestTimeout, read);
        Assert.Equal(HttpStatusCode.OK, published);
        Assert.Equal(["spark/status:offline", "door/open:front"], _sim.PublishedEvents.Select(e => $"{e.Name}:{e.Data}"));
        var door = _sim.PublishedEvents[^1];
        Assert.Equal((_lamp.Id, true), (door.CoreId, door.IsPublic));
        Assert.Equal((apiTooLong, apiTooLongBody.Json()), (tooLong, tooLongBody.Json()));
        Assert.Equal(HttpStatusCode.BadRequest, badFlag);
    }

    [Fact]
    public async Task Fault_controls_show_and_change_the_simulators_faults_but_do_not_hit_themselves()
    {
        var (set, faults) = await Put("simulator/faults", """{"latency_ms":120,"failure_rate":0.25,"failure_status":429}""");
        Assert.Equal(HttpStatusCode.OK, set);
        Assert.Equal((TimeSpan.FromMilliseconds(120), 0.25, 429), (_sim.Faults.Latency, _sim.Faults.FailureRate, _sim.Faults.FailureStatusCode));
        Assert.Equal((120, 0.25, 429), (faults.GetProperty("latency_ms").GetInt32(), faults.GetProperty("failure_rate").GetDouble(), faults.GetProperty("failure_status").GetInt32()));

        var (reset, _) = await SendAsync(HttpMethod.Delete, "simulator/faults", null);
        Assert.Equal((HttpStatusCode.OK, TimeSpan.Zero, 0.0), (reset, _sim.Faults.Latency, _sim.Faults.FailureRate));

        var (failNext, pending) = await _http.PostJsonAsync("simulator/faults/fail-next", """{"count":2,"status":502}""");
        var (stillThere, shown) = await _http.GetJsonAsync("simulator/faults");
        var (first, _) = await _http.GetJsonAsync("v1/devices");
        var (second, _) = await _http.GetJsonAsync("v1/devices");
        var (third, _) = await _http.GetJsonAsync("v1/devices");
        Assert.Equal(HttpStatusCode.OK, failNext);
        Assert.Equal(2, pending.GetProperty("fail_next").GetInt32());
        Assert.Equal((HttpStatusCode.OK, 2, 502), (stillThere, shown.GetProperty("fail_next").GetInt32(), shown.GetProperty("fail_next_status").GetInt32()));
        Assert.Equal([HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.OK], [first, second, third]);

        foreach (var invalid in new[] { """{"latency_ms":-1}""", """{"failure_rate":1.5}""", """{"failure_status":404}""", """{"failure_status":503.5}""", """{"latency_ms":"soon"}""" })
        {
            var (status, _) = await Put("simulator/faults", invalid);
            Assert.Equal(HttpStatusCode.BadRequest, status);
        }

        var (badCount, _) = await _http.PostJsonAsync("simulator/faults/fail-next", """{"status":503}""");
        Assert.Equal(HttpStatusCode.BadRequest, badCount);
    }

    [Fact]
    public async Task Dropping_streams_cuts_open_event_streams_and_reports_how_many()
    {
        using var stream = await _http.GetAsync("v1/devices/events", HttpCompletionOption.ResponseHeadersRead);
        await _sim.WaitForEventStreamsAsync(1).WaitAsync(TimeSpan.FromSeconds(10));

        var (status, body) = await _http.PostJsonAsync("simulator/faults/drop-streams", "{}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("dropped").GetInt32());
    }

    [Fact]
    public async Task The_request_log_never_holds_a_token()
    {
        var spare = _sim.CreateAccessToken();
        using var anonymous = SimulatorHttp.Client(_sim);
        await anonymous.GetAsync($"v1/devices?access_token={_sim.AccessToken}&x=1");
        await _http.DeleteAsync($"v1/access_tokens/{spare}");
        await anonymous.PostAsync("v1/devices/events", new FormUrlEncodedContent([new("access_token", _sim.AccessToken), new("name", "n")]));

        var (_, log) = await _http.GetJsonAsync("simulator/requests");
        var text = log.Json();

        Assert.DoesNotContain(_sim.AccessToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(spare, text, StringComparison.Ordinal);
        var entries = log.EnumerateArray().Select(e => (Path: e.GetProperty("path").GetString(), Query: e.GetProperty("query").GetString(), Auth: e.GetProperty("auth").GetString())).ToList();
        Assert.Contains(("/v1/devices", "?access_token=***&x=1", "query"), entries);
        Assert.Contains(("/v1/access_tokens/***", "", "bearer"), entries);
        Assert.Contains(("/v1/devices/events", "", "form?"), entries);
    }

    private static (string?, string?, string) Describe(JsonElement variable) =>
        (variable.GetProperty("cloud_type").GetString(), variable.GetProperty("csharp_type").GetString(), variable.GetProperty("value").Json());

    private Task<(HttpStatusCode Status, JsonElement Body)> Put(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    private Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, string? json) =>
        _http.SendJsonAsync(Request(method.Method, path, json));

    private static HttpRequestMessage Request(string method, string path, string? json) => new(new HttpMethod(method), path)
    {
        Content = json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"),
    };
}
