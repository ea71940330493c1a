using System.Net;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests.EnvironmentVariables;

/// <summary>
/// <see cref="ParticleEnvironmentCalls.SetChangedAsync"/>, which the generated <c>SetEnvironmentAsync</c> calls: only
/// values that differ from the scope's own are sent, in PATCHes of at most 50 operations.
/// </summary>
public sealed class EnvironmentCallsTests
{
    // The scope's own values: KEY_0 = "0" (unchanged below), KEY_1 = "old" (changed below).
    private const string Current = """{"latest":{"own":{"KEY_0":{"value":"0"},"KEY_1":{"value":"old"}},"inherited":{"KEY_2":{"from":"Product","value":"2"}}}}""";

    [Fact]
    public async Task Only_changed_values_are_sent_in_patches_of_at_most_fifty()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, Current);
        var values = Enumerable.Range(0, 62)
            .Select(i => new KeyValuePair<string, string?>($"KEY_{i}", i == 61 ? null : i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();

        var sent = await ParticleEnvironmentCalls.SetChangedAsync(TestClients.Create(handler), ParticleEnvironmentScope.ForProduct("30301"), values, CancellationToken.None);

        // KEY_0 is unchanged and KEY_61 is null; an inherited value (KEY_2) is not the scope's own, so it is sent.
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"KEY_{i}"), sent);
        var requests = handler.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.Equal((HttpMethod.Get, "/v1/products/30301/env"), (requests[0].Method, requests[0].PathAndQuery));
        Assert.All(requests[1..], request => Assert.Equal((HttpMethod.Patch, "/v1/products/30301/env"), (request.Method, request.PathAndQuery)));
        Assert.Equal(50, Operations(requests[1].Body));
        Assert.Equal(10, Operations(requests[2].Body));
        Assert.StartsWith("""{"ops":[{"op":"Set","key":"KEY_1","value":"1"},""", requests[1].Body, StringComparison.Ordinal);
        Assert.EndsWith("""{"op":"Set","key":"KEY_60","value":"60"}]}""", requests[2].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_changed_sends_no_patch()
    {
        var handler = StubHttpHandler.Replying(HttpStatusCode.OK, Current);

        var sent = await ParticleEnvironmentCalls.SetChangedAsync(
            TestClients.Create(handler),
            ParticleEnvironmentScope.Sandbox,
            [new("KEY_0", "0"), new("KEY_1", null)],
            CancellationToken.None);

        Assert.Empty(sent);
        Assert.Equal(HttpMethod.Get, handler.Single.Method);
    }

    private static int Operations(string? body) => body!.Split("\"op\":\"Set\"").Length - 1;
}
