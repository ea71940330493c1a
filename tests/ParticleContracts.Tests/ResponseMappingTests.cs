using System.Net;
using System.Text.Json;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>Replies of PARTICLE.md §2.2 become the public models.</summary>
public sealed class ResponseMappingTests
{
    private const string Device = "0123456789abcdef01234567";

    [Fact]
    public async Task Device_info_maps_every_field_with_variables_and_functions()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """
            {"id":"0123456789abcdef01234567","name":"weather","last_app":"","last_ip_address":"10.0.0.1",
             "last_heard":"2024-05-13T10:55:02.520Z","last_handshake_at":"2024-05-13T09:00:00Z","online":true,"connected":true,
             "platform_id":32,"cellular":false,"product_id":32,"status":"normal","serial_number":"P2-1","notes":"roof",
             "system_firmware_version":"6.2.0","variables":{"temp":"double","count":"int32","ok":"bool","label":"string"},
             "functions":["led","reset"],"unknown_future_field":{"x":1}}
            """);
        var device = await TestClients.Create(handler).GetDeviceAsync("weather");

        Assert.Equal(Device, device.Id);
        Assert.Equal("weather", device.Name);
        Assert.True(device.Connected);
        Assert.True(device.Online);
        Assert.Equal(new DateTimeOffset(2024, 5, 13, 10, 55, 2, 520, TimeSpan.Zero), device.LastHeard);
        Assert.Equal(new DateTimeOffset(2024, 5, 13, 9, 0, 0, TimeSpan.Zero), device.LastHandshakeAt);
        Assert.Equal("10.0.0.1", device.LastIpAddress);
        Assert.Equal(32, device.PlatformId);
        Assert.Equal(32, device.ProductId);
        Assert.False(device.Cellular);
        Assert.Equal("normal", device.Status);
        Assert.Equal("P2-1", device.SerialNumber);
        Assert.Equal("roof", device.Notes);
        Assert.Equal("6.2.0", device.SystemFirmwareVersion);
        Assert.Equal(new Dictionary<string, string> { ["temp"] = "double", ["count"] = "int32", ["ok"] = "bool", ["label"] = "string" }, device.Variables);
        Assert.Equal(["led", "reset"], device.Functions);
    }

    [Fact]
    public async Task Offline_device_with_null_variables_and_functions_maps_to_empty()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"id":"0123456789abcdef01234567","name":null,"connected":false,"variables":null,"functions":null,"last_heard":null}""");
        var device = await TestClients.Create(handler).GetDeviceAsync(Device);

        Assert.False(device.Connected);
        Assert.Null(device.Name);
        Assert.Null(device.LastHeard);
        Assert.Empty(device.Variables);
        Assert.Empty(device.Functions);
    }

    [Fact]
    public async Task Variable_result_keeps_raw_value_name_and_core_info()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """
            {"cmd":"VarReturn","name":"temp","result":23.4,
             "coreInfo":{"last_app":"","last_heard":"2024-05-13T10:55:02.520Z","connected":true,"last_handshake_at":"2024-05-13T09:00:00Z","deviceID":"0123456789abcdef01234567","product_id":6}}
            """);
        var result = await TestClients.Create(handler).GetVariableAsync("weather", "temp");

        Assert.Equal("temp", result.Name);
        Assert.Equal(JsonValueKind.Number, result.Result.ValueKind);
        Assert.Equal(23.4, result.Result.GetDouble());
        Assert.NotNull(result.CoreInfo);
        Assert.True(result.CoreInfo.Connected);
        Assert.Equal(Device, result.CoreInfo.DeviceId);
        Assert.Equal(6, result.CoreInfo.ProductId);
        Assert.Equal(new DateTimeOffset(2024, 5, 13, 10, 55, 2, 520, TimeSpan.Zero), result.CoreInfo.LastHeard);
    }

    [Fact]
    public async Task Typed_reads_convert_int_double_bool_string()
    {
        var handler = new StubHttpHandler(request => StubHttpHandler.Json(HttpStatusCode.OK, request.Uri.AbsolutePath.Split('/')[^1] switch
        {
            "count" => """{"name":"count","result":-42}""",
            "temp" => """{"name":"temp","result":21.25}""",
            "whole" => """{"name":"whole","result":21}""",
            "ok" => """{"name":"ok","result":true}""",
            _ => """{"name":"label","result":"hello ü"}""",
        }));
        var client = TestClients.Create(handler);

        Assert.Equal(-42, await client.GetVariableAsync<int>(Device, "count"));
        Assert.Equal(21.25, await client.GetVariableAsync<double>(Device, "temp"));
        Assert.Equal(21.0, await client.GetVariableAsync<double>(Device, "whole"));
        Assert.True(await client.GetVariableAsync<bool>(Device, "ok"));
        Assert.Equal("hello ü", await client.GetVariableAsync<string>(Device, "label"));
    }

    [Theory]
    [InlineData("\"hello\"", "int", "a string")]
    [InlineData("21.5", "int", "the number 21.5")]
    [InlineData("4294967296", "int", "the number 4294967296")]
    [InlineData("true", "double", "a boolean")]
    [InlineData("1", "bool", "the number 1")]
    [InlineData("12", "string", "the number 12")]
    [InlineData("null", "string", "null")]
    public async Task Typed_read_of_a_value_that_does_not_fit_says_what_came_back(string json, string type, string shown)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, $$"""{"name":"v","result":{{json}}}""");
        var client = TestClients.Create(handler);

        Task read = type switch
        {
            "int" => client.GetVariableAsync<int>(Device, "v"),
            "double" => client.GetVariableAsync<double>(Device, "v"),
            "bool" => client.GetVariableAsync<bool>(Device, "v"),
            _ => client.GetVariableAsync<string>(Device, "v"),
        };
        var error = await Assert.ThrowsAsync<ParticleVariableTypeException>(() => read);

        Assert.Contains(shown, error.Message, StringComparison.Ordinal);
        Assert.Contains("'v'", error.Message, StringComparison.Ordinal);
        Assert.Equal("v", error.VariableName);
        Assert.Equal(Device, error.DeviceIdOrName);
    }

    [Fact]
    public async Task Typed_read_of_an_unsupported_type_fails_before_sending()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"name":"v","result":1}""");
        var error = await Assert.ThrowsAsync<NotSupportedException>(() => TestClients.Create(handler).GetVariableAsync<DateTime>(Device, "v"));

        Assert.Contains("int, double, bool or string", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("""{"id":"0123456789abcdef01234567","connected":true,"return_value":1}""", 1, true)]
    [InlineData("""{"id":"0123456789abcdef01234567","last_app":"","connected":true,"return_value":-1}""", -1, true)]
    [InlineData("""{"id":"0123456789abcdef01234567","name":"x","connected":true,"return_value":4294967295}""", -1, true)]
    [InlineData("""{"id":"0123456789abcdef01234567","connected":false,"return_value":0}""", 0, false)]
    public async Task Function_result_maps_return_value_connected_and_device(string body, int expected, bool connected)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, body);
        var result = await TestClients.Create(handler).CallFunctionAsync("weather", "led", "on");

        Assert.Equal(expected, result.ReturnValue);
        Assert.Equal(connected, result.Connected);
        Assert.Equal(Device, result.DeviceId);
    }

    [Fact]
    public void Variable_converter_is_usable_without_a_request()
    {
        using var document = JsonDocument.Parse("7");
        var result = new ParticleVariableResult("n", document.RootElement.Clone(), null);

        Assert.Equal(7, ParticleVariableConverter.Convert<int>(result, Device, "n"));
        Assert.Throws<ParticleVariableTypeException>(() => ParticleVariableConverter.Convert<string>(result, Device, "n"));
    }
}
