using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>
/// Ledger definitions and instances per namespace (sandbox or organization): set by replace or merge, every write
/// keeping the data it replaced as a version, data limited to what Device OS keeps of a ledger.
/// </summary>
internal sealed partial class LedgerStore(CloudState cloud)
{
    /// <summary>Device OS keeps at most this many bytes of ledger data (<c>LEDGER_MAX_DATA_SIZE</c>).</summary>
    public const int DataLimit = 16_384;

    /// <summary>Device OS ledger names are at most this long (<c>LEDGER_MAX_NAME_LENGTH</c>).</summary>
    public const int MaxNameLength = 32;

    /// <summary>Versions kept per instance; older ones are dropped so a long run stays bounded.</summary>
    public const int HistoryLimit = 100;

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Namespace, string Name), LedgerDefinition> _definitions = [];
    private readonly Dictionary<(string Namespace, string Name, string ScopeValue), LedgerInstanceState> _instances = [];

    public LedgerScopes Scopes { get; } = new(cloud);

    public IReadOnlyList<LedgerDefinition> List(LedgerNamespace ns, string? scope, bool? archived)
    {
        lock (_lock)
        {
            return [.. _definitions
                .Where(pair => pair.Key.Namespace == ns.Key)
                .Select(pair => pair.Value)
                .Where(d => scope is null || string.Equals(d.Scope, scope, StringComparison.OrdinalIgnoreCase))
                .Where(d => archived is null || (d.ArchivedAt is not null) == archived)
                .OrderBy(d => d.Name, StringComparer.Ordinal)];
        }
    }

    public LedgerDefinition Get(LedgerNamespace ns, string name)
    {
        lock (_lock)
        {
            return Find(ns, name);
        }
    }

    public LedgerDefinition Create(LedgerNamespace ns, JsonObject ledger)
    {
        var name = Text(ledger, "name") ?? throw CloudRejection.BadRequest("The ledger needs a \"name\".");
        if (name.Length > MaxNameLength || !NamePattern().IsMatch(name))
        {
            throw CloudRejection.BadRequest($"Invalid ledger name '{name}': use 1-{MaxNameLength} lowercase letters, digits and '-'.");
        }

        var scope = Choice(ledger, "scope", LedgerDefinition.Scopes);
        var direction = Choice(ledger, "direction", LedgerDefinition.Directions);
        var now = cloud.Now;
        lock (_lock)
        {
            if (_definitions.ContainsKey((ns.Key, name)))
            {
                throw new CloudRejection(409, $"A ledger named '{name}' already exists.");
            }

            var definition = new LedgerDefinition(name, Text(ledger, "description"), scope, direction, now, now, null);
            _definitions[(ns.Key, name)] = definition;
            return definition;
        }
    }

    /// <summary>Changes the description; scope and direction are fixed once created.</summary>
    public LedgerDefinition Update(LedgerNamespace ns, string name, JsonObject ledger)
    {
        lock (_lock)
        {
            var current = Find(ns, name);
            if (Text(ledger, "name") is { } renamed && renamed != name)
            {
                throw CloudRejection.BadRequest("A ledger cannot be renamed.");
            }

            foreach (var (field, value) in new[] { ("scope", current.Scope), ("direction", current.Direction) })
            {
                if (Text(ledger, field) is { } requested && !string.Equals(requested, value, StringComparison.Ordinal))
                {
                    throw CloudRejection.BadRequest($"The {field} of ledger '{name}' is {value} and cannot be changed.");
                }
            }

            var updated = current with { Description = ledger.ContainsKey("description") ? Text(ledger, "description") : current.Description, UpdatedAt = cloud.Now };
            _definitions[(ns.Key, name)] = updated;
            return updated;
        }
    }

    public LedgerDefinition Archive(LedgerNamespace ns, string name)
    {
        lock (_lock)
        {
            var current = Find(ns, name);
            var archived = current with { ArchivedAt = current.ArchivedAt ?? cloud.Now, UpdatedAt = cloud.Now };
            _definitions[(ns.Key, name)] = archived;
            return archived;
        }
    }

    public (IReadOnlyList<LedgerInstanceView> Page, int Total) ListInstances(LedgerNamespace ns, string name, int page, int perPage)
    {
        lock (_lock)
        {
            Find(ns, name);
            var all = _instances
                .Where(pair => pair.Key.Namespace == ns.Key && pair.Key.Name == name)
                .OrderBy(pair => pair.Key.ScopeValue, StringComparer.Ordinal)
                .Select(pair => View(name, pair.Value))
                .ToList();
            return ([.. all.Skip((page - 1) * perPage).Take(perPage)], all.Count);
        }
    }

    public LedgerInstanceView GetInstance(LedgerNamespace ns, string name, string scopeValue)
    {
        lock (_lock)
        {
            var definition = Find(ns, name);
            var scope = Scopes.Resolve(ns, definition.Scope, scopeValue);
            return _instances.TryGetValue((ns.Key, name, scope.Value), out var state)
                ? View(name, state)
                : throw CloudRejection.NotFound($"Ledger instance not found: {name}/{scope.Value}");
        }
    }

    /// <summary>Writes an instance from the cloud API (cloud-to-device and cloud-only ledgers only).</summary>
    public LedgerInstanceView SetFromApi(LedgerNamespace ns, string name, string scopeValue, JsonObject data, bool merge)
    {
        lock (_lock)
        {
            var definition = Find(ns, name);
            if (definition.Direction == LedgerDefinition.Upstream)
            {
                throw CloudRejection.BadRequest($"Ledger '{name}' is device-to-cloud (Upstream): devices write it, the API only reads it.");
            }

            return Write(ns, definition, Scopes.Resolve(ns, definition.Scope, scopeValue), data, merge);
        }
    }

    public void DeleteInstance(LedgerNamespace ns, string name, string scopeValue)
    {
        lock (_lock)
        {
            var definition = Find(ns, name);
            var scope = Scopes.Resolve(ns, definition.Scope, scopeValue);
            if (!_instances.Remove((ns.Key, name, scope.Value)))
            {
                throw CloudRejection.NotFound($"Ledger instance not found: {name}/{scope.Value}");
            }
        }
    }

    /// <summary>Earlier versions, newest first, optionally only those replaced before/after a moment.</summary>
    public IReadOnlyList<LedgerInstanceView> Versions(LedgerNamespace ns, string name, string scopeValue, DateTimeOffset? before, DateTimeOffset? after)
    {
        lock (_lock)
        {
            var state = Instance(ns, name, scopeValue);
            return [.. state.History
                .Where(v => (before is null || v.ReplacedAt < before) && (after is null || v.ReplacedAt > after))
                .Reverse()];
        }
    }

    public LedgerInstanceView Version(LedgerNamespace ns, string name, string scopeValue, string version)
    {
        lock (_lock)
        {
            var state = Instance(ns, name, scopeValue);
            var number = int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            return state.History.FirstOrDefault(v => v.Version == number)
                ?? (state.Version == number ? View(name, state) : throw CloudRejection.NotFound($"Version {version} of ledger instance {name}/{state.Scope.Value} not found"));
        }
    }

    /// <summary>The definition and current data a device sees for <paramref name="name"/> (empty data before any write).</summary>
    public (LedgerDefinition Definition, LedgerInstanceView? Instance) ReadForDevice(SimulatedDevice device, string name)
    {
        var ns = Scopes.NamespaceOf(device);
        lock (_lock)
        {
            var definition = FindForDevice(ns, name, device);
            var scope = LedgerScopes.ForDevice(device, ns, definition.Scope);
            return (definition, _instances.TryGetValue((ns.Key, name, scope.Value), out var state) ? View(name, state) : null);
        }
    }

    /// <summary>A device writes its device-to-cloud ledger; cloud-to-device ledgers are read-only on the device.</summary>
    public LedgerInstanceView WriteFromDevice(SimulatedDevice device, string name, JsonObject data, bool merge)
    {
        var ns = Scopes.NamespaceOf(device);
        lock (_lock)
        {
            var definition = FindForDevice(ns, name, device);
            if (definition.Direction != LedgerDefinition.Upstream)
            {
                throw CloudRejection.BadRequest($"Ledger '{name}' is cloud-to-device ({definition.Direction}): it is not writable on the device.");
            }

            return Write(ns, definition, LedgerScopes.ForDevice(device, ns, definition.Scope), data, merge);
        }
    }

    private LedgerInstanceView Write(LedgerNamespace ns, LedgerDefinition definition, LedgerScopeValue scope, JsonObject data, bool merge)
    {
        if (definition.ArchivedAt is not null)
        {
            throw CloudRejection.BadRequest($"Ledger '{definition.Name}' is archived.");
        }

        var now = cloud.Now;
        var key = (ns.Key, definition.Name, scope.Value);
        var exists = _instances.TryGetValue(key, out var state);
        var next = merge && exists ? (JsonObject)state!.Data.DeepClone() : [];
        foreach (var (property, value) in data)
        {
            next[property] = value?.DeepClone();
        }

        var json = next.ToJsonString();
        var size = Encoding.UTF8.GetByteCount(json);
        if (size > DataLimit)
        {
            throw CloudRejection.BadRequest($"Ledger data is {size.ToString(CultureInfo.InvariantCulture)} bytes; the limit is {DataLimit.ToString(CultureInfo.InvariantCulture)} bytes.");
        }

        if (!exists)
        {
            state = new LedgerInstanceState(scope, now);
            _instances[key] = state;
        }
        else
        {
            state!.History.Add(View(definition.Name, state) with { ReplacedAt = now });
            if (state.History.Count > HistoryLimit)
            {
                state.History.RemoveAt(0);
            }
        }

        state.Scope = scope;
        state.Data = next;
        state.SizeBytes = size;
        state.Version++;
        state.UpdatedAt = now;
        return View(definition.Name, state);
    }

    private LedgerInstanceState Instance(LedgerNamespace ns, string name, string scopeValue)
    {
        var definition = Find(ns, name);
        var scope = Scopes.Resolve(ns, definition.Scope, scopeValue);
        return _instances.TryGetValue((ns.Key, name, scope.Value), out var state)
            ? state
            : throw CloudRejection.NotFound($"Ledger instance not found: {name}/{scope.Value}");
    }

    private LedgerDefinition Find(LedgerNamespace ns, string name) =>
        _definitions.TryGetValue((ns.Key, name), out var definition) ? definition : throw CloudRejection.NotFound("Ledger not found");

    private LedgerDefinition FindForDevice(LedgerNamespace ns, string name, SimulatedDevice device) =>
        _definitions.TryGetValue((ns.Key, name), out var definition)
            ? definition
            : throw new KeyNotFoundException($"No ledger '{name}' is defined where device '{device.Name}' can see it (its owner's sandbox, or its product's organization).");

    private static LedgerInstanceView View(string name, LedgerInstanceState state) =>
        new(name, state.Scope, (JsonObject)state.Data.DeepClone(), state.SizeBytes, state.Version, state.CreatedAt, state.UpdatedAt, null);

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Choice(JsonObject json, string name, string[] allowed)
    {
        var text = Text(json, name);
        return allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.Ordinal))
            ?? throw CloudRejection.BadRequest($"The ledger's \"{name}\" must be one of {string.Join(", ", allowed)}.");
    }

    [GeneratedRegex("^[a-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
