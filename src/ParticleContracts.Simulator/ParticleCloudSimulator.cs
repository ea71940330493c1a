using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ParticleContracts.Simulator.Cloud;
using ParticleContracts.Simulator.WebConsole;
using ParticleContracts.Simulator.Http;

namespace ParticleContracts.Simulator;

/// <summary>
/// A local Particle Cloud: a real HTTP server on 127.0.0.1 that speaks the cloud's wire format (routes, JSON bodies,
/// status codes, SSE framing). Start it with <see cref="StartAsync"/>, add devices, point any Particle client at
/// <see cref="BaseAddress"/> with <see cref="AccessToken"/>, and dispose it to stop.
/// </summary>
/// <example>
/// <code>
/// await using var sim = await ParticleCloudSimulator.StartAsync();
/// sim.AddDevice("lamp").SetVariable("temp", 21.5).SetFunction("led", arg => arg == "on" ? 1 : 0);
/// // GET {sim.BaseAddress}v1/devices/lamp/temp with "Authorization: Bearer {sim.AccessToken}"
/// </code>
/// </example>
public sealed partial class ParticleCloudSimulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CloudState _cloud;
    private readonly SimulatorConsole? _console;
    private int _disposed;

    private ParticleCloudSimulator(WebApplication app, CloudState cloud, SimulatorConsole? console, Uri baseAddress, string accessToken)
    {
        _app = app;
        _cloud = cloud;
        _console = console;
        BaseAddress = baseAddress;
        AccessToken = accessToken;
    }

    /// <summary>The root URL, e.g. <c>http://127.0.0.1:52113/</c> (routes are under <c>v1/</c>).</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// The web console's page, e.g. <c>http://127.0.0.1:52113/console</c>, or null when
    /// <see cref="ParticleSimulatorOptions.EnableConsole"/> is off. The page asks for <see cref="AccessToken"/>.
    /// </summary>
    public Uri? ConsoleAddress => _console is null ? null : new Uri(BaseAddress, "console");

    /// <summary>A token accepted for <see cref="Username"/> (from the options, or generated). Never printed by <see cref="ToString"/>.</summary>
    public string AccessToken { get; }

    /// <summary>The default account, which owns devices added without an owner.</summary>
    public string Username => _cloud.Options.Username;

    /// <summary>Fault injection: latency, intermittent errors, dropped event streams.</summary>
    public SimulatorFaults Faults => _cloud.Faults;

    /// <summary>The server's services (tests enumerate the mapped routes through them).</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>Every device, ordered by name.</summary>
    public IReadOnlyList<SimulatedDevice> Devices => [.. _cloud.Devices];

    /// <summary>Every event that went through the cloud so far (device, API and <c>spark/status</c> events), in order.</summary>
    public IReadOnlyList<SimulatedEvent> PublishedEvents => _cloud.History;

    /// <summary>How many event streams are open right now.</summary>
    public int OpenEventStreams => _cloud.Events.SubscriberCount;

    /// <summary>Starts a simulator on 127.0.0.1.</summary>
    /// <param name="options">Settings; null uses the defaults (a free port, a random token).</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The running simulator; dispose it to stop.</returns>
    public static async Task<ParticleCloudSimulator> StartAsync(ParticleSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ParticleSimulatorOptions();
        options.Validate();
        var cloud = new CloudState(options);
        var accessToken = options.AccessToken ?? DeviceIds.NewAccessToken();
        cloud.Tokens.Add(accessToken, options.Username, expiresAt: null, client: "particle-contracts-simulator");

        var console = options.EnableConsole ? new SimulatorConsole(cloud) : null;
        var app = Build(cloud, options, console);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // E.g. the port is taken: release what Build created before the caller sees the failure.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without reporting its address.");
        return new ParticleCloudSimulator(app, cloud, console, new Uri(address.TrimEnd('/') + "/"), accessToken);
    }

    /// <summary>Adds an online device with no variables or functions yet.</summary>
    /// <param name="name">The device name.</param>
    /// <param name="id">The 24-hex ID; null derives a stable one from the name.</param>
    /// <param name="platformId">The platform ID; null uses <see cref="ParticleSimulatorOptions.DefaultPlatformId"/>.</param>
    /// <param name="productId">The product, or null for a developer device.</param>
    /// <param name="owner">The owning account; null uses <see cref="Username"/>.</param>
    /// <returns>The device, to configure further.</returns>
    public SimulatedDevice AddDevice(string name, string? id = null, int? platformId = null, int? productId = null, string? owner = null) =>
        _cloud.AddDevice(name, id, owner, platformId, productId, online: true);

    /// <summary>
    /// Adds a device from a definition: each variable starts at its type's default (0, 0.0, false, empty string) and
    /// each function runs its <see cref="SimulatedDeviceDefinition.FunctionHandlers"/> entry, or returns 1, until given
    /// another handler.
    /// </summary>
    /// <param name="definition">The device's identity, variables and functions.</param>
    /// <returns>The device, to configure further.</returns>
    public SimulatedDevice AddDevice(SimulatedDeviceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var device = _cloud.AddDevice(definition.Name, definition.Id, definition.Owner, definition.PlatformId, definition.ProductId, definition.Online);
        foreach (var (name, type) in definition.Variables)
        {
            device.AddVariable(name, type);
        }

        foreach (var name in definition.Functions)
        {
            device.SetFunction(name, definition.FunctionHandlers.TryGetValue(name, out var handler) ? handler : static _ => 1);
        }

        foreach (var (name, sample) in definition.PublishedEvents)
        {
            device.Events.Declare(name, sample);
        }

        foreach (var prefix in definition.Subscriptions)
        {
            device.Events.Subscribe(prefix);
        }

        if (_cloud.Options.DeclaredEventInterval is { } interval && definition.PublishedEvents.Count > 0)
        {
            device.Events.StartPeriodicPublishing(interval);
        }

        device.Firmware = new SimulatedFirmwareData(device, [.. definition.Ledgers], [.. definition.EnvironmentVariables]);
        return device;
    }

    /// <summary>The device with this ID or name.</summary>
    /// <param name="idOrName">A 24-hex ID or a device name.</param>
    /// <returns>The device.</returns>
    /// <exception cref="KeyNotFoundException">No device has that ID or name.</exception>
    public SimulatedDevice GetDevice(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        return _cloud.Find(idOrName, Username, allowName: true)
            ?? throw new KeyNotFoundException($"The simulator has no device with ID or name '{idOrName}'.");
    }

    /// <summary>Removes a device; requests for it then get 403 like an unknown device.</summary>
    /// <param name="idOrName">A 24-hex ID or a device name.</param>
    /// <returns>True when a device was removed.</returns>
    public bool RemoveDevice(string idOrName)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        if (_cloud.Find(idOrName, Username, allowName: true) is not { } device || !_cloud.RemoveDevice(device.Id))
        {
            return false;
        }

        device.Events.Dispose();
        return true;
    }

    /// <summary>Lets product routes name product <paramref name="productId"/> by <paramref name="slug"/> as well as by number.</summary>
    /// <param name="productId">The product ID devices were added with.</param>
    /// <param name="slug">The slug, e.g. <c>my-fleet</c>.</param>
    public void SetProductSlug(int productId, string slug)
    {
        ArgumentException.ThrowIfNullOrEmpty(slug);
        if (int.TryParse(slug, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException("A product slug cannot be a number; numbers are product IDs.", nameof(slug));
        }

        _cloud.SetProductSlug(productId, slug);
    }

    /// <summary>Adds (or changes the password of) an account that can log in with <c>POST /oauth/token</c>.</summary>
    /// <param name="username">The account name.</param>
    /// <param name="password">Its password.</param>
    public void AddUser(string username, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentNullException.ThrowIfNull(password);
        _cloud.SetPassword(username, password);
    }

    /// <summary>Issues a new access token.</summary>
    /// <param name="username">The account; null uses <see cref="Username"/>.</param>
    /// <param name="lifetime">How long it is valid (measured on <see cref="ParticleSimulatorOptions.TimeProvider"/>); null never expires.</param>
    /// <returns>The token.</returns>
    public string CreateAccessToken(string? username = null, TimeSpan? lifetime = null)
    {
        var token = DeviceIds.NewAccessToken();
        _cloud.Tokens.Add(token, username ?? Username, lifetime is { } l ? _cloud.Now + l : null, "particle-contracts-simulator");
        return token;
    }

    /// <summary>Revokes a token; requests with it then get 401 <c>invalid_token</c>.</summary>
    /// <param name="token">The token.</param>
    /// <returns>True when the token existed.</returns>
    public bool RevokeAccessToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return _cloud.Tokens.Revoke(token);
    }

    /// <summary>Waits until at least <paramref name="count"/> event streams are open (subscribed and past <c>:ok</c>).</summary>
    /// <param name="count">How many streams to wait for.</param>
    /// <param name="cancellationToken">Gives up waiting.</param>
    /// <returns>A task that completes once enough streams are open.</returns>
    public async Task WaitForEventStreamsAsync(int count, CancellationToken cancellationToken = default)
    {
        while (_cloud.Events.SubscriberCount < count)
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the server, cutting open event streams.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var device in _cloud.Devices)
        {
            // Stops periodic publishing and the devices' own subscriptions.
            device.Events.Dispose();
        }

        _cloud.Events.DropAll();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override string ToString() => $"Particle Cloud simulator at {BaseAddress}";

    /// <summary>The console's request log (null when the console is off).</summary>
    internal IReadOnlyList<RequestLogEntry> ConsoleRequests => _console?.Requests.Snapshot() ?? [];

    private static WebApplication Build(CloudState cloud, ParticleSimulatorOptions options, SimulatorConsole? console)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ParticleCloudSimulator).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            RequestLimits.Configure(kestrel.Limits);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddRoutingCore();
        // No log providers: request logs would carry ?access_token= query strings.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(cloud);
        if (options.RateLimitEnabled)
        {
            builder.Services.AddRateLimiter(limiter =>
            {
                limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    console is not null && ConsolePaths.IsConsole(context.Request.Path)
                        ? RateLimitPartition.GetNoLimiter("console")
                        : RateLimitPartition.GetFixedWindowLimiter(
                            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                            _ => new FixedWindowRateLimiterOptions
                            {
                                PermitLimit = options.RateLimitPermits,
                                Window = options.RateLimitWindow,
                                QueueLimit = 0,
                                AutoReplenishment = true,
                            }));
                limiter.OnRejected = (rejected, _) => new ValueTask(CloudReplies.RateLimitedAsync(
                    rejected.HttpContext,
                    rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null));
            });
        }

        var app = builder.Build();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStopping.Register(() => cloud.Events.DropAll());
        var faults = new FaultInjection(cloud.Faults, exemptConsole: console is not null);
        var caller = new CloudCaller(cloud);
        console?.UseRequestLog(app);
        var errors = new ErrorReplies((options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(typeof(ParticleCloudSimulator).FullName!));
        app.Use(errors.InvokeAsync);
        app.Use(RequestLimits.InvokeAsync);
        app.Use(faults.InvokeAsync);
        if (options.RateLimitEnabled)
        {
            app.UseRateLimiter();
        }

        // Routing before authentication: the caller check decides by the endpoint routing chose, not by path text.
        app.UseRouting();
        app.Use(caller.InvokeAsync);
        new DeviceEndpoints(cloud).Map(app);
        new EventEndpoints(cloud, lifetime).Map(app);
        new AccountEndpoints(cloud).Map(app);
        new LedgerEndpoints(cloud).Map(app);
        new EnvironmentEndpoints(cloud).Map(app);
        console?.Map(app);
        app.MapFallback(ErrorReplies.NotFoundAsync);
        return app;
    }
}
