using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>
/// Turns a contract's <see cref="EventContracts"/> into the <see cref="EventModel"/>: one typed stream per published
/// constant name (the first publish with an inferred shape wins), one typed publisher per constant subscription prefix,
/// member and payload-type names (<see cref="ContractNaming"/>) kept apart from the proxy's own members with a number
/// suffix, and the metadata list. Pure, so it is tested with hand-built contracts; null for a contract without events.
/// </summary>
internal static class EventModelBuilder
{
    /// <summary>Nested payload records below the top one; the reader stops sooner, so this only guards hand-built models.</summary>
    private const int MaxRecordDepth = 8;

    private static readonly string[] RecordMembers = { "ReadJson", "WriteJson", "EqualityContract", "ToString", "Equals", "GetHashCode", "GetType", "PrintMembers", "MemberwiseClone", "Finalize", "Deconstruct" };

    public static EventModel? Build(ContractInput input) => Build(input.Contract, input.TypeName, input.Namespace);

    public static EventModel? Build(DeviceContract contract, string typeName, string @namespace)
    {
        if (contract.Events is not { IsEmpty: false } events)
        {
            return null;
        }

        var used = new HashSet<string>(StringComparer.Ordinal) { typeName, "I" + typeName };
        foreach (var named in ProxyMemberNames.Assign(contract, typeName).Members)
        {
            if (named.MemberName is { } memberName)
            {
                used.Add(memberName);
            }
        }

        // Typed function members' nested types live in the same class.
        foreach (var function in FunctionArgumentModelBuilder.Build(contract, typeName, @namespace).Members)
        {
            AddTypeNames(function.Names, used);
        }

        var streams = Streams(contract, events, used, typeName);
        var publishers = new List<EventPublisherModel>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subscription in events.Subscriptions)
        {
            if (subscription.Prefix is { Length: > 0 } prefix && prefixes.Add(prefix))
            {
                var member = Unique(ContractNaming.EventPublisherMemberName(prefix), used);
                var file = Relative(contract, subscription.Location);
                publishers.Add(new EventPublisherModel(prefix, member, subscription.Handler, file, subscription.Location.Line, TypedPublisher(subscription, prefix, member, file, used)));
            }
        }

        var metadata = new List<EventMetadataModel>();
        foreach (var published in events.Publishes)
        {
            metadata.Add(new EventMetadataModel(published.Name ?? published.NameExpression, true, Describe(published.Payload), published.Name is not null, published.Name ?? published.KnownPrefix ?? string.Empty, published.Name is not null, Relative(contract, published.Location), published.Location.Line));
        }

        foreach (var subscription in events.Subscriptions)
        {
            metadata.Add(new EventMetadataModel(subscription.Prefix ?? subscription.PrefixExpression, false, DescribeSubscription(subscription.Payload), subscription.Prefix is not null, subscription.Prefix ?? subscription.KnownPrefix ?? string.Empty, subscription.Prefix is { Length: > 0 }, Relative(contract, subscription.Location), subscription.Location.Line));
        }

        return new EventModel(@namespace, typeName, ProxyModelBuilder.DisplayRoot(contract.Root), streams.ToEquatableArray(), publishers.ToEquatableArray(), metadata.ToEquatableArray());
    }

    /// <summary>
    /// The typed overload of a publisher whose handler reads the data as a number, words, fields or JSON keys: named
    /// like a typed function member (<see cref="FunctionArgumentNames"/>), its one parameter called <c>payload</c> and a
    /// JSON record <c>{Member}Payload</c>; null for text or unread data.
    /// </summary>
    private static FunctionArgumentMember? TypedPublisher(SubscribedEvent subscription, string prefix, string member, string file, HashSet<string> used)
    {
        if (subscription.Payload is not { Kind: not (ArgumentKind.Text or ArgumentKind.None) } grammar)
        {
            return null;
        }

        var names = FunctionArgumentNames.Assign(new FunctionArgumentContract(prefix, grammar, EquatableArray<ReturnCode>.Empty, null, 0, subscription.PayloadParameter), member, used);
        if (grammar.Kind is ArgumentKind.Integer or ArgumentKind.Number or ArgumentKind.Words or ArgumentKind.Json)
        {
            names = names with { ParameterName = "payload" };
        }

        if (grammar.Kind == ArgumentKind.Json)
        {
            names = names with { ArgumentType = Unique(member.Substring(0, member.Length - "Async".Length) + "Payload", used) };
        }

        return new FunctionArgumentMember(prefix, member, grammar, EquatableArray<ReturnCode>.Empty, names, file, 0);
    }

    private static void AddTypeNames(FunctionArgumentNaming names, HashSet<string> used)
    {
        foreach (var name in new[] { names.ArgumentType, names.ResultType, names.CodeType })
        {
            if (name is not null)
            {
                used.Add(name);
            }
        }
    }

    private static List<EventStreamModel> Streams(DeviceContract contract, EventContracts events, HashSet<string> used, string typeName)
    {
        var chosen = new Dictionary<string, PublishedEvent>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var published in events.Publishes)
        {
            if (published.Name is not { Length: > 0 } name)
            {
                continue;
            }

            if (!chosen.TryGetValue(name, out var earlier))
            {
                chosen.Add(name, published);
                order.Add(name);
            }
            else if (earlier.Payload.Kind is EventPayloadKind.Text or EventPayloadKind.None && published.Payload.Kind is not (EventPayloadKind.Text or EventPayloadKind.None))
            {
                chosen[name] = published;
            }
        }

        var streams = new List<EventStreamModel>(order.Count);
        foreach (var name in order)
        {
            var published = chosen[name];
            var payload = published.Payload;
            var member = Unique(ContractNaming.EventStreamMemberName(name), used);
            var stem = member.Substring(0, member.Length - "EventsAsync".Length);
            var allDevices = Unique(stem + "EventsFromAllDevicesAsync", used);
            var product = Unique(stem + "EventsFromProductAsync", used);
            string? payloadType = null;
            if (payload.Kind == EventPayloadKind.Json)
            {
                payloadType = Unique(stem + "Payload", used);
                if (payloadType == typeName)
                {
                    payloadType = Unique(stem + "EventPayload", used);
                }
            }

            streams.Add(new EventStreamModel(name, member, allDevices, product, payload.Kind, payloadType, Fields(payload, payloadType), payload.Source, Relative(contract, published.Location), published.Location.Line));
        }

        return streams;
    }

    private static EquatableArray<EventFieldModel> Fields(EventPayload payload, string? payloadType)
    {
        if (payload.Kind != EventPayloadKind.Json)
        {
            var scalars = new List<EventFieldModel>(payload.Fields.Count);
            foreach (var field in payload.Fields)
            {
                scalars.Add(new EventFieldModel(field.Name, string.Empty, field.Type, field.Conditional));
            }

            return scalars.ToEquatableArray();
        }

        return RecordFields(payload.Fields, payloadType, 0);
    }

    /// <summary>The properties of one payload record, and the names of its nested records (kept apart from its properties and from itself).</summary>
    private static EquatableArray<EventFieldModel> RecordFields(EquatableArray<EventField> fields, string? recordName, int depth)
    {
        var used = new HashSet<string>(RecordMembers, StringComparer.Ordinal);
        if (recordName is not null)
        {
            used.Add(recordName);
        }

        var names = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            names.Add(Unique(ContractNaming.PayloadPropertyName(field.Name), used));
        }

        var models = new List<EventFieldModel>(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var nested = depth < MaxRecordDepth && (field.Type == EventFieldType.Object || (field.Type == EventFieldType.Array && field.ItemType == EventFieldType.Object));
            var type = nested || field.Type != EventFieldType.Object ? field.Type : EventFieldType.Json;
            var itemType = field.Type == EventFieldType.Array && !nested && field.ItemType == EventFieldType.Object ? EventFieldType.Json : field.ItemType;
            string? record = null;
            var members = EquatableArray<EventFieldModel>.Empty;
            if (nested)
            {
                record = Unique(names[i] + (field.Type == EventFieldType.Array ? "Item" : "Object"), used);
                members = RecordFields(field.Fields, record, depth + 1);
            }

            models.Add(new EventFieldModel(field.Name, names[i], type, field.Conditional, record, members, itemType));
        }

        return models.ToEquatableArray();
    }

    /// <summary><paramref name="name"/>, or <c>…2Async</c>/<c>…2</c> and up when it is taken; the result is taken.</summary>
    private static string Unique(string name, HashSet<string> used)
    {
        if (used.Add(name))
        {
            return name;
        }

        var async = name.EndsWith("Async", StringComparison.Ordinal);
        var stem = async ? name.Substring(0, name.Length - 5) : name;
        for (var n = 2; ; n++)
        {
            var candidate = stem + n.ToString(CultureInfo.InvariantCulture) + (async ? "Async" : string.Empty);
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The payload shape as text: <c>none</c>, <c>string</c>, <c>bytes</c>, <c>double</c>, <c>{t:double,h:int32,lat:double?}</c> (<c>?</c>: conditional).</summary>
    internal static string Describe(EventPayload payload)
    {
        switch (payload.Kind)
        {
            case EventPayloadKind.None:
                return "none";
            case EventPayloadKind.Bytes:
                return "bytes";
            case EventPayloadKind.Scalar:
                return payload.Fields.Count == 1 ? TypeName(payload.Fields[0].Type) : "string";
            case EventPayloadKind.Json:
                var builder = new StringBuilder();
                AppendFields(builder, payload.Fields);
                return builder.ToString();
            default:
                return "string";
        }
    }

    /// <summary><c>{t:double,pos:{lat:double},list:[int32],lat:double?}</c>; the reader bounds the nesting.</summary>
    private static void AppendFields(StringBuilder builder, EquatableArray<EventField> fields)
    {
        builder.Append('{');
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            builder.Append(i == 0 ? string.Empty : ",").Append(field.Name).Append(':');
            AppendType(builder, field.Type, field.ItemType, field.Fields);
            builder.Append(field.Conditional ? "?" : string.Empty);
        }

        builder.Append('}');
    }

    private static void AppendType(StringBuilder builder, EventFieldType type, EventFieldType itemType, EquatableArray<EventField> fields)
    {
        if (type == EventFieldType.Object)
        {
            AppendFields(builder, fields);
        }
        else if (type == EventFieldType.Array)
        {
            builder.Append('[');
            AppendType(builder, itemType, EventFieldType.Json, fields);
            builder.Append(']');
        }
        else
        {
            builder.Append(TypeName(type));
        }
    }

    /// <summary>
    /// What a subscription's handler reads, as text: <c>string</c>, <c>none</c>, <c>int32</c>, <c>double</c>,
    /// <c>on|off</c> (words; <c>~</c> first when case is ignored), <c>{setpoint:int32}</c> (JSON keys),
    /// <c>r:int32,g:int32 (',')</c> (fields and their separator).
    /// </summary>
    internal static string DescribeSubscription(ArgumentGrammar? grammar)
    {
        switch (grammar?.Kind)
        {
            case ArgumentKind.None:
                return "none";
            case ArgumentKind.Integer:
                return "int32";
            case ArgumentKind.Number:
                return "double";
            case ArgumentKind.Words:
                return (grammar.IgnoreCase ? "~" : string.Empty) + string.Join("|", grammar.Words);
            case ArgumentKind.Json:
                return "{" + ArgumentFields(grammar.Fields) + "}";
            case ArgumentKind.Fields:
                return ArgumentFields(grammar.Fields) + " ('" + grammar.Separator + "')";
            default:
                return "string";
        }
    }

    private static string ArgumentFields(EquatableArray<ArgumentField> fields)
    {
        var parts = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            parts.Add(field.Name + ":" + field.Type switch
            {
                ArgumentFieldType.Integer => "int32",
                ArgumentFieldType.Number => "double",
                ArgumentFieldType.Boolean => "bool",
                _ => "string",
            });
        }

        return string.Join(",", parts);
    }

    internal static string TypeName(EventFieldType type) => type switch
    {
        EventFieldType.Bool => "bool",
        EventFieldType.Int32 => "int32",
        EventFieldType.Int64 => "int64",
        EventFieldType.Double => "double",
        EventFieldType.String => "string",
        _ => "json",
    };

    private static string Relative(DeviceContract contract, FirmwareLocation location) => FirmwarePath.RelativeTo(contract.Root, location.File);
}
