using System.Net;

namespace ParticleContracts.Simulator.Tests;

public sealed class FirmwareDeviceTests : IDisposable
{
    private readonly TempFirmware _firmware = new();

    public void Dispose() => _firmware.Dispose();

    [Fact]
    public async Task One_device_per_contract_named_after_its_folder_with_a_stable_id()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();

        var devices = sim.AddDevicesFromFirmware(_firmware.Root);

        Assert.Equal(["counter", "lamp"], devices.Select(d => d.Name));
        Assert.Equal(TempFirmware.ExpectedId("lamp"), sim.GetDevice("lamp").Id);
        Assert.Equal(TempFirmware.ExpectedId("counter"), sim.GetDevice("counter").Id);
    }

    [Fact]
    public async Task Contract_variables_get_type_defaults_and_functions_return_1()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        sim.AddDevicesFromFirmware(_firmware.Root);
        using var http = SimulatorHttp.AuthorizedClient(sim);

        var (_, info) = await http.GetJsonAsync("v1/devices/lamp");
        var (_, temp) = await http.GetJsonAsync("v1/devices/lamp/temp");
        var (_, on) = await http.GetJsonAsync("v1/devices/lamp/on");
        var (_, label) = await http.GetJsonAsync("v1/devices/lamp/label");
        var (_, count) = await http.GetJsonAsync("v1/devices/lamp/count");
        var (_, led) = await http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"off"}""");

        Assert.Equal("""{"count":"int32","label":"string","message":"string","on":"bool","temp":"double"}""", info.GetProperty("variables").Json());
        Assert.Equal("""["blink","led"]""", info.GetProperty("functions").Json());
        Assert.Equal(0, temp.GetProperty("result").GetDouble());
        Assert.False(on.GetProperty("result").GetBoolean());
        Assert.Equal(string.Empty, label.GetProperty("result").GetString());
        Assert.Equal(0, count.GetProperty("result").GetInt32());
        Assert.Equal(1, led.GetProperty("return_value").GetInt32());
    }

    [Fact]
    public async Task Defaults_can_be_overridden()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        sim.AddDevicesFromFirmware(_firmware.Root);
        sim.GetDevice("lamp").SetVariable("temp", 19.25).SetFunction("led", arg => arg == "on" ? 1 : 0);
        using var http = SimulatorHttp.AuthorizedClient(sim);

        var (_, temp) = await http.GetJsonAsync("v1/devices/lamp/temp");
        var (_, led) = await http.PostJsonAsync("v1/devices/lamp/led", """{"arg":"off"}""");

        Assert.Equal(19.25, temp.GetProperty("result").GetDouble());
        Assert.Equal(0, led.GetProperty("return_value").GetInt32());
    }

    [Fact]
    public async Task A_missing_folder_throws_a_clear_exception()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();

        var error = Assert.Throws<DirectoryNotFoundException>(() => sim.AddDevicesFromFirmware(Path.Combine(_firmware.Root, "nope")));

        Assert.Contains("nope", error.Message);
    }

    [Fact]
    public async Task Definition_based_devices_get_the_same_defaults()
    {
        await using var sim = await ParticleCloudSimulator.StartAsync();
        var definition = new SimulatedDeviceDefinition("thermo") { ProductId = 77, Online = false };
        definition.Variables["temp"] = SimulatedVariableType.Double;
        definition.Functions.Add("reset");

        var device = sim.AddDevice(definition);
        device.SetOnline(true);
        using var http = SimulatorHttp.AuthorizedClient(sim);
        var (status, body) = await http.PostJsonAsync($"v1/products/77/devices/{device.Id}/reset", "{}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, body.GetProperty("return_value").GetInt32());
        Assert.Equal(77, device.ProductId);
        Assert.Equal(SimulatedVariableType.Double, device.Variables["temp"]);
    }
}
