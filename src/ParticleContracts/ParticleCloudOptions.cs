using System.Globalization;
using System.Text;

namespace ParticleContracts;

/// <summary>Settings for <see cref="ParticleCloudClient"/>.</summary>
/// <remarks><see cref="ToString"/> never includes the access token.</remarks>
public sealed class ParticleCloudOptions
{
    /// <summary>The public Particle Cloud, <c>https://api.particle.io</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.particle.io", UriKind.Absolute);

    /// <summary>The documented function-argument limit of current Device OS releases, in UTF-8 bytes.</summary>
    public const int DefaultFunctionArgumentLimit = 1024;

    /// <summary>Cloud root (without <c>/v1</c>). Default <see cref="DefaultBaseAddress"/>; point it at a simulator for local runs.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>A fixed access token. Either this or <see cref="AccessTokenProvider"/> must be set.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Supplies the access token for each request (for tokens that rotate). Takes precedence over <see cref="AccessToken"/>.</summary>
    public Func<CancellationToken, ValueTask<string>>? AccessTokenProvider { get; set; }

    /// <summary>Where the token goes on the wire. Default <see cref="ParticleTokenPlacement.AuthorizationHeader"/>.</summary>
    public ParticleTokenPlacement TokenPlacement { get; set; } = ParticleTokenPlacement.AuthorizationHeader;

    /// <summary>
    /// Product ID or slug. When set, device, variable, function, publish and device-list calls use the product routes
    /// <c>/v1/products/:product/...</c>, which address devices by their 24-hex-digit ID only.
    /// </summary>
    public string? Product { get; set; }

    /// <summary>
    /// The longest a single API call may take, retries included; past it the call fails with
    /// <see cref="ParticleRequestTimeoutException"/>. Default 60 s (an offline device can take ~30 s to time out).
    /// For event streams it bounds each connection attempt, not the stream.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest function argument in UTF-8 bytes; longer arguments are rejected before sending. Default 1024.</summary>
    public int FunctionArgumentLimit { get; set; } = DefaultFunctionArgumentLimit;

    /// <summary>JSON (default) or form body for function calls.</summary>
    public ParticleFunctionBodyEncoding FunctionBodyEncoding { get; set; } = ParticleFunctionBodyEncoding.Json;

    /// <summary>The body field carrying a function argument: <c>arg</c> (documented, default) or <c>args</c> (what particle-api-js sends).</summary>
    public string FunctionArgumentFieldName { get; set; } = "arg";

    /// <summary>Retry function calls on transient failures (only with the <c>AddParticleCloud</c> pipeline). Off by default: calls are not idempotent.</summary>
    public bool RetryFunctionCalls { get; set; }

    /// <summary>Retry event publishes on transient failures (only with the <c>AddParticleCloud</c> pipeline). Off by default: publishes are not idempotent.</summary>
    public bool RetryEventPublishes { get; set; }

    /// <summary>Retries after the first attempt for retryable requests (<c>AddParticleCloud</c> pipeline). Default 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the jittered exponential retry backoff when the cloud sends no <c>Retry-After</c>. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>An event stream that delivers no bytes (not even a keep-alive newline) for this long is reconnected. Default 15 s.</summary>
    public TimeSpan EventStreamIdleTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>First delay before reconnecting a dropped event stream; doubles per consecutive failure. Default 2 s.</summary>
    public TimeSpan EventStreamReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound of the event stream reconnect backoff. Default 30 s.</summary>
    public TimeSpan EventStreamMaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>OAuth client ID used by <see cref="ParticleCloudClient.CreateTokenAsync"/>. Default <c>particle</c>.</summary>
    public string OAuthClientId { get; set; } = "particle";

    /// <summary>OAuth client secret used by <see cref="ParticleCloudClient.CreateTokenAsync"/>. Default <c>particle</c>.</summary>
    public string OAuthClientSecret { get; set; } = "particle";

    /// <summary>Clock for timeouts, durations and reconnect delays (tests pass a fake).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Returns every problem with these options, a missing access token included; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate() => Validate(requireToken: true);

    /// <summary>
    /// Returns every problem with these options; empty when they are usable. With <paramref name="requireToken"/> false a
    /// missing token is not a problem (a client made only to log in with <c>CreateTokenAsync</c> needs none).
    /// </summary>
    internal IReadOnlyList<string> Validate(bool requireToken)
    {
        var problems = new List<string>();
        if (requireToken && AccessTokenProvider is null && string.IsNullOrWhiteSpace(AccessToken))
        {
            problems.Add("No Particle access token: set ParticleCloudOptions.AccessToken or ParticleCloudOptions.AccessTokenProvider.");
        }

        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttps && BaseAddress.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add("ParticleCloudOptions.BaseAddress must be an absolute http(s) URI such as https://api.particle.io.");
        }

        if (Product is not null && string.IsNullOrWhiteSpace(Product))
        {
            problems.Add("ParticleCloudOptions.Product must be a product ID or slug, or null for user scope.");
        }

        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            problems.Add("ParticleCloudOptions.RequestTimeout must be positive.");
        }

        if (FunctionArgumentLimit <= 0)
        {
            problems.Add("ParticleCloudOptions.FunctionArgumentLimit must be positive.");
        }

        if (string.IsNullOrWhiteSpace(FunctionArgumentFieldName))
        {
            problems.Add("ParticleCloudOptions.FunctionArgumentFieldName must not be empty (use \"arg\" or \"args\").");
        }

        if (!Enum.IsDefined(TokenPlacement))
        {
            problems.Add("ParticleCloudOptions.TokenPlacement is not a known placement.");
        }

        if (!Enum.IsDefined(FunctionBodyEncoding))
        {
            problems.Add("ParticleCloudOptions.FunctionBodyEncoding is not a known encoding.");
        }

        if (MaxRetryAttempts < 0)
        {
            problems.Add("ParticleCloudOptions.MaxRetryAttempts must not be negative.");
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            problems.Add("ParticleCloudOptions.RetryBaseDelay must not be negative.");
        }

        if (EventStreamIdleTimeout <= TimeSpan.Zero)
        {
            problems.Add("ParticleCloudOptions.EventStreamIdleTimeout must be positive.");
        }

        if (EventStreamReconnectDelay < TimeSpan.Zero || EventStreamMaxReconnectDelay < EventStreamReconnectDelay)
        {
            problems.Add("ParticleCloudOptions.EventStreamReconnectDelay must be non-negative and not above EventStreamMaxReconnectDelay.");
        }

        if (TimeProvider is null)
        {
            problems.Add("ParticleCloudOptions.TimeProvider must not be null.");
        }

        return problems;
    }

    /// <summary>Describes the options with the token redacted.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"ParticleCloudOptions {{ BaseAddress = {BaseAddress}, ");
        text.Append(AccessTokenProvider is not null ? "AccessToken = (provider), " : AccessToken is null ? "AccessToken = (none), " : "AccessToken = [redacted], ");
        text.Append(CultureInfo.InvariantCulture, $"TokenPlacement = {TokenPlacement}, Product = {Product ?? "(user scope)"}, RequestTimeout = {RequestTimeout}, ");
        text.Append(CultureInfo.InvariantCulture, $"FunctionArgumentLimit = {FunctionArgumentLimit}, FunctionBodyEncoding = {FunctionBodyEncoding}, FunctionArgumentFieldName = {FunctionArgumentFieldName} }}");
        return text.ToString();
    }
}
