using System.Text.Json;

namespace ParticleContracts.Serialization;

/// <summary>Environment variable request bodies and the tolerant mapping of replies to the public model.</summary>
internal static class EnvironmentWireMapping
{
    /// <summary>The cloud's limit on operations in one PATCH.</summary>
    public const int MaxOperations = 50;

    public static byte[] PatchBody(IReadOnlyList<ParticleEnvironmentOperation> operations)
    {
        var body = new EnvironmentPatchWire();
        foreach (var operation in operations)
        {
            ArgumentNullException.ThrowIfNull(operation, nameof(operations));
            body.Ops.Add(new EnvironmentOperationWire { Op = operation.IsSet ? "Set" : "Unset", Key = operation.Key, Value = operation.Value });
        }

        return JsonSerializer.SerializeToUtf8Bytes(body, ParticleJsonContext.Default.EnvironmentPatchWire);
    }

    public static byte[] ValueBody(string value) =>
        JsonSerializer.SerializeToUtf8Bytes(new EnvironmentValueWire { Value = value }, ParticleJsonContext.Default.EnvironmentValueWire);

    public static byte[] RolloutBody(ParticleEnvironmentRolloutTiming timing)
    {
        var when = timing switch
        {
            ParticleEnvironmentRolloutTiming.Immediate => "Immediate",
            ParticleEnvironmentRolloutTiming.Connect => "Connect",
            _ => throw new ArgumentOutOfRangeException(nameof(timing), timing, "Choose Immediate or Connect."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(new EnvironmentRolloutRequestWire { When = when }, ParticleJsonContext.Default.EnvironmentRolloutRequestWire);
    }

    public static ParticleEnvironment ToEnvironment(EnvironmentWire wire, JsonElement raw) => new()
    {
        Latest = ToLayer(wire.Latest),
        LastSnapshot = wire.LastSnapshot is null ? null : ToLayer(wire.LastSnapshot),
        OnDevice = wire.OnDevice?.Rendered is { } rendered ? ToValues(rendered) : null,
        OnDeviceReportedAt = wire.OnDevice?.LastReportedAt,
        Raw = raw,
    };

    public static ParticleEnvironmentRender ToRender(EnvironmentRenderWire wire, JsonElement raw)
    {
        // A reply without "env" may be the flattened map itself.
        var variables = wire.Env is { } env ? ToValues(env) : FlatMap(raw);
        return new ParticleEnvironmentRender
        {
            Variables = variables,
            LastUpdatedAt = wire.LastUpdatedAt,
            RolloutAt = wire.RolloutAt,
            RolloutBy = wire.RolloutBy,
            Raw = raw,
        };
    }

    public static ParticleEnvironmentRollout ToRollout(EnvironmentRolloutWire wire, JsonElement raw) => new()
    {
        FromSnapshot = ToDiff(wire.FromSnapshot),
        FromDevice = wire.FromDevice is null ? null : ToDiff(wire.FromDevice),
        Raw = raw,
    };

    private static ParticleEnvironmentLayer ToLayer(EnvironmentLayerWire? wire)
    {
        var inherited = new Dictionary<string, ParticleInheritedEnvironmentValue>(StringComparer.Ordinal);
        foreach (var (key, element) in wire?.Inherited ?? [])
        {
            if (ValueText(element) is { } value)
            {
                var from = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("from", out var origin) && origin.ValueKind == JsonValueKind.String
                    ? origin.GetString()!
                    : string.Empty;
                inherited[key] = new ParticleInheritedEnvironmentValue(from, value);
            }
        }

        return new ParticleEnvironmentLayer
        {
            Own = ToValues(wire?.Own),
            Inherited = inherited,
            CreatedAt = wire?.CreatedAt,
            UpdatedAt = wire?.UpdatedAt,
            UpdatedBy = wire?.UpdatedBy,
            RolloutAt = wire?.RolloutAt,
            RolloutBy = wire?.RolloutBy,
        };
    }

    private static ParticleEnvironmentDiff ToDiff(EnvironmentDiffWire? wire)
    {
        var changes = new List<ParticleEnvironmentChange>();
        foreach (var change in wire?.Changes ?? [])
        {
            if (change?.Key is not { Length: > 0 } key)
            {
                continue;
            }

            var op = change.Op ?? string.Empty;
            var kind = Enum.TryParse<ParticleEnvironmentChangeKind>(op, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : ParticleEnvironmentChangeKind.Unknown;
            changes.Add(new ParticleEnvironmentChange(kind, op, key, ValueText(change.Before), ValueText(change.After)));
        }

        return new ParticleEnvironmentDiff(changes, ToValues(wire?.Unchanged));
    }

    private static Dictionary<string, string> ToValues(Dictionary<string, JsonElement>? values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, element) in values ?? [])
        {
            if (ValueText(element) is { } value)
            {
                result[key] = value;
            }
        }

        return result;
    }

    private static Dictionary<string, string> FlatMap(JsonElement raw)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (raw.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var property in raw.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String)
            {
                result[property.Name] = property.Value.GetString()!;
            }
        }

        return result;
    }

    /// <summary>A value sent as a string, as <c>{"value": ...}</c>, or as a JSON number or boolean (its text); null otherwise.</summary>
    private static string? ValueText(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        JsonValueKind.Object when element.TryGetProperty("value", out var inner) && inner.ValueKind != JsonValueKind.Object => ValueText(inner),
        _ => null,
    };
}
