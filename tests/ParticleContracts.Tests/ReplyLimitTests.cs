using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>Replies at the edge of what the client accepts, and the number of attempts one call may make.</summary>
public sealed class ReplyLimitTests
{
    private const string Device = "0123456789abcdef01234567";

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public async Task A_double_variable_outside_the_double_range_is_a_type_error_not_infinity(string number)
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, $$"""{"cmd":"VarReturn","name":"temp","result":{{number}}}""");

        var error = await Assert.ThrowsAsync<ParticleVariableTypeException>(() => TestClients.Create(handler).GetVariableAsync<double>(Device, "temp"));

        Assert.Equal(typeof(double), error.RequestedType);
        Assert.Equal(JsonValueKind.Number, error.ActualKind);
        Assert.Contains(number, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_variable_read_through_AddParticleCloud_reaches_a_dropping_server_one_plus_MaxRetryAttempts_times(int? maxRetryAttempts)
    {
        await using var server = new DroppingServer();
        var services = new ServiceCollection();
        services.AddParticleCloud(o =>
        {
            o.AccessToken = TestClients.Token;
            o.BaseAddress = server.BaseAddress;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            o.MaxRetryAttempts = maxRetryAttempts ?? o.MaxRetryAttempts;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ParticleCloudClient>();

        await Assert.ThrowsAsync<ParticleNetworkException>(() => client.GetVariableAsync<double>(Device, "temp"));

        // The default is the documented 1 + 3; the HTTP handler's own resend used to multiply it to 16.
        Assert.Equal(1 + (maxRetryAttempts ?? 3), server.Requests);
    }

    [Fact]
    public async Task A_function_call_through_AddParticleCloud_is_sent_once_to_a_dropping_server()
    {
        await using var server = new DroppingServer();
        var services = new ServiceCollection();
        services.AddParticleCloud(o =>
        {
            o.AccessToken = TestClients.Token;
            o.BaseAddress = server.BaseAddress;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ParticleCloudClient>();

        await Assert.ThrowsAsync<ParticleNetworkException>(() => client.CallFunctionAsync(Device, "led", "on"));

        Assert.Equal(1, server.Requests);
    }
}
