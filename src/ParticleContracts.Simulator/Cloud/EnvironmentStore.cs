using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>
/// Environment variables per scope with the cloud's rules (names, reserved prefix, 100 per scope, 16 KB merged per
/// device), rendering by precedence, and rollouts: a device applies the rolled-out values when it takes the update
/// (at once when online for <c>Immediate</c>, at its next connection otherwise), never while it runs.
/// </summary>
internal sealed partial class EnvironmentStore(CloudState cloud)
{
    public const int MaxNameLength = 128;
    public const int MaxPerScope = 100;
    public const int SnapshotLimit = 16_384;
    public const int MaxOperations = 50;
    public const string ReservedPrefix = "PARTICLE_";

    private static readonly Dictionary<string, string> NoValues = [];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ScopeState> _scopes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceState> _devices = new(StringComparer.OrdinalIgnoreCase);

    public EnvironmentScopes Scopes { get; } = new(cloud);

    public EnvironmentListing Describe(EnvironmentScope scope)
    {
        lock (_lock)
        {
            var snapshot = _scopes.TryGetValue(scope.Key, out var state) ? state.LastSnapshot : null;
            return new EnvironmentListing(Layer(scope), snapshot, scope.Device is { } device ? DeviceView(device) : null);
        }
    }

    /// <summary>Validates every operation, then applies them all or none.</summary>
    public void Apply(EnvironmentScope scope, IReadOnlyList<EnvironmentOperation> operations, string username)
    {
        if (operations.Count > MaxOperations)
        {
            throw CloudRejection.BadRequest($"At most {MaxOperations} operations per request; got {operations.Count.ToString(CultureInfo.InvariantCulture)}.");
        }

        foreach (var operation in operations)
        {
            CheckName(operation.Key);
        }

        lock (_lock)
        {
            var state = _scopes.TryGetValue(scope.Key, out var existing) ? existing : new ScopeState();
            var own = new SortedDictionary<string, string>(state.Own, StringComparer.Ordinal);
            foreach (var operation in operations)
            {
                if (operation.IsSet)
                {
                    own[operation.Key] = operation.Value ?? throw CloudRejection.BadRequest($"Set {operation.Key} needs a string \"value\".");
                }
                else
                {
                    own.Remove(operation.Key);
                }
            }

            if (own.Count > MaxPerScope)
            {
                throw CloudRejection.BadRequest($"A scope holds at most {MaxPerScope} variables; this change would leave {own.Count.ToString(CultureInfo.InvariantCulture)}.");
            }

            var previous = state.Own;
            state.Own = own;
            _scopes[scope.Key] = state;
            if (FirstOversizedRendering(scope) is { } oversized)
            {
                state.Own = previous;
                throw CloudRejection.BadRequest(oversized);
            }

            var now = cloud.Now;
            state.CreatedAt ??= now;
            state.CreatedBy ??= username;
            state.UpdatedAt = now;
            state.UpdatedBy = username;
        }
    }

    public bool Contains(EnvironmentScope scope, string key)
    {
        lock (_lock)
        {
            return _scopes.TryGetValue(scope.Key, out var state) && state.Own.ContainsKey(key);
        }
    }

    public (SortedDictionary<string, string> Values, DateTimeOffset? LastUpdatedAt, EnvironmentSnapshot? Snapshot) Render(EnvironmentScope scope)
    {
        lock (_lock)
        {
            var lastUpdated = Chain(scope).Select(s => _scopes.TryGetValue(s.Key, out var state) ? state.UpdatedAt : null).Max();
            return (Layer(scope).Rendered(), lastUpdated, _scopes.TryGetValue(scope.Key, out var own) ? own.LastSnapshot : null);
        }
    }

    public (EnvironmentDiff FromSnapshot, EnvironmentDiff? FromDevice) PendingRollout(EnvironmentScope scope)
    {
        lock (_lock)
        {
            var current = Layer(scope).Rendered();
            var snapshot = _scopes.TryGetValue(scope.Key, out var state) && state.LastSnapshot is { } last ? last.Layer.Rendered() : NoValues as IReadOnlyDictionary<string, string>;
            var fromDevice = scope.Device is { } device ? EnvironmentDiff.Between(DeviceView(device).Applied, current) : null;
            return (EnvironmentDiff.Between(snapshot, current), fromDevice);
        }
    }

    /// <summary>Records the scope's snapshot and delivers each affected device its rendering.</summary>
    public void StartRollout(EnvironmentScope scope, bool immediate, string username)
    {
        lock (_lock)
        {
            var now = cloud.Now;
            var state = _scopes.TryGetValue(scope.Key, out var existing) ? existing : _scopes[scope.Key] = new ScopeState();
            state.LastSnapshot = new EnvironmentSnapshot(Layer(scope), now, username);
            foreach (var device in Scopes.DevicesUnder(scope))
            {
                var values = Layer(EnvironmentScopes.ForDevice(device)).Rendered();
                var target = DeviceStateOf(device);
                target.Pending = values;
                if (immediate && device.IsOnline)
                {
                    ApplyPending(target, now);
                }
            }
        }
    }

    /// <summary>A device that connects takes any update waiting for it (the update reboots it, so the values apply now).</summary>
    public void DeviceConnected(SimulatedDevice device)
    {
        lock (_lock)
        {
            if (_devices.TryGetValue(device.Id, out var state))
            {
                ApplyPending(state, cloud.Now);
            }
        }
    }

    public DeviceEnvironmentView DeviceView(SimulatedDevice device)
    {
        lock (_lock)
        {
            return _devices.TryGetValue(device.Id, out var state)
                ? new DeviceEnvironmentView(state.Applied, state.AppliedAt, state.Pending is not null)
                : new DeviceEnvironmentView(NoValues, null, false);
        }
    }

    public static void CheckName(string key)
    {
        if (key.Length is 0 or > MaxNameLength || !NamePattern().IsMatch(key))
        {
            throw CloudRejection.BadRequest($"Invalid variable name '{key}': use 1-{MaxNameLength} characters A-Z, 0-9 and _, not starting with a digit.");
        }

        if (key.StartsWith(ReservedPrefix, StringComparison.Ordinal))
        {
            throw CloudRejection.BadRequest($"Variable name '{key}' is reserved: names starting with {ReservedPrefix} belong to Device OS.");
        }
    }

    private EnvironmentLayer Layer(EnvironmentScope scope)
    {
        var inherited = new SortedDictionary<string, InheritedValue>(StringComparer.Ordinal);
        foreach (var (parent, from) in Scopes.Parents(scope))
        {
            if (_scopes.TryGetValue(parent.Key, out var parentState))
            {
                foreach (var (key, value) in parentState.Own)
                {
                    inherited[key] = new InheritedValue(from, value);
                }
            }
        }

        var state = _scopes.TryGetValue(scope.Key, out var found) ? found : null;
        IReadOnlyDictionary<string, string> own = state is null ? NoValues : state.Own;
        return new EnvironmentLayer(own, inherited, state?.CreatedAt, state?.UpdatedAt, state?.CreatedBy, state?.UpdatedBy);
    }

    private IEnumerable<EnvironmentScope> Chain(EnvironmentScope scope) => Scopes.Parents(scope).Select(p => p.Scope).Append(scope);

    private string? FirstOversizedRendering(EnvironmentScope scope)
    {
        foreach (var target in Scopes.DevicesUnder(scope).Select(EnvironmentScopes.ForDevice).Prepend(scope))
        {
            var size = JsonSize(Layer(target).Rendered());
            if (size > SnapshotLimit)
            {
                var who = target.Device is { } device ? $"device '{device.Name}'" : "this scope";
                return $"The merged variables of {who} would be {size.ToString(CultureInfo.InvariantCulture)} bytes of JSON; the limit is {SnapshotLimit.ToString(CultureInfo.InvariantCulture)}.";
            }
        }

        return null;
    }

    private static int JsonSize(SortedDictionary<string, string> values)
    {
        var json = new JsonObject();
        foreach (var (key, value) in values)
        {
            json[key] = value;
        }

        return Encoding.UTF8.GetByteCount(json.ToJsonString());
    }

    private DeviceState DeviceStateOf(SimulatedDevice device)
    {
        if (!_devices.TryGetValue(device.Id, out var state))
        {
            state = new DeviceState();
            _devices[device.Id] = state;
        }

        return state;
    }

    private static void ApplyPending(DeviceState state, DateTimeOffset now)
    {
        if (state.Pending is { } pending)
        {
            state.Applied = pending;
            state.AppliedAt = now;
            state.Pending = null;
        }
    }

    [GeneratedRegex("^[A-Z_][A-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    private sealed class ScopeState
    {
        public SortedDictionary<string, string> Own { get; set; } = new(StringComparer.Ordinal);

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? UpdatedAt { get; set; }

        public string? CreatedBy { get; set; }

        public string? UpdatedBy { get; set; }

        public EnvironmentSnapshot? LastSnapshot { get; set; }
    }

    private sealed class DeviceState
    {
        public IReadOnlyDictionary<string, string> Applied { get; set; } = NoValues;

        public IReadOnlyDictionary<string, string>? Pending { get; set; }

        public DateTimeOffset? AppliedAt { get; set; }
    }
}
