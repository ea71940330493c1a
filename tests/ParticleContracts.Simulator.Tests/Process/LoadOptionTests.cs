using System.Net;

namespace ParticleContracts.Simulator.Tests.Process;

/// <summary>The standalone command's load-test options: <c>--rate-limit</c>, <c>--rate-window</c>, <c>--no-rate-limit</c>, <c>--call-history</c>.</summary>
public sealed class LoadOptionTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Rate_limit_and_window_apply_and_Retry_After_follows_the_window()
    {
        using var process = StandaloneSimulatorTests.Start("--port", "0", "--token", "load-token", "--rate-limit", "3", "--rate-window", "2m");
        var baseAddress = StandaloneSimulatorTests.WaitForBaseAddress(process);
        var banner = process.WaitForLine("Rate limit: ", StartTimeout);

        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "load-token");
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.GetAsync("v1/devices");
            statuses.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.Delta;
        }

        Assert.EndsWith("Rate limit: 3 requests per 120 s per client address", banner, StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 100, 120);
    }

    [Fact]
    public async Task No_rate_limit_serves_every_request()
    {
        using var process = StandaloneSimulatorTests.Start("--port", "0", "--token", "load-token", "--rate-limit", "1", "--no-rate-limit");
        var baseAddress = StandaloneSimulatorTests.WaitForBaseAddress(process);
        var banner = process.WaitForLine("Rate limit: ", StartTimeout);

        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "load-token");
        for (var i = 0; i < 10; i++)
        {
            using var response = await http.GetAsync("v1/devices");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.EndsWith("Rate limit: off", banner, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rate-window", "soon", "--rate-window must be a positive duration")]
    [InlineData("--rate-window", "0s", "--rate-window must be a positive duration")]
    [InlineData("--rate-limit", "0", "--rate-limit must be a positive number")]
    [InlineData("--call-history", "-1", "--call-history must not be negative")]
    public async Task Invalid_values_exit_with_a_message(string option, string value, string message)
    {
        using var process = StandaloneSimulatorTests.Start("--port", "0", option, value);

        var exitCode = await process.WaitForExitAsync(StartTimeout);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, process.Output, StringComparison.Ordinal);
    }
}
