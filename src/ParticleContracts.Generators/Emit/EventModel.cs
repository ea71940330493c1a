using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Emit;

/// <summary>Everything the event emitter needs for one contract: member and type names resolved, paths relative.</summary>
/// <param name="Namespace">The C# namespace of the generated types.</param>
/// <param name="TypeName">The proxy class name (the interface is <c>I</c> + this).</param>
/// <param name="Root">The firmware project folder, for documentation.</param>
/// <param name="Streams">One typed stream per published event with a constant name, in source order of first publish.</param>
/// <param name="Publishers">One typed publisher per subscription with a constant prefix, in source order.</param>
/// <param name="Events">Every publish and subscribe, for the contract metadata.</param>
internal sealed record EventModel(
    string Namespace,
    string TypeName,
    string Root,
    EquatableArray<EventStreamModel> Streams,
    EquatableArray<EventPublisherModel> Publishers,
    EquatableArray<EventMetadataModel> Events)
{
    public string InterfaceName => "I" + TypeName;

    /// <summary>The stable hint name, <c>{Namespace}.{Type}.Events.g.cs</c>.</summary>
    public string HintName => Namespace + "." + TypeName + ".Events.g.cs";
}

/// <summary>A typed stream of one published event.</summary>
/// <param name="EventName">The event name, exactly as published.</param>
/// <param name="MemberName">The instance stream member, e.g. <c>WeatherReadingEventsAsync</c>.</param>
/// <param name="AllDevicesMemberName">The static stream over every device of the token, e.g. <c>WeatherReadingEventsFromAllDevicesAsync</c>.</param>
/// <param name="ProductMemberName">The static stream over a product's devices, e.g. <c>WeatherReadingEventsFromProductAsync</c>.</param>
/// <param name="PayloadKind">What the payload is.</param>
/// <param name="PayloadTypeName">For JSON payloads: the nested record's name (<c>WeatherReadingPayload</c>); otherwise null.</param>
/// <param name="Fields">For JSON payloads: the fields with their C# property names; for scalars one field.</param>
/// <param name="Source">How the payload shape was found, for documentation.</param>
/// <param name="File">The publishing file, relative to the project folder.</param>
/// <param name="Line">The 1-based line of the publish.</param>
internal sealed record EventStreamModel(
    string EventName,
    string MemberName,
    string AllDevicesMemberName,
    string ProductMemberName,
    EventPayloadKind PayloadKind,
    string? PayloadTypeName,
    EquatableArray<EventFieldModel> Fields,
    string Source,
    string File,
    int Line);

/// <summary>One field of a JSON payload record.</summary>
/// <param name="JsonName">The JSON name the firmware writes.</param>
/// <param name="PropertyName">The C# property name.</param>
/// <param name="Type">The JSON type.</param>
/// <param name="Nullable">True for a conditional field: a nullable property, null when the key is absent, omitted when written.</param>
/// <param name="RecordName">For an object, or an array of objects: the nested record's name (<c>PosObject</c>, <c>ReadingsItem</c>), unique in its parent.</param>
/// <param name="Fields">The nested record's fields.</param>
/// <param name="ItemType">For an array: the type of its items.</param>
internal sealed record EventFieldModel(string JsonName, string PropertyName, EventFieldType Type, bool Nullable = false, string? RecordName = null, EquatableArray<EventFieldModel> Fields = default, EventFieldType ItemType = EventFieldType.Json);

/// <summary>A typed publisher for one subscription prefix.</summary>
/// <param name="Prefix">The subscription prefix; the publisher publishes this name.</param>
/// <param name="MemberName">The publisher member, e.g. <c>PublishSetpointAsync</c>.</param>
/// <param name="Handler">The firmware handler, for documentation.</param>
/// <param name="File">The subscribing file, relative to the project folder.</param>
/// <param name="Line">The 1-based line of the subscribe.</param>
/// <param name="Typed">The typed overload, when the handler reads the data as a number, words, fields or JSON keys:
/// the same model as a typed function member (its grammar, names and encoder), with the prefix as its cloud name; else null.</param>
internal sealed record EventPublisherModel(string Prefix, string MemberName, string Handler, string File, int Line, FunctionArgumentMember? Typed = null);

/// <summary>One event in the contract metadata.</summary>
/// <param name="Name">The name or prefix; the C++ expression for a name with a run-time part.</param>
/// <param name="Published">True for a publish, false for a subscribe.</param>
/// <param name="Payload">The payload shape as text (<c>{t:double,h:int32}</c>, <c>string</c>, ...).</param>
/// <param name="IsConstantName">False when the name has a run-time part.</param>
/// <param name="AnalyzerName">What the analyzers match: the constant name or prefix, or the constant start of a run-time name (may be empty).</param>
/// <param name="HasMember">True when a typed member carries the metadata attribute (else the interface does).</param>
/// <param name="File">The file, relative to the project folder.</param>
/// <param name="Line">The 1-based line.</param>
internal sealed record EventMetadataModel(string Name, bool Published, string Payload, bool IsConstantName, string AnalyzerName, bool HasMember, string File, int Line);
