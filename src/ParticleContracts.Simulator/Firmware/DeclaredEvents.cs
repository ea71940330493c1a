using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Simulator.Firmware;

/// <summary>
/// The events a firmware contract publishes and subscribes to, as a simulated device declares them: each published
/// constant name with a sample payload of the inferred shape (JSON fields 1, 1.5, true, "text"; a number or flag
/// as text; a base64 data URL for bytes), and each constant subscription prefix.
/// </summary>
internal static class DeclaredEvents
{
    /// <summary>Adds the contract's events to <paramref name="definition"/>.</summary>
    public static void AddTo(SimulatedDeviceDefinition definition, DeviceContract contract)
    {
        var events = contract.EventsOrEmpty;
        foreach (var published in events.Publishes)
        {
            if (published.Name is { Length: > 0 } name && !definition.PublishedEvents.ContainsKey(name))
            {
                definition.PublishedEvents[name] = Sample(published.Payload);
            }
        }

        foreach (var subscription in events.Subscriptions)
        {
            // Device OS refuses subscriptions beyond the fourth (PCT1034), and so does the simulated device.
            if (subscription.Prefix is { Length: > 0 } prefix && !definition.Subscriptions.Contains(prefix) && definition.Subscriptions.Count < SimulatedDeviceEvents.MaxSubscriptions)
            {
                definition.Subscriptions.Add(prefix);
            }
        }
    }

    /// <summary>A payload of the shape <paramref name="payload"/> describes.</summary>
    public static string? Sample(EventPayload payload)
    {
        switch (payload.Kind)
        {
            case EventPayloadKind.None:
                return null;
            case EventPayloadKind.Bytes:
                return "data:application/octet-stream;base64," + Convert.ToBase64String([0, 1, 2, 3]);
            case EventPayloadKind.Scalar:
                return payload.Fields.Count == 1 ? Value(payload.Fields[0].Type).Trim('"') : "text";
            case EventPayloadKind.Json:
                var builder = new StringBuilder();
                AppendObject(builder, payload.Fields);
                return builder.ToString();
            default:
                return "text";
        }
    }

    /// <summary>An object with a sample value per field; nested objects and one-item arrays (the reader bounds the nesting).</summary>
    private static void AppendObject(StringBuilder builder, EquatableArray<EventField> fields)
    {
        builder.Append('{');
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            builder.Append(i == 0 ? string.Empty : ",").Append('"').Append(System.Text.Json.JsonEncodedText.Encode(field.Name).ToString()).Append('"').Append(':');
            AppendValue(builder, field.Type, field.ItemType, field.Fields);
        }

        builder.Append('}');
    }

    private static void AppendValue(StringBuilder builder, EventFieldType type, EventFieldType itemType, EquatableArray<EventField> fields)
    {
        if (type == EventFieldType.Object)
        {
            AppendObject(builder, fields);
        }
        else if (type == EventFieldType.Array)
        {
            builder.Append('[');
            AppendValue(builder, itemType, EventFieldType.Json, fields);
            builder.Append(']');
        }
        else
        {
            builder.Append(Value(type));
        }
    }

    private static string Value(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "true",
        EventFieldType.Int32 or EventFieldType.Int64 => "1",
        EventFieldType.Double => 1.5.ToString(CultureInfo.InvariantCulture),
        EventFieldType.String => "\"text\"",
        _ => "null",
    };
}
