using System.Net;
using System.Text.Json;

namespace ParticleContracts.Simulator.Tests.RawHttp;

public sealed class DeviceRouteTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedDevice _lamp = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { OfflineResponseDelay = TimeSpan.Zero });
        _http = SimulatorHttp.AuthorizedClient(_sim);
        _lamp = _sim.AddDevice("lamp", platformId: 12)
            .SetVariable("temp", 21.5)
            .SetVariable("count", 42)
            .SetVariable("on", true)
            .SetVariable("label", "kitchen")
            .SetFunction("led", arg => arg == "on" ? 1 : 0);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task List_devices_returns_the_callers_devices_with_cloud_fields()
    {
        _sim.AddDevice("foreign", owner: "someone@else");

        var (status, body) = await _http.GetJsonAsync("v1/devices");

        Assert.Equal(HttpStatusCode.OK, status);
        var device = Assert.Single(body.EnumerateArray());
        Assert.Equal(_lamp.Id, device.GetProperty("id").GetString());
        Assert.Equal("lamp", device.GetProperty("name").GetString());
        Assert.Equal(12, device.GetProperty("platform_id").GetInt32());
        Assert.Equal(12, device.GetProperty("product_id").GetInt32());
        Assert.True(device.GetProperty("online").GetBoolean());
        Assert.True(device.GetProperty("connected").GetBoolean());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", device.GetProperty("last_heard").GetString());
        Assert.False(device.TryGetProperty("variables", out _));
    }

    [Fact]
    public async Task Device_info_by_name_and_by_id_lists_variables_with_cloud_types_and_functions()
    {
        var (byName, nameBody) = await _http.GetJsonAsync("v1/devices/lamp");
        var (byId, idBody) = await _http.GetJsonAsync($"v1/devices/{_lamp.Id.ToUpperInvariant()}");

        Assert.Equal(HttpStatusCode.OK, byName);
        Assert.Equal(HttpStatusCode.OK, byId);
        Assert.Equal("""{"count":"int32","label":"string","on":"bool","temp":"double"}""", nameBody.GetProperty("variables").Json());
        Assert.Equal("""["led"]""", nameBody.GetProperty("functions").Json());
        Assert.Equal(_lamp.Id, idBody.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("temp", "21.5")]
    [InlineData("count", "42")]
    [InlineData("on", "true")]
    [InlineData("label", "\"kitchen\"")]
    public async Task Get_variable_returns_VarReturn_with_typed_result_and_coreInfo(string name, string expectedResult)
    {
        var (status, body) = await _http.GetJsonAsync($"v1/devices/lamp/{name}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("VarReturn", body.GetProperty("cmd").GetString());
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal(expectedResult, body.GetProperty("result").Json());
        var coreInfo = body.GetProperty("coreInfo");
        Assert.Equal(_lamp.Id, coreInfo.GetProperty("deviceID").GetString());
        Assert.True(coreInfo.GetProperty("connected").GetBoolean());
        Assert.Equal(string.Empty, coreInfo.GetProperty("last_app").GetString());
    }

    [Fact]
    public async Task Variable_provider_runs_on_every_read()
    {
        var reads = 0;
        _lamp.SetVariableProvider("reads", () => ++reads);

        await _http.GetJsonAsync("v1/devices/lamp/reads");
        var (_, body) = await _http.GetJsonAsync("v1/devices/lamp/reads");

        Assert.Equal(2, body.GetProperty("result").GetInt32());
    }

    [Fact]
    public async Task Raw_format_returns_the_bare_value()
    {
        using var response = await _http.GetAsync("v1/devices/lamp/temp?format=raw");

        Assert.Equal("21.5", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_variable_is_404_with_the_cloud_text()
    {
        var (status, body) = await _http.GetJsonAsync("v1/devices/lamp/sensor2");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("""{"ok":false,"error":"Unknown Variable: sensor2"}""", body.Json());
    }

    [Fact]
    public async Task Variable_names_are_case_sensitive()
    {
        var (status, _) = await _http.GetJsonAsync("v1/devices/lamp/TEMP");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Call_function_with_json_arg()
    {
        var (status, body) = await _http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"on"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal($$"""{"id":"{{_lamp.Id}}","connected":true,"return_value":1}""", body.Json());
        Assert.Equal(new SimulatedFunctionCall("led", "on", 1), Assert.Single(_lamp.FunctionCalls));
    }

    [Fact]
    public async Task Call_function_accepts_args_in_json_and_arg_or_args_in_forms()
    {
        var (_, jsonArgs) = await _http.PostJsonAsync("v1/devices/lamp/led", """{"args":"on"}""");
        var (_, formArg) = await _http.PostFormAsync("v1/devices/lamp/led", ("arg", "on"));
        var (_, formArgs) = await _http.PostFormAsync("v1/devices/lamp/led", ("args", "off"));

        Assert.Equal(1, jsonArgs.GetProperty("return_value").GetInt32());
        Assert.Equal(1, formArg.GetProperty("return_value").GetInt32());
        Assert.Equal(0, formArgs.GetProperty("return_value").GetInt32());
        Assert.Equal(["on", "on", "off"], _lamp.FunctionCalls.Select(c => c.Argument));
    }

    [Fact]
    public async Task Async_function_handler_is_awaited()
    {
        _lamp.SetFunction("slow", async (arg, ct) =>
        {
            await Task.Yield();
            return arg.Length;
        });

        var (_, body) = await _http.PostJsonAsync("v1/devices/lamp/slow", """{"arg":"12345"}""");

        Assert.Equal(5, body.GetProperty("return_value").GetInt32());
    }

    [Fact]
    public async Task Unknown_function_is_404_with_the_cloud_text()
    {
        var (status, body) = await _http.PostJsonAsync("v1/devices/lamp/blink", """{"arg":""}""");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("""{"ok":false,"error":"Function blink not found"}""", body.Json());
    }

    [Fact]
    public async Task Argument_over_the_limit_is_400_and_the_handler_does_not_run()
    {
        var (status, body) = await _http.PostJsonAsync("v1/devices/lamp/led", JsonSerializer.Serialize(new { arg = new string('x', 1025) }));
        var (atLimit, _) = await _http.PostJsonAsync("v1/devices/lamp/led", JsonSerializer.Serialize(new { arg = new string('x', 1024) }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.GetProperty("ok").GetBoolean());
        Assert.Contains("1024", body.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, atLimit);
        Assert.Single(_lamp.FunctionCalls);
    }

    [Fact]
    public async Task Argument_limit_counts_utf8_bytes()
    {
        // 513 two-byte characters are 1026 bytes.
        var (status, _) = await _http.PostJsonAsync("v1/devices/lamp/led", JsonSerializer.Serialize(new { arg = new string('é', 513) }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task Offline_device_answers_408_timed_out_for_variables_and_functions()
    {
        _lamp.SetOnline(false);

        var (varStatus, varBody) = await _http.GetJsonAsync("v1/devices/lamp/temp");
        var (fnStatus, fnBody) = await _http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"on"}""");
        var (_, info) = await _http.GetJsonAsync("v1/devices/lamp");

        Assert.Equal(HttpStatusCode.RequestTimeout, varStatus);
        Assert.Equal("""{"ok":false,"error":"timed out"}""", varBody.Json());
        Assert.Equal(HttpStatusCode.RequestTimeout, fnStatus);
        Assert.Equal("""{"ok":false,"error":"timed out"}""", fnBody.Json());
        Assert.False(info.GetProperty("online").GetBoolean());
        Assert.Empty(_lamp.FunctionCalls);
    }

    [Fact]
    public async Task Device_back_online_answers_again()
    {
        _lamp.SetOnline(false);
        _lamp.SetOnline(true);

        var (status, _) = await _http.GetJsonAsync("v1/devices/lamp/temp");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("v1/devices/nosuchdevice")]
    [InlineData("v1/devices/nosuchdevice/temp")]
    [InlineData("v1/devices/0123456789abcdef01234567")]
    public async Task Unknown_device_is_403_permission_denied(string path)
    {
        var (status, body) = await _http.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Permission Denied", body.GetProperty("error").GetString());
        Assert.StartsWith("I didn't recognize that device name or ID", body.GetProperty("info").GetString());
    }

    [Fact]
    public async Task Device_of_another_user_is_403_by_id_and_by_name()
    {
        var foreign = _sim.AddDevice("neighbour", owner: "someone@else").SetVariable("temp", 1);

        var (byId, _) = await _http.GetJsonAsync($"v1/devices/{foreign.Id}/temp");
        var (byName, _) = await _http.PostJsonAsync("v1/devices/neighbour/led", "{}");

        Assert.Equal(HttpStatusCode.Forbidden, byId);
        Assert.Equal(HttpStatusCode.Forbidden, byName);
    }

    [Fact]
    public async Task Handler_failure_is_a_json_500_without_exception_details()
    {
        _lamp.SetFunction("boom", _ => throw new InvalidOperationException("broken handler"));

        var (status, body) = await _http.PostJsonAsync("v1/devices/lamp/boom", "{}");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("Internal Server Error", body.GetProperty("error").GetString());
        Assert.DoesNotContain("broken handler", body.Json(), StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body.Json(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_body_is_400()
    {
        var (status, body) = await _http.PostJsonAsync("v1/devices/lamp/led", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Unknown_route_is_a_json_404()
    {
        var (status, body) = await _http.GetJsonAsync("v1/nothing/here/at/all/really");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.False(body.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Successful_calls_update_last_heard()
    {
        var before = _lamp.LastHeard;
        await Task.Delay(5);

        await _http.GetJsonAsync("v1/devices/lamp/temp");

        Assert.True(_lamp.LastHeard > before);
    }
}
