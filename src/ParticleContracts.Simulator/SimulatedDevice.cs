using System.Collections.Concurrent;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator;

/// <summary>
/// A device in the simulated cloud: its identity, online state, cloud variables (values or providers) and cloud
/// functions (handlers). Every member is safe to use while requests are being served.
/// </summary>
public sealed class SimulatedDevice
{
    private const int MaxNameLength = 64;

    private readonly CloudState _cloud;
    private readonly ConcurrentDictionary<string, VariableSlot> _variables = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<string, CancellationToken, Task<int>>> _functions = new(StringComparer.Ordinal);
    private readonly BoundedHistory<SimulatedFunctionCall> _calls;
    private readonly Lock _stateLock = new();
    private bool _online;
    private int _disconnectDuringNextCall;
    private DateTimeOffset _lastHeard;
    private DateTimeOffset _lastHandshakeAt;

    internal SimulatedDevice(CloudState cloud, string id, string name, string owner, int platformId, int? productId, bool online)
    {
        _cloud = cloud;
        _calls = new BoundedHistory<SimulatedFunctionCall>(cloud.Options.FunctionCallHistoryLimit);
        Id = id;
        Name = name;
        Owner = owner;
        PlatformId = platformId;
        ProductId = productId;
        _online = online;
        _lastHeard = cloud.Now;
        _lastHandshakeAt = _lastHeard;
        Ledgers = new SimulatedDeviceLedgers(cloud, this);
        Environment = new SimulatedDeviceEnvironment(cloud, this);
        Firmware = new SimulatedFirmwareData(this, [], []);
        Events = new SimulatedDeviceEvents(cloud, this);
    }

    /// <summary>The ledgers and environment variables as the device's firmware uses them (empty unless the device was built from firmware).</summary>
    public SimulatedFirmwareData Firmware { get; internal set; }

    /// <summary>The 24-hex device ID.</summary>
    public string Id { get; }

    /// <summary>The device name (user-scope routes accept it in place of the ID).</summary>
    public string Name { get; }

    /// <summary>The account that owns the device; other accounts get 403 <c>Permission Denied</c>.</summary>
    public string Owner { get; }

    /// <summary>The Particle platform ID (<c>platform_id</c>), e.g. 12 Argon, 13 Boron, 32 P2.</summary>
    public int PlatformId { get; }

    /// <summary>The product the device belongs to, or null for a developer device.</summary>
    public int? ProductId { get; }

    /// <summary>Whether the device is connected to the cloud.</summary>
    public bool IsOnline
    {
        get
        {
            lock (_stateLock)
            {
                return _online;
            }
        }
    }

    /// <summary>When the cloud last heard from the device.</summary>
    public DateTimeOffset LastHeard
    {
        get
        {
            lock (_stateLock)
            {
                return _lastHeard;
            }
        }
    }

    /// <summary>When the device last connected.</summary>
    public DateTimeOffset LastHandshakeAt
    {
        get
        {
            lock (_stateLock)
            {
                return _lastHandshakeAt;
            }
        }
    }

    /// <summary>The device's side of its ledgers: read cloud-to-device data, write device-to-cloud data.</summary>
    public SimulatedDeviceLedgers Ledgers { get; }

    /// <summary>The environment variables the device runs with (<c>System.getEnv</c>), as last rolled out to it.</summary>
    public SimulatedDeviceEnvironment Environment { get; }

    /// <summary>The events the firmware publishes (with sample payloads) and the prefixes it subscribes to, with what it received.</summary>
    public SimulatedDeviceEvents Events { get; }

    /// <summary>The variables the device exposes, name → type, in ordinal name order.</summary>
    public IReadOnlyDictionary<string, SimulatedVariableType> Variables =>
        new SortedDictionary<string, SimulatedVariableType>(
            _variables.ToDictionary(pair => pair.Key, pair => pair.Value.Type, StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>The functions the device exposes, in ordinal order.</summary>
    public IReadOnlyList<string> Functions => [.. _functions.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The most recent function calls served (at most <see cref="ParticleSimulatorOptions.FunctionCallHistoryLimit"/>),
    /// oldest first, in the order the handlers completed.
    /// </summary>
    public IReadOnlyList<SimulatedFunctionCall> FunctionCalls => _calls.Snapshot();

    /// <summary>Sets an <c>int32</c> variable (adding it when missing).</summary>
    /// <param name="name">The variable name (1–64 characters, case-sensitive).</param>
    /// <param name="value">The value reads return.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice SetVariable(string name, int value) => SetConstant(name, SimulatedVariableType.Int32, value);

    /// <summary>Sets a <c>double</c> variable (adding it when missing).</summary>
    /// <param name="name">The variable name (1–64 characters, case-sensitive).</param>
    /// <param name="value">The value reads return; must be finite.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice SetVariable(string name, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A Particle double variable must be finite to be sent as JSON.");
        }

        return SetConstant(name, SimulatedVariableType.Double, value);
    }

    /// <summary>Sets a <c>bool</c> variable (adding it when missing).</summary>
    /// <param name="name">The variable name (1–64 characters, case-sensitive).</param>
    /// <param name="value">The value reads return.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice SetVariable(string name, bool value) => SetConstant(name, SimulatedVariableType.Bool, value);

    /// <summary>Sets a <c>string</c> variable (adding it when missing).</summary>
    /// <param name="name">The variable name (1–64 characters, case-sensitive).</param>
    /// <param name="value">The value reads return.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice SetVariable(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SetConstant(name, SimulatedVariableType.String, value);
    }

    /// <summary>
    /// Makes a variable calculated: <paramref name="provider"/> runs on every read, like a Device OS calculated variable.
    /// </summary>
    /// <typeparam name="T"><see cref="int"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="string"/>.</typeparam>
    /// <param name="name">The variable name (1–64 characters, case-sensitive).</param>
    /// <param name="provider">Returns the current value; an exception becomes a 500 reply.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice SetVariableProvider<T>(string name, Func<T> provider)
    {
        ValidateName(name);
        ArgumentNullException.ThrowIfNull(provider);
        var type = SimulatedVariableTypeNames.FromClrType(typeof(T));
        _variables[name] = new VariableSlot(type, () => provider()!);
        return this;
    }

    /// <summary>Adds a variable of the given type holding the type's default (0, 0.0, false or an empty string).</summary>
    /// <param name="name">The variable name (1–64 characters, case-sensitive).</param>
    /// <param name="type">The cloud type.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice AddVariable(string name, SimulatedVariableType type) => SetConstant(name, type, type.DefaultValue());

    /// <summary>Removes a variable; reads then get 404 <c>Unknown Variable</c>.</summary>
    /// <param name="name">The variable name.</param>
    /// <returns>True when it existed.</returns>
    public bool RemoveVariable(string name) => _variables.TryRemove(name, out _);

    /// <summary>Registers (or replaces) a function handler, like <c>Particle.function(name, handler)</c>.</summary>
    /// <param name="name">The function name (1–64 characters, case-sensitive).</param>
    /// <param name="handler">Receives the argument and returns the <c>return_value</c>; an exception becomes a 500 reply.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice SetFunction(string name, Func<string, int> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return SetFunction(name, (argument, _) => Task.FromResult(handler(argument)));
    }

    /// <summary>Registers (or replaces) an asynchronous function handler.</summary>
    /// <param name="name">The function name (1–64 characters, case-sensitive).</param>
    /// <param name="handler">Receives the argument and a token cancelled when the caller goes away.</param>
    /// <returns>This device, for chaining.</returns>
    public SimulatedDevice SetFunction(string name, Func<string, CancellationToken, Task<int>> handler)
    {
        ValidateName(name);
        ArgumentNullException.ThrowIfNull(handler);
        _functions[name] = handler;
        return this;
    }

    /// <summary>Removes a function; calls then get 404 <c>Function X not found</c>.</summary>
    /// <param name="name">The function name.</param>
    /// <returns>True when it existed.</returns>
    public bool RemoveFunction(string name) => _functions.TryRemove(name, out _);

    /// <summary>
    /// Takes the device online or offline. A change publishes <c>spark/status</c> (<c>online</c>/<c>offline</c>) like the
    /// cloud does. Offline devices answer variable reads and function calls with 408 <c>timed out</c>.
    /// </summary>
    /// <param name="online">The new state.</param>
    public void SetOnline(bool online)
    {
        lock (_stateLock)
        {
            if (_online == online)
            {
                return;
            }

            _online = online;
            if (online)
            {
                _lastHandshakeAt = _cloud.Now;
                _lastHeard = _lastHandshakeAt;
            }
        }

        _cloud.PublishFromDevice(this, "spark/status", online ? "online" : "offline", isPublic: false);
        if (online)
        {
            // An environment rollout waiting for this device arrives on connection.
            _cloud.Environment.DeviceConnected(this);
        }
    }

    /// <summary>
    /// Publishes an event from the device; it reaches every matching event stream (by name prefix, device, owner and product).
    /// </summary>
    /// <param name="name">The event name (1–64 bytes).</param>
    /// <param name="data">The payload, or null.</param>
    /// <param name="isPublic">Whether the event is public.</param>
    /// <returns>The event as delivered.</returns>
    public SimulatedEvent PublishEvent(string name, string? data = null, bool isPublic = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return _cloud.PublishFromDevice(this, name, data, isPublic);
    }

    /// <summary>Publishes an event the firmware declares: <paramref name="data"/>, or a sample payload of the declared shape.</summary>
    /// <param name="name">The declared event name.</param>
    /// <param name="data">The payload to send instead of the sample, or null.</param>
    /// <returns>The event as delivered.</returns>
    /// <exception cref="KeyNotFoundException">The firmware does not publish <paramref name="name"/>.</exception>
    public SimulatedEvent PublishDeclaredEvent(string name, string? data = null) => Events.PublishDeclared(name, data);

    /// <summary>
    /// Fault injection: the next variable read or function call finds the device dropping off the network, so the
    /// device goes offline (publishing <c>spark/status</c>), the handler does not run and the caller gets 408.
    /// </summary>
    public void DisconnectDuringNextCall() => Interlocked.Exchange(ref _disconnectDuringNextCall, 1);

    internal bool TryGetVariable(string name, out VariableSlot slot) => _variables.TryGetValue(name, out slot!);

    internal bool TryGetFunction(string name, out Func<string, CancellationToken, Task<int>> handler) =>
        _functions.TryGetValue(name, out handler!);

    internal bool ConsumeDisconnectFault() => Interlocked.Exchange(ref _disconnectDuringNextCall, 0) == 1;

    internal void RecordCall(SimulatedFunctionCall call) => _calls.Add(call);

    internal void MarkHeard()
    {
        var now = _cloud.Now;
        lock (_stateLock)
        {
            _lastHeard = now;
        }
    }

    private SimulatedDevice SetConstant(string name, SimulatedVariableType type, object value)
    {
        ValidateName(name);
        _variables[name] = new VariableSlot(type, () => value);
        return this;
    }

    private static void ValidateName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length > MaxNameLength)
        {
            throw new ArgumentException($"Particle variable and function names are at most {MaxNameLength} characters; '{name}' has {name.Length}.", nameof(name));
        }
    }
}

/// <summary>A variable's type and how to read its current value.</summary>
internal sealed record VariableSlot(SimulatedVariableType Type, Func<object> Read);
