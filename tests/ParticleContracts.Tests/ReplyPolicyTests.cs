using System.Net;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>
/// One reply policy: the typed fast paths (variable result, function return value read straight from the bytes) agree
/// with the full deserializer on every body, and a 2xx <c>{"ok":false}</c> body fails the same way on every call.
/// </summary>
public sealed class ReplyPolicyTests
{
    private const string Device = "0123456789abcdef01234567";

    [Theory]
    [InlineData("""{"cmd":"VarReturn","name":"temp","result":21.5,"coreInfo":{"connected":true,"deviceID":"x"}}""", 21.5)]
    [InlineData("""{"coreInfo":{"result":1},"result":2}""", 2.0)]
    [InlineData("""  {"result" : 3e2 }  """, 300.0)]
    [InlineData("""{"result":-0.0}""", -0.0)]
    public async Task Typed_reads_take_the_top_level_result(string body, double expected)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, body);

        Assert.Equal(expected, await TestClients.Create(handler).GetVariableAsync<double>(Device, "temp"));
    }

    [Theory]
    [InlineData("""{"result":1}{""")]
    [InlineData("""{"result":1""")]
    [InlineData("""{"name":"temp"}""")]
    [InlineData("""[1]""")]
    [InlineData("")]
    public async Task Broken_or_incomplete_variable_replies_are_protocol_errors(string body)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, body);

        await Assert.ThrowsAsync<ParticleProtocolException>(() => TestClients.Create(handler).GetVariableAsync<int>(Device, "temp"));
    }

    [Fact]
    public async Task A_duplicated_result_is_read_like_the_serializer_reads_it()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, """{"result":1,"result":2}""");

        Assert.Equal(2, await TestClients.Create(handler).GetVariableAsync<int>(Device, "temp"));
    }

    [Theory]
    [InlineData("""{"result":"21"}""", typeof(int))]
    [InlineData("""{"result":2147483648}""", typeof(int))]
    [InlineData("""{"result":1}""", typeof(bool))]
    [InlineData("""{"result":true}""", typeof(string))]
    public async Task Values_that_do_not_fit_are_type_errors(string body, Type requested)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, body);
        var client = TestClients.Create(handler);

        Task call = requested == typeof(int) ? client.GetVariableAsync<int>(Device, "temp")
            : requested == typeof(bool) ? client.GetVariableAsync<bool>(Device, "temp")
            : client.GetVariableAsync<string>(Device, "temp");

        var error = await Assert.ThrowsAsync<ParticleVariableTypeException>(() => call);
        Assert.Equal(requested, error.RequestedType);
    }

    [Theory]
    [InlineData("""{"id":"d","connected":false,"return_value":4294967295}""", -1, false, "d")]
    [InlineData("""{"return_value":7,"connected":null,"id":null}""", 7, true, null)]
    [InlineData("""{"name":"led","return_value":0,"last_app":"x","connected":true}""", 0, true, null)]
    public async Task Function_replies_map_the_same_on_the_fast_and_the_full_path(string body, int value, bool connected, string? id)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, body);
        var client = TestClients.Create(handler);

        var result = await client.CallFunctionAsync(Device, "led", "on");
        var proxied = await ParticleDeviceCalls.CallFunctionAsync(client, Device, "led", "on", 0, CancellationToken.None);

        Assert.Equal((value, connected, id), (result.ReturnValue, result.Connected, result.DeviceId));
        Assert.Equal(value, proxied);
    }

    [Fact]
    public async Task A_2xx_ok_false_body_fails_the_same_way_for_variables_functions_and_publishes()
    {
        const string Refusal = """{"ok":false,"error":"timed out"}""";
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, Refusal);
        var client = TestClients.Create(handler);

        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => client.GetVariableAsync<int>(Device, "temp"));
        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => client.GetVariableAsync(Device, "temp"));
        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => client.CallFunctionAsync(Device, "led", "on"));
        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => ParticleDeviceCalls.CallFunctionAsync(client, Device, "led", "on", 0, CancellationToken.None));
        await Assert.ThrowsAsync<ParticleDeviceOfflineException>(() => client.PublishEventAsync("ping"));
    }

    [Fact]
    public async Task Chunked_and_large_bodies_are_read_whole()
    {
        var name = new string('n', 20_000);
        var handler = new StubHttpHandler(_ =>
        {
            var json = $$"""{"name":"{{name}}","result":"{{name}}"}""";
            var chunks = new ChunkedStream().Send(json[..5000]).Send(json[5000..]);
            chunks.End();
            var content = new StreamContent(chunks);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });

        Assert.Equal(name, await TestClients.Create(handler).GetVariableAsync<string>(Device, "temp"));
    }
}
