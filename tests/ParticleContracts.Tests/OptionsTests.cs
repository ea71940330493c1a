namespace ParticleContracts.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_match_the_documented_platform_values()
    {
        var options = new ParticleCloudOptions();

        Assert.Equal(new Uri("https://api.particle.io"), options.BaseAddress);
        Assert.Equal(1024, options.FunctionArgumentLimit);
        Assert.Equal("arg", options.FunctionArgumentFieldName);
        Assert.Equal(ParticleFunctionBodyEncoding.Json, options.FunctionBodyEncoding);
        Assert.Equal(ParticleTokenPlacement.AuthorizationHeader, options.TokenPlacement);
        Assert.Equal(TimeSpan.FromSeconds(15), options.EventStreamIdleTimeout);
        Assert.False(options.RetryFunctionCalls);
        Assert.False(options.RetryEventPublishes);
        Assert.Null(options.Product);
    }

    [Fact]
    public void A_token_or_a_token_provider_is_enough()
    {
        Assert.Empty(new ParticleCloudOptions { AccessToken = "t" }.Validate());
        Assert.Empty(new ParticleCloudOptions { AccessTokenProvider = _ => ValueTask.FromResult("t") }.Validate());
        Assert.Contains(new ParticleCloudOptions { AccessToken = "  " }.Validate(), p => p.Contains("No Particle access token", StringComparison.Ordinal));
    }

    public static TheoryData<string, Action<ParticleCloudOptions>> InvalidSettings => new()
    {
        { "BaseAddress", o => o.BaseAddress = new Uri("ftp://example.com") },
        { "BaseAddress", o => o.BaseAddress = new Uri("/relative", UriKind.Relative) },
        { "Product", o => o.Product = " " },
        { "RequestTimeout", o => o.RequestTimeout = TimeSpan.Zero },
        { "FunctionArgumentLimit", o => o.FunctionArgumentLimit = -1 },
        { "FunctionArgumentFieldName", o => o.FunctionArgumentFieldName = "" },
        { "TokenPlacement", o => o.TokenPlacement = (ParticleTokenPlacement)42 },
        { "FunctionBodyEncoding", o => o.FunctionBodyEncoding = (ParticleFunctionBodyEncoding)42 },
        { "MaxRetryAttempts", o => o.MaxRetryAttempts = -1 },
        { "RetryBaseDelay", o => o.RetryBaseDelay = TimeSpan.FromSeconds(-1) },
        { "EventStreamIdleTimeout", o => o.EventStreamIdleTimeout = TimeSpan.Zero },
        { "EventStreamReconnectDelay", o => o.EventStreamReconnectDelay = TimeSpan.FromMinutes(5) },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Each_invalid_setting_is_named_in_the_problems(string setting, Action<ParticleCloudOptions> breakIt)
    {
        var options = new ParticleCloudOptions { AccessToken = "t" };
        breakIt(options);

        var problem = Assert.Single(options.Validate());
        Assert.Contains(setting, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Infinite_request_timeout_is_allowed()
    {
        Assert.Empty(new ParticleCloudOptions { AccessToken = "t", RequestTimeout = Timeout.InfiniteTimeSpan }.Validate());
    }
}
