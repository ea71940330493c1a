using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// The shape of a <c>Variant</c>/<c>VariantMap</c>/<c>EventData</c> payload: initializer items <c>{"k", v}</c>,
/// <c>set("k", v)</c> and <c>m["k"] = v</c>, where a value may itself be a map (another named <c>Variant</c>, or
/// <c>{{"lat", x}, {"lon", y}}</c>) or an array (a <c>VariantArray</c> filled with <c>append</c>, or <c>{1, 2}</c>).
/// Nesting is followed to <see cref="PayloadShapeReader.MaxDepth"/>; deeper values are any JSON.
/// </summary>
internal sealed class VariantShapeReader
{
    private static readonly string[] ArrayTypes = { "VariantArray" };

    private readonly PayloadShapeReader _shapes;
    private readonly PayloadStatementIndex _statements;

    public VariantShapeReader(PayloadShapeReader shapes, PayloadStatementIndex statements)
    {
        _shapes = shapes;
        _statements = statements;
    }

    /// <summary>The payload of the variant <paramref name="name"/> published at <paramref name="anchor"/>.</summary>
    public EventPayload Read(string name, ExpressionContext anchor)
    {
        var fields = MapFields(name, anchor, anchor, 0);
        return fields.Count == 0
            ? EventPayload.Text("the Variant '" + name + "' gets no keys the reader can see")
            : new EventPayload(EventPayloadKind.Json, fields.ToEquatableArray(), "Variant");
    }

    private List<EventField> MapFields(string name, ExpressionContext context, ExpressionContext anchor, int depth)
    {
        var fields = new List<EventField>();
        if (_statements.Declared(name, context, PayloadShapeReader.VariantTypes) is { } declaration)
        {
            var conditional = _statements.IsConditional(declaration, anchor);
            foreach (var item in declaration.Arguments)
            {
                var tokens = TokenRange.Lex(item.Text);
                if (IsBraced(tokens))
                {
                    AddPair(fields, tokens.Sub(tokens.Start + 1, tokens.End - 1).SplitTopLevel(), PayloadShapeReader.ContextOf(declaration), anchor, conditional, depth);
                }
            }
        }

        foreach (var call in _statements.Calls(name, context))
        {
            if (call.Member == "set" && call.Arguments.Count == 2)
            {
                var pair = new List<TokenRange> { TokenRange.Lex(call.Arguments[0].Text), TokenRange.Lex(call.Arguments[1].Text) };
                AddPair(fields, pair, PayloadShapeReader.ContextOf(call), anchor, _statements.IsConditional(call, anchor), depth);
            }
        }

        return fields;
    }

    private void AddPair(List<EventField> fields, List<TokenRange> pair, ExpressionContext context, ExpressionContext anchor, bool conditional, int depth)
    {
        if (pair.Count == 2 && _shapes.Literal(pair[0].Join(), context) is { } key)
        {
            Add(fields, Value(key, pair[1], context, anchor, conditional, depth));
        }
    }

    /// <summary>The field <paramref name="key"/> with the value <paramref name="value"/>: a map, an array or a scalar.</summary>
    private EventField Value(string key, TokenRange value, ExpressionContext context, ExpressionContext anchor, bool conditional, int depth)
    {
        conditional |= NullableTernary.TryUnwrap(ref value);
        ExpressionTypeEvaluator.StripParentheses(ref value);
        if (value.Length >= 3 && value.Word(value.Start, "Variant") && value.Punct(value.Start + 1, "(") && value.FindClosing(value.Start + 1) == value.End - 1)
        {
            value = value.Sub(value.Start + 2, value.End - 1);
        }

        if (depth >= PayloadShapeReader.MaxDepth)
        {
            return new EventField(key, EventFieldType.Json, conditional);
        }

        if (IsBraced(value))
        {
            return Braced(key, value.Sub(value.Start + 1, value.End - 1).SplitTopLevel(), context, anchor, conditional, depth);
        }

        if (value.Length == 1 && value.IsKind(value.Start, FirmwareTokenKind.Identifier))
        {
            var name = value.Get(value.Start);
            if (_statements.Declared(name, context, ArrayTypes) is not null || _shapes.IsDeclaredAs(name, context, ArrayTypes))
            {
                return Array(key, ArrayItems(name, context, anchor, depth), conditional);
            }

            if (_shapes.IsVariant(name, context) && MapFields(name, context, anchor, depth + 1) is { Count: > 0 } members)
            {
                return new EventField(key, EventFieldType.Object, conditional, members.ToEquatableArray());
            }
        }

        return new EventField(key, _shapes.FieldType(value, context), conditional);
    }

    /// <summary><c>{{"k", v}, ...}</c> is a map; <c>{a, b}</c> an array; <c>{}</c> any JSON.</summary>
    private EventField Braced(string key, List<TokenRange> items, ExpressionContext context, ExpressionContext anchor, bool conditional, int depth)
    {
        if (items.Count == 0 || items[0].IsEmpty)
        {
            return new EventField(key, EventFieldType.Json, conditional);
        }

        var members = new List<EventField>();
        var isMap = true;
        foreach (var item in items)
        {
            var pair = IsBraced(item) ? item.Sub(item.Start + 1, item.End - 1).SplitTopLevel() : null;
            if (pair is not { Count: 2 } || _shapes.Literal(pair[0].Join(), context) is null)
            {
                isMap = false;
                break;
            }

            AddPair(members, pair, context, anchor, conditional: false, depth + 1);
        }

        if (isMap)
        {
            return new EventField(key, EventFieldType.Object, conditional, members.ToEquatableArray());
        }

        var elements = new List<EventField>();
        foreach (var item in items)
        {
            elements.Add(Value(string.Empty, item, context, anchor, conditional: false, depth + 1));
        }

        return Array(key, elements, conditional);
    }

    /// <summary>The items of a <c>VariantArray</c>: its initializer and its <c>append</c> calls.</summary>
    private List<EventField> ArrayItems(string name, ExpressionContext context, ExpressionContext anchor, int depth)
    {
        var items = new List<EventField>();
        if (_statements.Declared(name, context, ArrayTypes) is { } declaration)
        {
            foreach (var item in declaration.Arguments)
            {
                items.Add(Value(string.Empty, TokenRange.Lex(item.Text), PayloadShapeReader.ContextOf(declaration), anchor, conditional: false, depth + 1));
            }
        }

        foreach (var call in _statements.Calls(name, context))
        {
            if (call.Member == "append" && call.Arguments.Count == 1)
            {
                items.Add(Value(string.Empty, TokenRange.Lex(call.Arguments[0].Text), PayloadShapeReader.ContextOf(call), anchor, conditional: false, depth + 1));
            }
        }

        return items;
    }

    /// <summary>An array field whose items all have one type (objects: the first item's members), else any JSON items.</summary>
    internal static EventField Array(string key, List<EventField> items, bool conditional)
    {
        if (items.Count == 0)
        {
            return new EventField(key, EventFieldType.Array, conditional);
        }

        var first = items[0];
        foreach (var item in items)
        {
            if (item.Type != first.Type || item.Type == EventFieldType.Array)
            {
                return new EventField(key, EventFieldType.Array, conditional);
            }
        }

        return new EventField(key, EventFieldType.Array, conditional, first.Type == EventFieldType.Object ? first.Fields : default, first.Type);
    }

    /// <summary>Adds a field once; a key written on every path (anywhere) makes the field unconditional.</summary>
    internal static void Add(List<EventField> fields, EventField field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == field.Name)
            {
                if (fields[i].Conditional && !field.Conditional)
                {
                    fields[i] = fields[i] with { Conditional = false };
                }

                return;
            }
        }

        fields.Add(field);
    }

    private static bool IsBraced(TokenRange tokens) =>
        tokens.Length >= 2 && tokens.Punct(tokens.Start, "{") && tokens.Punct(tokens.End - 1, "}") && tokens.FindClosing(tokens.Start) == tokens.End - 1;
}
