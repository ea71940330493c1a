namespace ParticleContracts.Simulator;

/// <summary>Settings of a <see cref="ParticleCloudSimulator"/>. Every default matches the real Particle Cloud unless noted.</summary>
public sealed class ParticleSimulatorOptions
{
    /// <summary>The loopback port to listen on. 0 (the default) picks a free port; read it back from <see cref="ParticleCloudSimulator.BaseAddress"/>.</summary>
    public int Port { get; set; }

    /// <summary>The access token the simulator accepts for <see cref="Username"/>. A random 40-hex token is generated when null.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The account that owns the devices added without an explicit owner (default <c>simulator@particle.local</c>).</summary>
    public string Username { get; set; } = "simulator@particle.local";

    /// <summary>The password of <see cref="Username"/> for <c>POST /oauth/token</c> (default <c>simulator</c>).</summary>
    public string Password { get; set; } = "simulator";

    /// <summary>Lifetime of tokens created by <c>POST /oauth/token</c> without <c>expires_in</c> (the cloud's 90 days).</summary>
    public TimeSpan DefaultTokenLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>
    /// How long a variable read or function call on an offline device waits before the 408 <c>timed out</c> reply.
    /// The cloud answers at once when it knows the device is offline and after about 30 s otherwise; the default
    /// of 250 ms keeps local runs fast while still showing that the call waited.
    /// </summary>
    public TimeSpan OfflineResponseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often an idle event stream receives a keep-alive newline (the cloud: every 9–13 s; default 10 s).</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests allowed per <see cref="RateLimitWindow"/> and client IP address (the cloud's 10,000).</summary>
    public int RateLimitPermits { get; set; } = 10_000;

    /// <summary>The rate-limit window (the cloud's 5 minutes). A rejected request's <c>Retry-After</c> is the whole seconds until the window frees a permit.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether requests are rate limited at all (default true). Turn it off for load tests.</summary>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>The largest function argument in UTF-8 bytes (Device OS 3.0+: 1024). Longer arguments get a 400.</summary>
    public int FunctionArgumentLimit { get; set; } = 1024;

    /// <summary>The largest event name in UTF-8 bytes (64).</summary>
    public int EventNameLimit { get; set; } = 64;

    /// <summary>The largest event payload in UTF-8 bytes (Device OS 6.3+: 16384).</summary>
    public int EventDataLimit { get; set; } = 16_384;

    /// <summary>The <c>platform_id</c> given to devices added without one (32 = P2 / Photon 2).</summary>
    public int DefaultPlatformId { get; set; } = 32;

    /// <summary>How many recent events <see cref="ParticleCloudSimulator.PublishedEvents"/> keeps (default 10,000).</summary>
    public int EventHistoryLimit { get; set; } = 10_000;

    /// <summary>
    /// How many recent function calls each device keeps in <see cref="SimulatedDevice.FunctionCalls"/> (default 100;
    /// 0 keeps none). Older calls are dropped, so memory stays constant under load.
    /// </summary>
    public int FunctionCallHistoryLimit { get; set; } = 100;

    /// <summary>
    /// Whether an <c>access_token</c> query parameter also authenticates POST, PUT and DELETE requests. The cloud
    /// documents the query string for GET only, so the default is false (such requests get 400 "token not found").
    /// </summary>
    public bool AcceptQueryTokenOnAllMethods { get; set; }

    /// <summary>The seed of the random source used by intermittent fault injection, for reproducible runs. Null seeds from the clock.</summary>
    public int? FaultSeed { get; set; }

    /// <summary>
    /// Whether to serve the web console at <c>/console</c> and its management routes under <c>/simulator</c> (default
    /// false; the standalone command turns it on). The page loads without a token and asks for one; every data call
    /// it makes sends the token as a Bearer header.
    /// </summary>
    public bool EnableConsole { get; set; }

    /// <summary>
    /// How often each device added from a definition with published events (firmware devices) publishes them on its
    /// own, with their sample payloads (see <see cref="SimulatedDeviceEvents.StartPeriodicPublishing"/>). Null (the
    /// default) publishes them only on demand.
    /// </summary>
    public TimeSpan? DeclaredEventInterval { get; set; }

    /// <summary>The clock used for <c>last_heard</c>, event timestamps, token expiry and periodic event publishing. Defaults to the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Receives the simulator's error log: the exception behind each 500 reply (replies themselves carry only the
    /// cloud's generic error body). Entries name the route template, never the request URL or its query string,
    /// so tokens stay out of logs. Null (the default) discards the log.
    /// </summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be between 0 and 65535.");
        }

        if (string.IsNullOrWhiteSpace(Username))
        {
            throw new ArgumentException("A username is required.", nameof(Username));
        }

        if (AccessToken is { } token && string.IsNullOrWhiteSpace(token))
        {
            throw new ArgumentException("The access token must not be blank; leave it null to generate one.", nameof(AccessToken));
        }

        if (KeepAliveInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(KeepAliveInterval), KeepAliveInterval, "The keep-alive interval must be positive.");
        }

        if (OfflineResponseDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(OfflineResponseDelay), OfflineResponseDelay, "The offline delay must not be negative.");
        }

        if (RateLimitPermits <= 0 || RateLimitWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RateLimitPermits), RateLimitPermits, "The rate limit needs a positive permit count and window.");
        }

        if (FunctionArgumentLimit <= 0 || EventNameLimit <= 0 || EventDataLimit <= 0 || EventHistoryLimit < 0 || FunctionCallHistoryLimit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(FunctionArgumentLimit), "Size limits must be positive (history limits: not negative).");
        }

        if (DeclaredEventInterval is { } interval && interval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(DeclaredEventInterval), interval, "The declared-event interval must be positive (null publishes on demand only).");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}
