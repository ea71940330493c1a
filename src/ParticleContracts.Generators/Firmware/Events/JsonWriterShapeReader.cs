using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// The shape of a <c>JSONBufferWriter</c>/<c>JSONStringWriter</c> payload from its chain
/// <c>beginObject().name("k").value(x)...endObject()</c>: nested <c>beginObject</c>/<c>beginArray</c> become nested
/// objects and arrays down to <see cref="PayloadShapeReader.MaxDepth"/>; deeper ones are any JSON. One pass over the calls.
/// </summary>
internal sealed class JsonWriterShapeReader
{
    private readonly PayloadShapeReader _shapes;
    private readonly PayloadStatementIndex _statements;

    public JsonWriterShapeReader(PayloadShapeReader shapes, PayloadStatementIndex statements)
    {
        _shapes = shapes;
        _statements = statements;
    }

    /// <summary>The root object's fields written by <paramref name="writer"/> for the publish at <paramref name="anchor"/>.</summary>
    public EventPayload Read(string writer, ExpressionContext anchor)
    {
        var stack = new List<Frame>();
        List<EventField>? root = null;
        foreach (var call in _statements.Calls(writer, anchor))
        {
            var top = stack.Count == 0 ? null : stack[stack.Count - 1];

            // A member is conditional relative to the object it is in; the root object relative to the publish.
            var conditional = _statements.IsConditional(call, top?.Anchor ?? anchor);
            switch (call.Member)
            {
                case "beginObject" or "beginArray":
                    stack.Add(Open(top, call.Member == "beginArray", conditional, top is null ? anchor : PayloadShapeReader.ContextOf(call)));
                    break;
                case "endObject" or "endArray" when top is not null:
                    stack.RemoveAt(stack.Count - 1);
                    var closed = Close(top);
                    if (stack.Count == 0)
                    {
                        root ??= top.IsArray ? null : top.Fields;
                    }
                    else
                    {
                        Attach(stack[stack.Count - 1], closed);
                    }

                    break;
                case "name" when top is { IsArray: false } && call.Arguments.Count == 1:
                    top.Key = _shapes.Literal(call.Arguments[0].Text, PayloadShapeReader.ContextOf(call));
                    top.KeyConditional = conditional;
                    break;
                case "value" when top is not null && call.Arguments.Count >= 1:
                    var type = _shapes.FieldType(TokenRange.Lex(call.Arguments[0].Text), PayloadShapeReader.ContextOf(call));
                    Attach(top, new EventField(string.Empty, type, conditional));
                    break;
            }
        }

        root ??= stack.Count > 0 && !stack[0].IsArray ? stack[0].Fields : null;
        return root is not { Count: > 0 }
            ? EventPayload.Text("the JSON writer '" + writer + "' writes no object fields the reader can see")
            : new EventPayload(EventPayloadKind.Json, root.ToEquatableArray(), "JSONBufferWriter");
    }

    private static Frame Open(Frame? parent, bool isArray, bool conditional, ExpressionContext anchor) => new()
    {
        Anchor = anchor,
        IsArray = isArray,
        Key = parent is { IsArray: false } ? parent.Key : string.Empty,
        Conditional = parent is { IsArray: false } && (parent.KeyConditional || conditional),
        TooDeep = parent is not null && (parent.TooDeep || parent.Depth + 1 > PayloadShapeReader.MaxDepth),
        Depth = parent is null ? 0 : parent.Depth + 1,
    };

    /// <summary>The field a closed object or array becomes in its parent.</summary>
    private static EventField Close(Frame frame)
    {
        var key = frame.Key ?? string.Empty;
        if (frame.TooDeep)
        {
            return new EventField(key, EventFieldType.Json, frame.Conditional);
        }

        return frame.IsArray
            ? VariantShapeReader.Array(key, frame.Fields, frame.Conditional)
            : new EventField(key, EventFieldType.Object, frame.Conditional, frame.Fields.ToEquatableArray());
    }

    /// <summary>A value in an array is an item; in an object it needs a pending name.</summary>
    private static void Attach(Frame parent, EventField value)
    {
        if (parent.IsArray)
        {
            parent.Fields.Add(value);
            return;
        }

        if (parent.Key is not { } key)
        {
            return;
        }

        VariantShapeReader.Add(parent.Fields, value with { Name = key, Conditional = value.Conditional || parent.KeyConditional });
        parent.Key = null;
    }

    private sealed class Frame
    {
        public ExpressionContext Anchor { get; init; }

        public bool IsArray { get; init; }

        public bool Conditional { get; init; }

        public bool TooDeep { get; init; }

        public int Depth { get; init; }

        public string? Key { get; set; }

        public bool KeyConditional { get; set; }

        public List<EventField> Fields { get; } = new();
    }
}
