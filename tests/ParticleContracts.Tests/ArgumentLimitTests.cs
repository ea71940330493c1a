using System.Net;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>One argument limit check and one exception type, whether a call comes from the client or a generated proxy.</summary>
public sealed class ArgumentLimitTests
{
    private const string FunctionJson = """{"id":"0123456789abcdef01234567","connected":true,"return_value":1}""";

    [Fact]
    public async Task A_proxy_call_over_the_contract_limit_throws_the_clients_exception_type_before_sending()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<ParticleArgumentTooLongException>(
            () => ParticleDeviceCalls.CallFunctionAsync(client, TestClients.DeviceId, "led", "123456789", maxArgumentBytes: 8, CancellationToken.None));

        Assert.Equal(8, error.LimitBytes);
        Assert.Equal(9, error.ActualBytes);
        Assert.Equal("led", error.FunctionName);
        Assert.Contains("ParticleFunctionArgumentLimit", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_proxy_call_is_held_to_the_client_limit_when_that_is_smaller()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        var client = TestClients.Create(handler, o => o.FunctionArgumentLimit = 4);

        var error = await Assert.ThrowsAsync<ParticleArgumentTooLongException>(
            () => ParticleDeviceCalls.CallFunctionAsync(client, TestClients.DeviceId, "led", "12345", maxArgumentBytes: 1024, CancellationToken.None));

        Assert.Equal(4, error.LimitBytes);
        Assert.Contains("ParticleCloudOptions.FunctionArgumentLimit", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await ParticleDeviceCalls.CallFunctionAsync(client, TestClients.DeviceId, "led", "1234", maxArgumentBytes: 1024, CancellationToken.None));
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task A_proxy_without_a_contract_limit_uses_the_client_limit(int maxArgumentBytes)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, FunctionJson);
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<ParticleArgumentTooLongException>(
            () => ParticleDeviceCalls.CallFunctionAsync(client, TestClients.DeviceId, "led", new string('x', 1025), maxArgumentBytes, CancellationToken.None));

        Assert.Equal(1024, error.LimitBytes);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData("üü", 4, false)]
    [InlineData("üüü", 4, true)]
    [InlineData("€€", 5, true)]
    [InlineData("x", 0, false)]
    public void EnsureArgumentFits_counts_utf8_bytes_and_throws_the_same_type(string argument, int limit, bool throws)
    {
        var error = Record.Exception(() => ParticleDeviceCalls.EnsureArgumentFits("led", argument, limit));

        if (throws)
        {
            Assert.IsType<ParticleArgumentTooLongException>(error);
        }
        else
        {
            Assert.Null(error);
        }
    }
}
