using System.Collections.Generic;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// Infers the payload shape of a publish from its data expression and the <see cref="PayloadStatement"/>s that built
/// it: <c>String::format</c>/<c>snprintf</c>/<c>sprintf</c> with a JSON-object format, <c>JSONBufferWriter</c> chains,
/// <c>Variant</c>/<c>EventData</c> sets and initializer lists, constants, <c>String(number)</c>. Field types come
/// from the conversion specifiers, literals, or the argument expressions (<see cref="ExpressionTypeEvaluator"/>).
/// Anything else is text, with the reason.
/// </summary>
internal sealed class PayloadShapeReader
{
    /// <summary>How deep data expressions, constants and nested payload objects and arrays are followed.</summary>
    internal const int MaxDepth = 4;
    internal static readonly string[] VariantTypes = { "Variant", "VariantMap", "EventData" };
    private static readonly string[] WriterTypes = { "JSONBufferWriter", "JSONStringWriter" };

    private readonly ProjectSymbols _symbols;
    private readonly ExpressionTypeEvaluator _expressions;
    private readonly CloudNameResolver _constants;
    private readonly PayloadStatementIndex _statements;
    private readonly VariantShapeReader _variants;
    private readonly JsonWriterShapeReader _writers;

    public PayloadShapeReader(ProjectSymbols symbols, PayloadStatementIndex statements)
    {
        _symbols = symbols;
        _expressions = new ExpressionTypeEvaluator(symbols);
        _constants = new CloudNameResolver(symbols);
        _statements = statements;
        _variants = new VariantShapeReader(this, statements);
        _writers = new JsonWriterShapeReader(this, statements);
    }

    /// <summary>The shape of the data expression <paramref name="data"/> of a publish at <paramref name="context"/>.</summary>
    public EventPayload Infer(string data, ExpressionContext context) => Infer(TokenRange.Lex(data), context, 0);

    /// <summary>True when <paramref name="name"/> is declared (or built) as a <c>Variant</c>, <c>VariantMap</c> or <c>EventData</c>.</summary>
    public bool IsVariant(string name, ExpressionContext context) =>
        IsDeclaredAs(name, context, VariantTypes) || _statements.Declared(name, context, VariantTypes) is not null;

    private EventPayload Infer(TokenRange data, ExpressionContext context, int depth)
    {
        ExpressionTypeEvaluator.StripParentheses(ref data);
        if (data.IsEmpty || depth > MaxDepth)
        {
            return EventPayload.Text("the data expression is not understood");
        }

        if (_constants.Resolve(data, context) is { } constant)
        {
            return Constant(constant);
        }

        if (IsCall(data, "String", "::", "format"))
        {
            return Format(Arguments(data, data.Start + 3), context, "String::format");
        }

        if (data.Length >= 3 && data.Word(data.Start, "Variant") && data.Punct(data.Start + 1, "(") && data.FindClosing(data.Start + 1) == data.End - 1)
        {
            return Infer(data.Sub(data.Start + 2, data.End - 1), context, depth + 1);
        }

        // x.c_str(), writer.buffer(), String(x): the object they read.
        if (data.Length == 5 && data.IsKind(data.Start, FirmwareTokenKind.Identifier) && data.Punct(data.Start + 1, ".") && data.Punct(data.Start + 3, "(") && data.Punct(data.Start + 4, ")")
            && (data.Word(data.Start + 2, "c_str") || data.Word(data.Start + 2, "buffer")))
        {
            return Named(data.Get(data.Start), context, depth);
        }

        if (data.Length >= 3 && data.Word(data.Start, "String") && data.Punct(data.Start + 1, "(") && data.FindClosing(data.Start + 1) == data.End - 1)
        {
            var inner = data.Sub(data.Start + 2, data.End - 1);
            var parts = inner.SplitTopLevel();
            var scalar = parts.Count >= 1 ? FieldType(parts[0], context) : EventFieldType.Json;
            if (scalar is EventFieldType.Int32 or EventFieldType.Int64 or EventFieldType.Double or EventFieldType.Bool)
            {
                return new EventPayload(EventPayloadKind.Scalar, new[] { new EventField(string.Empty, scalar) }.ToEquatableArray(), "String(number)");
            }

            return Infer(inner, context, depth + 1);
        }

        if (data.Length == 1 && data.IsKind(data.Start, FirmwareTokenKind.Identifier))
        {
            return Named(data.Get(data.Start), context, depth);
        }

        return EventPayload.Text("the data expression '" + data.Join() + "' is built at run time");
    }

    /// <summary>A named buffer, <c>String</c>, writer or <c>Variant</c>: the statements that built it.</summary>
    private EventPayload Named(string name, ExpressionContext context, int depth)
    {
        if (_statements.LastFormat(name, context) is { } format)
        {
            return Format(format.Arguments, ContextOf(format), format.Member);
        }

        var writer = _statements.Declared(name, context, WriterTypes) is not null ? name : _statements.WriterOf(name, context);
        if (writer is not null)
        {
            return _writers.Read(writer, context);
        }

        if (IsVariant(name, context))
        {
            return _variants.Read(name, context);
        }

        var declaration = _symbols.FindValue(name, context.File, context.Offset, context.Function, context.Class);
        if (declaration is { IsConstant: true, Initializer: { } initializer } && depth < MaxDepth)
        {
            return Infer(TokenRange.Lex(initializer), context, depth + 1);
        }

        return EventPayload.Text("'" + name + "' is filled at run time in a way the reader does not follow (use String::format, snprintf, JSONBufferWriter or a Variant)");
    }

    private static EventPayload Constant(string text)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        var fields = JsonFormatTemplate.Read(text, hasConversions: false, out _);
        return fields is null
            ? EventPayload.Text("a constant string", bytes)
            : new EventPayload(EventPayloadKind.Json, fields.ToEquatableArray(), "a constant JSON object", bytes);
    }

    private EventPayload Format(EquatableArray<SiteArgument> arguments, ExpressionContext context, string source)
    {
        if (arguments.Count == 0)
        {
            return EventPayload.Text(source + " has no format string");
        }

        var formatTokens = TokenRange.Lex(arguments[0].Text);
        var format = StringLiteralDecoder.TryDecodeConcatenation(formatTokens, out var literal) ? literal : _constants.Resolve(formatTokens, context);
        if (format is null)
        {
            return EventPayload.Text("the format string of " + source + " is not a constant");
        }

        if (JsonFormatTemplate.Scalar(format) is { } scalar)
        {
            return new EventPayload(EventPayloadKind.Scalar, new[] { new EventField(string.Empty, scalar) }.ToEquatableArray(), source);
        }

        var argumentIndexes = new List<int>();
        var fields = JsonFormatTemplate.Read(format, hasConversions: true, argumentIndexes, out var reason);
        if (fields is null)
        {
            return EventPayload.Text("the format string of " + source + " is not a flat JSON object (" + reason + ")");
        }

        // An unquoted %s fed "true"/"false" (or b ? "true" : "false") writes a JSON flag.
        for (var k = 0; k < fields.Count; k++)
        {
            var index = argumentIndexes[k] + 1;
            if (fields[k].Type == EventFieldType.Json && argumentIndexes[k] >= 0 && index < arguments.Count && WritesFlag(arguments[index].Text))
            {
                fields[k] = fields[k] with { Type = EventFieldType.Bool };
            }
        }

        return new EventPayload(EventPayloadKind.Json, fields.ToEquatableArray(), source);
    }

    /// <summary>True for <c>"true"</c>, <c>"false"</c> and <c>cond ? "true" : "false"</c>.</summary>
    private static bool WritesFlag(string argument)
    {
        var tokens = TokenRange.Lex(argument);
        var question = -1;
        var colon = -1;
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            question = question < 0 && tokens.Punct(i, "?") ? i : question;
            colon = question >= 0 && colon < 0 && tokens.Punct(i, ":") ? i : colon;
        }

        return question < 0
            ? IsFlagLiteral(tokens)
            : colon > question && IsFlagLiteral(tokens.Sub(question + 1, colon)) && IsFlagLiteral(tokens.Sub(colon + 1, tokens.End));
    }

    private static bool IsFlagLiteral(TokenRange tokens) =>
        StringLiteralDecoder.TryDecodeConcatenation(tokens, out var text) && text is "true" or "false";

    internal string? Literal(string text, ExpressionContext context)
    {
        var tokens = TokenRange.Lex(text);
        return StringLiteralDecoder.TryDecodeConcatenation(tokens, out var value) ? value : _constants.Resolve(tokens, context);
    }

    /// <summary>The JSON type of a value expression: <c>Variant(x)</c> and casts unwrapped, then the C++ type.</summary>
    internal EventFieldType FieldType(TokenRange value, ExpressionContext context)
    {
        ExpressionTypeEvaluator.StripParentheses(ref value);
        if (value.Length >= 3 && value.Word(value.Start, "Variant") && value.Punct(value.Start + 1, "(") && value.FindClosing(value.Start + 1) == value.End - 1)
        {
            value = value.Sub(value.Start + 2, value.End - 1);
        }

        if (!value.IsEmpty && value.Punct(value.Start, "{"))
        {
            return EventFieldType.Json;
        }

        var info = _expressions.Evaluate(value, context, 0);
        var type = info.Kind == ValueKind.Object && !info.AddressOf ? info.Type : null;
        return CppFieldTypes.Of(type ?? _expressions.EvidentType(value, context, 0));
    }

    internal bool IsDeclaredAs(string name, ExpressionContext context, string[] types)
    {
        var declaration = _symbols.FindValue(name, context.File, context.Offset, context.Function, context.Class);
        if (declaration is null)
        {
            return false;
        }

        var type = CppFieldTypes.BareType(declaration.Type);
        foreach (var candidate in types)
        {
            if (type == candidate)
            {
                return true;
            }
        }

        return false;
    }

    internal static ExpressionContext ContextOf(PayloadStatement statement) =>
        new(statement.Location.File, statement.Location.Start, statement.EnclosingFunction, statement.EnclosingClass);

    private static bool IsCall(TokenRange data, string first, string separator, string member) =>
        data.Length >= 5 && data.Word(data.Start, first) && data.Punct(data.Start + 1, separator) && data.Word(data.Start + 2, member)
        && data.Punct(data.Start + 3, "(") && data.FindClosing(data.Start + 3) == data.End - 1;

    private static EquatableArray<SiteArgument> Arguments(TokenRange data, int open)
    {
        var list = new List<SiteArgument>();
        if (data.End - 1 > open + 1)
        {
            foreach (var part in data.Sub(open + 1, data.End - 1).SplitTopLevel())
            {
                list.Add(new SiteArgument(part.Slice(), default));
            }
        }

        return list.ToEquatableArray();
    }
}
