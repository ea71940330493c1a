using System.Net;

namespace ParticleContracts.Simulator.Tests.RawHttp;

public sealed class ProductRouteTests : IAsyncLifetime
{
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _http = null!;
    private SimulatedDevice _sensor = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync();
        _http = SimulatorHttp.AuthorizedClient(_sim);
        _sensor = _sim.AddDevice("sensor-1", productId: 30301).SetVariable("temp", 7).SetFunction("reset", _ => 3);
        _sim.AddDevice("sensor-2", productId: 30301);
        _sim.AddDevice("dev-board");
        _sim.AddDevice("other-product", productId: 999, owner: "someone@else");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public async Task List_product_devices_wraps_them_with_meta()
    {
        var (status, body) = await _http.GetJsonAsync("v1/products/30301/devices");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["sensor-1", "sensor-2"], body.GetProperty("devices").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(2, body.GetProperty("meta").GetProperty("total_records").GetInt32());
        Assert.Equal(30301, body.GetProperty("devices")[0].GetProperty("product_id").GetInt32());
    }

    [Fact]
    public async Task List_product_devices_filters_and_pages()
    {
        var (_, filtered) = await _http.GetJsonAsync("v1/products/30301/devices?deviceName=-2");
        var (_, paged) = await _http.GetJsonAsync("v1/products/30301/devices?per_page=1&page=2");

        Assert.Equal("sensor-2", Assert.Single(filtered.GetProperty("devices").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal("sensor-2", Assert.Single(paged.GetProperty("devices").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(2, paged.GetProperty("meta").GetProperty("total_pages").GetInt32());
    }

    [Fact]
    public async Task Product_device_info_variable_and_function_by_id()
    {
        var (infoStatus, info) = await _http.GetJsonAsync($"v1/products/30301/devices/{_sensor.Id}");
        var (_, variable) = await _http.GetJsonAsync($"v1/products/30301/devices/{_sensor.Id}/temp");
        var (_, call) = await _http.PostJsonAsync($"v1/products/30301/devices/{_sensor.Id}/reset", """{"arg":"now"}""");

        Assert.Equal(HttpStatusCode.OK, infoStatus);
        Assert.Equal("""{"temp":"int32"}""", info.GetProperty("variables").Json());
        Assert.Equal(7, variable.GetProperty("result").GetInt32());
        Assert.Equal(3, call.GetProperty("return_value").GetInt32());
    }

    [Fact]
    public async Task Product_routes_need_the_device_id()
    {
        var (status, body) = await _http.GetJsonAsync("v1/products/30301/devices/sensor-1/temp");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Permission Denied", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_device_outside_the_product_is_403()
    {
        var devBoard = _sim.GetDevice("dev-board");

        var (status, _) = await _http.GetJsonAsync($"v1/products/30301/devices/{devBoard.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Unknown_product_is_404_and_a_foreign_product_is_403()
    {
        var (unknown, unknownBody) = await _http.GetJsonAsync("v1/products/4242/devices");
        var (foreign, _) = await _http.GetJsonAsync("v1/products/999/devices");

        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal("""{"ok":false,"error":"Product not found"}""", unknownBody.Json());
        Assert.Equal(HttpStatusCode.Forbidden, foreign);
    }

    [Fact]
    public async Task Products_can_be_named_by_slug()
    {
        _sim.SetProductSlug(30301, "my-fleet");

        var (status, body) = await _http.GetJsonAsync($"v1/products/my-fleet/devices/{_sensor.Id}/temp");
        var (unknown, _) = await _http.GetJsonAsync("v1/products/other-fleet/devices");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(7, body.GetProperty("result").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Throws<ArgumentException>(() => _sim.SetProductSlug(30301, "123"));
    }
}
