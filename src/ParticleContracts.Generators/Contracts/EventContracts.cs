namespace ParticleContracts.Generators.Contracts;

/// <summary>What an event payload is on the wire, as far as the reader can tell from the code that builds it.</summary>
internal enum EventPayloadKind
{
    /// <summary>No data argument: the event carries no payload.</summary>
    None,

    /// <summary>Text whose shape the reader could not infer (a <c>string</c> in C#).</summary>
    Text,

    /// <summary>A JSON object with the fields in <see cref="EventPayload.Fields"/>.</summary>
    Json,

    /// <summary>One number or flag written as text (<c>String(temperature)</c>); the field has an empty name.</summary>
    Scalar,

    /// <summary>Binary data (<c>ContentType::BINARY</c>, <c>JPEG</c>, <c>PNG</c>), delivered as a base64 data URL.</summary>
    Bytes,
}

/// <summary>The JSON type of a payload field.</summary>
internal enum EventFieldType
{
    /// <summary>Any JSON value the reader could not type (an unquoted <c>%s</c>, a nested object, a <c>Variant</c>).</summary>
    Json,
    Bool,
    Int32,
    Int64,
    Double,
    String,

    /// <summary>A nested JSON object with the members in <see cref="EventField.Fields"/>.</summary>
    Object,

    /// <summary>A JSON array of <see cref="EventField.ItemType"/> (for objects, with the members in <see cref="EventField.Fields"/>).</summary>
    Array,
}

/// <summary>How a publish or subscribe was written in firmware.</summary>
internal enum EventForm
{
    /// <summary><c>Particle.publish(name, data, ttl, flags)</c> and its shorter forms.</summary>
    Classic,

    /// <summary>6.2+: <c>Particle.publish(name, data, ContentType::X)</c> or <c>(name, buf, size, ContentType::X)</c>.</summary>
    ContentType,

    /// <summary>6.2+: <c>Particle.publish(name, variant, flags)</c> (sent as CBOR, delivered as JSON).</summary>
    Variant,

    /// <summary>6.3+: <c>CloudEvent ev; ev.name(...); ev.data(...); Particle.publish(ev);</c>.</summary>
    CloudEvent,

    /// <summary><c>Particle.subscribe(prefix, function)</c> with a free or static function.</summary>
    FunctionHandler,

    /// <summary><c>Particle.subscribe(prefix, [](const char*, const char*) { ... })</c>.</summary>
    LambdaHandler,

    /// <summary><c>Particle.subscribe(prefix, &amp;Class::method, this)</c>.</summary>
    MemberHandler,
}

/// <summary>One field of a JSON payload.</summary>
/// <param name="Name">The JSON property name as the firmware writes it.</param>
/// <param name="Type">Its JSON type.</param>
/// <param name="Conditional">True when the firmware writes the field only on some paths (inside an <c>if</c>, a loop, a
/// <c>switch</c> or an undecided <c>#if</c> that the publish is not in, or as <c>cond ? x : Variant()</c>): absent or null otherwise.</param>
/// <param name="Fields">For <see cref="EventFieldType.Object"/>: its members; for an array of objects: the members of each item.</param>
/// <param name="ItemType">For <see cref="EventFieldType.Array"/>: the type of its items (<see cref="EventFieldType.Json"/> when mixed or unknown).</param>
internal sealed record EventField(string Name, EventFieldType Type, bool Conditional = false, EquatableArray<EventField> Fields = default, EventFieldType ItemType = EventFieldType.Json);

/// <summary>The payload shape of an event.</summary>
/// <param name="Kind">None, text, JSON object, scalar or bytes.</param>
/// <param name="Fields">For <see cref="EventPayloadKind.Json"/>: the fields in the order written; for <see cref="EventPayloadKind.Scalar"/>: one field with an empty name.</param>
/// <param name="Source">How the shape was found (<c>String::format</c>, <c>snprintf</c>, <c>JSONBufferWriter</c>, <c>Variant</c>, ...), or why not.</param>
/// <param name="ConstantBytes">The size in UTF-8 bytes when the payload is a constant, else null.</param>
internal sealed record EventPayload(EventPayloadKind Kind, EquatableArray<EventField> Fields, string Source, int? ConstantBytes = null)
{
    /// <summary>No data.</summary>
    public static readonly EventPayload None = new(EventPayloadKind.None, EquatableArray<EventField>.Empty, "no data argument");

    /// <summary>Text of unknown shape, with the reason.</summary>
    public static EventPayload Text(string reason, int? constantBytes = null) => new(EventPayloadKind.Text, EquatableArray<EventField>.Empty, reason, constantBytes);
}

/// <summary>One <c>Particle.publish</c> (or legacy <c>Spark.publish</c>) call.</summary>
/// <param name="Name">The event name when it is a compile-time constant; null when it has a run-time part.</param>
/// <param name="NameExpression">The C++ text of the name argument.</param>
/// <param name="KnownPrefix">For a run-time name: its constant leading text, or null.</param>
/// <param name="KnownSuffix">For a run-time name: its constant trailing text, or null.</param>
/// <param name="Payload">The inferred payload shape.</param>
/// <param name="Form">How the call was written.</param>
/// <param name="Flags">The flags written (<c>PRIVATE|WITH_ACK</c>), joined with <c>|</c>; empty when none.</param>
/// <param name="Location">Where <c>Particle.</c> starts.</param>
/// <param name="NameLocation">Where the name argument is.</param>
/// <param name="EnclosingFunction">The function the call is in (<c>loop</c>), or null.</param>
/// <param name="Conditional">True when under a preprocessor condition that could not be decided.</param>
internal sealed record PublishedEvent(
    string? Name,
    string NameExpression,
    string? KnownPrefix,
    string? KnownSuffix,
    EventPayload Payload,
    EventForm Form,
    string Flags,
    FirmwareLocation Location,
    FirmwareLocation NameLocation,
    string? EnclosingFunction,
    bool Conditional);

/// <summary>One <c>Particle.subscribe</c> call.</summary>
/// <param name="Prefix">The name prefix when it is a compile-time constant; null when it has a run-time part.</param>
/// <param name="PrefixExpression">The C++ text of the prefix argument.</param>
/// <param name="KnownPrefix">For a run-time prefix: its constant leading text, or null.</param>
/// <param name="Handler">The handler expression (<c>onSetpoint</c>, <c>&amp;Thermostat::onCommand</c>, <c>lambda</c>).</param>
/// <param name="HandlerSignature">The handler's parameter types when known (<c>const char*,const char*</c>), else null.</param>
/// <param name="Form">Function, lambda or member handler.</param>
/// <param name="Scope">The deprecated scope argument as written (<c>MY_DEVICES</c>), or null.</param>
/// <param name="Location">Where <c>Particle.</c> starts.</param>
/// <param name="NameLocation">Where the prefix argument is.</param>
/// <param name="Conditional">True when under a preprocessor condition that could not be decided.</param>
/// <param name="Payload">What the handler reads from the event data (the function-argument grammar: a number, words,
/// fields, JSON keys), or null when it was not inferred; <see cref="ArgumentKind.Text"/> carries the reason.</param>
/// <param name="PayloadParameter">The handler's data parameter (<c>data</c>), or null when its body was not found.</param>
internal sealed record SubscribedEvent(
    string? Prefix,
    string PrefixExpression,
    string? KnownPrefix,
    string Handler,
    string? HandlerSignature,
    EventForm Form,
    string? Scope,
    FirmwareLocation Location,
    FirmwareLocation NameLocation,
    bool Conditional,
    ArgumentGrammar? Payload = null,
    string? PayloadParameter = null);

/// <summary>Every event a contract publishes and subscribes to, in file order then source order.</summary>
/// <param name="Publishes">The publish calls.</param>
/// <param name="Subscriptions">The subscribe calls.</param>
internal sealed record EventContracts(EquatableArray<PublishedEvent> Publishes, EquatableArray<SubscribedEvent> Subscriptions)
{
    /// <summary>A contract without events.</summary>
    public static readonly EventContracts Empty = new(EquatableArray<PublishedEvent>.Empty, EquatableArray<SubscribedEvent>.Empty);

    /// <summary>True when the firmware neither publishes nor subscribes.</summary>
    public bool IsEmpty => Publishes.IsEmpty && Subscriptions.IsEmpty;
}
