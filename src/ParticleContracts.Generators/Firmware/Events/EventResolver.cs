using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// Turns publish and subscribe sites into <see cref="PublishedEvent"/>s and <see cref="SubscribedEvent"/>s: names
/// (literals, <c>#define</c>s, constants; the constant ends of a name with a run-time part), forms, flags, content
/// types, the deprecated subscribe scope, handler signatures, and the payload shape (<see cref="PayloadShapeReader"/>).
/// </summary>
internal sealed class EventResolver
{
    private static readonly string[] FlagWords = { "PUBLIC", "PRIVATE", "NO_ACK", "WITH_ACK" };
    private static readonly string[] BinaryContentTypes = { "BINARY", "JPEG", "PNG" };

    private readonly ProjectSymbols _symbols;
    private readonly ExpressionTypeEvaluator _expressions;
    private readonly CloudNameResolver _names;
    private readonly PayloadStatementIndex _statements;
    private readonly PayloadShapeReader _shapes;
    private readonly List<FirmwareDiagnostic> _diagnostics;

    public EventResolver(ProjectSymbols symbols, PayloadStatementIndex statements, List<FirmwareDiagnostic> diagnostics)
    {
        _symbols = symbols;
        _expressions = new ExpressionTypeEvaluator(symbols);
        _names = new CloudNameResolver(symbols);
        _statements = statements;
        _shapes = new PayloadShapeReader(symbols, statements);
        _diagnostics = diagnostics;
    }

    /// <summary>Adds the events of one publish call (a <c>CloudEvent</c> named in several places gives several).</summary>
    public void ResolvePublish(RegistrationSite site, bool conditional, List<PublishedEvent> events)
    {
        var arguments = site.Arguments;
        if (arguments.Count == 0 || arguments.Count > 4 || arguments[0].Text.Length == 0)
        {
            Report(DiagnosticIds.MalformedEventCall, site.Location, site.ApiObject + ".publish", arguments.Count + (arguments.Count == 1 ? " argument" : " arguments"), "(name), (name, data), (name, data, flags), (name, data, ttl, flags), (name, data, ContentType), (name, buffer, size, ContentType) or (cloudEvent)");
            return;
        }

        var context = ContextOf(site);
        var first = TokenRange.Lex(arguments[0].Text);
        if (arguments.Count == 1 && first.Length == 1 && first.IsKind(first.Start, FirmwareTokenKind.Identifier) && IsCloudEvent(first.Get(first.Start), context))
        {
            ResolveCloudEvent(site, first.Get(first.Start), context, conditional, events);
            return;
        }

        var (name, prefix, suffix) = ResolveName(first, context, arguments[0].Location, "publish");
        var flags = new List<string>();
        string? contentType = null;
        var dataIndex = -1;
        for (var index = 1; index < arguments.Count; index++)
        {
            var tokens = TokenRange.Lex(arguments[index].Text);
            var isFlags = CollectFlags(tokens, flags);
            contentType ??= ContentTypeOf(tokens);
            if (index == 1 && !isFlags && ContentTypeOf(tokens) is null)
            {
                dataIndex = 1;
            }
        }

        var payload = dataIndex < 0 ? EventPayload.None : _shapes.Infer(arguments[dataIndex].Text, context);
        var form = EventForm.Classic;
        if (contentType is not null)
        {
            form = EventForm.ContentType;
            if (Contains(BinaryContentTypes, contentType))
            {
                payload = new EventPayload(EventPayloadKind.Bytes, EquatableArray<EventField>.Empty, "ContentType::" + contentType);
            }
        }
        else if (dataIndex > 0 && IsVariantExpression(arguments[dataIndex].Text, context))
        {
            form = EventForm.Variant;
        }

        events.Add(new PublishedEvent(name, first.Join(), prefix, suffix, payload, form, string.Join("|", flags), site.Location, arguments[0].Location, site.EnclosingFunction, conditional));
    }

    /// <summary><c>Particle.publish(ev)</c>: one event per <c>ev.name(...)</c>, with the data and content type set on <c>ev</c>.</summary>
    private void ResolveCloudEvent(RegistrationSite site, string target, ExpressionContext context, bool conditional, List<PublishedEvent> events)
    {
        var payload = EventPayload.None;
        var data = LastBefore(_statements.AllCalls(target, "data"), context);
        if (data is { Arguments.Count: > 0 })
        {
            payload = _shapes.Infer(data.Arguments[0].Text, new ExpressionContext(data.Location.File, data.Location.Start, data.EnclosingFunction, data.EnclosingClass));
        }

        var contentType = LastBefore(_statements.AllCalls(target, "contentType"), context);
        if (contentType is { Arguments.Count: > 0 } && ContentTypeOf(TokenRange.Lex(contentType.Arguments[0].Text)) is { } type && Contains(BinaryContentTypes, type))
        {
            payload = new EventPayload(EventPayloadKind.Bytes, EquatableArray<EventField>.Empty, "ContentType::" + type);
        }

        var names = _statements.AllCalls(target, "name");
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var call in names)
        {
            if (call.Arguments.Count != 1)
            {
                continue;
            }

            var tokens = TokenRange.Lex(call.Arguments[0].Text);
            var (name, prefix, suffix) = ResolveName(tokens, ContextOf(call), call.Arguments[0].Location, "publish");
            if (!seen.Add(name ?? tokens.Join()))
            {
                continue;
            }

            events.Add(new PublishedEvent(name, tokens.Join(), prefix, suffix, payload, EventForm.CloudEvent, string.Empty, site.Location, call.Arguments[0].Location, site.EnclosingFunction, conditional));
        }

        if (seen.Count == 0)
        {
            Report(DiagnosticIds.EventNameNotConstant, site.Location, "publish", target + ".name(...)", "no " + target + ".name(\"...\") call was found");
            events.Add(new PublishedEvent(null, target + ".name()", null, null, payload, EventForm.CloudEvent, string.Empty, site.Location, site.Location, site.EnclosingFunction, conditional));
        }
    }

    /// <summary>Adds the subscription of one subscribe call.</summary>
    public void ResolveSubscribe(RegistrationSite site, bool conditional, List<SubscribedEvent> subscriptions)
    {
        var arguments = site.Arguments;
        if (arguments.Count < 2 || arguments.Count > 4 || arguments[0].Text.Length == 0 || arguments[1].Text.Length == 0)
        {
            Report(DiagnosticIds.MalformedEventCall, site.Location, site.ApiObject + ".subscribe", arguments.Count + (arguments.Count == 1 ? " argument" : " arguments"), "(prefix, handler), (prefix, &Class::method, object) or (prefix, handler, SubscribeOptions())");
            return;
        }

        var context = ContextOf(site);
        var first = TokenRange.Lex(arguments[0].Text);
        var (prefix, knownPrefix, _) = ResolveName(first, context, arguments[0].Location, "subscribe");
        var handler = TokenRange.Lex(arguments[1].Text);
        var form = EventForm.FunctionHandler;
        string? signature = null;
        var scopeIndex = 2;
        var handlerText = handler.Join();
        if (handler.Punct(handler.Start, "["))
        {
            form = EventForm.LambdaHandler;
            handlerText = "lambda";
            signature = _expressions.ParseLambda(handler, context, 0)?.Parameters;
        }
        else if (handlerText.Contains("::") && arguments.Count >= 3)
        {
            form = EventForm.MemberHandler;
            scopeIndex = 3;
            signature = FunctionSignature(handlerText.TrimStart('&'));
        }
        else
        {
            var info = _expressions.Evaluate(handler, context, 0);
            signature = info.Parameters;
        }

        string? scope = null;
        for (var index = scopeIndex; index < arguments.Count; index++)
        {
            var tokens = TokenRange.Lex(arguments[index].Text);
            if (tokens.Word(tokens.Start, "MY_DEVICES") || tokens.Word(tokens.Start, "ALL_DEVICES") || tokens.IsKind(tokens.Start, FirmwareTokenKind.String))
            {
                scope = tokens.Join();
            }
        }

        subscriptions.Add(new SubscribedEvent(prefix, first.Join(), knownPrefix, handlerText, signature, form, scope, site.Location, arguments[0].Location, conditional));
    }

    /// <summary>The constant name, or the constant ends of a name with a run-time part (reported as such).</summary>
    private (string? Name, string? Prefix, string? Suffix) ResolveName(TokenRange expression, ExpressionContext context, FirmwareLocation location, string call)
    {
        var name = _names.Resolve(expression, context);
        if (name is not null)
        {
            return (name, null, null);
        }

        var parts = SplitConcatenation(expression);
        var prefix = parts.Count > 1 ? _names.Resolve(parts[0], context) : null;
        var suffix = parts.Count > 1 ? _names.Resolve(parts[parts.Count - 1], context) : null;
        var known = prefix is not null || suffix is not null
            ? "its constant part is " + (prefix is null ? string.Empty : "prefix \"" + prefix + "\"") + (prefix is not null && suffix is not null ? " and " : string.Empty) + (suffix is null ? string.Empty : "suffix \"" + suffix + "\"")
            : "no part of it is constant";
        Report(DiagnosticIds.EventNameNotConstant, location, call, expression.Join(), known);
        return (null, prefix, suffix);
    }

    private static List<TokenRange> SplitConcatenation(TokenRange expression)
    {
        var parts = new List<TokenRange>();
        var depth = 0;
        var start = expression.Start;
        for (var i = expression.Start; i < expression.End; i++)
        {
            depth += TokenText.BracketDelta(expression.Text, expression[i]);
            if (depth == 0 && expression.Punct(i, "+"))
            {
                parts.Add(expression.Sub(start, i));
                start = i + 1;
            }
        }

        parts.Add(expression.Sub(start, expression.End));
        return parts;
    }

    private bool IsCloudEvent(string name, ExpressionContext context)
    {
        var declaration = _symbols.FindValue(name, context.File, context.Offset, context.Function, context.Class);
        return declaration is not null
            ? CppFieldTypes.BareType(declaration.Type) == "CloudEvent"
            : _statements.AllCalls(name, "name").Count > 0;
    }

    private bool IsVariantExpression(string text, ExpressionContext context)
    {
        var tokens = TokenRange.Lex(text);
        return tokens.Length == 1 && tokens.IsKind(tokens.Start, FirmwareTokenKind.Identifier) && _shapes.IsVariant(tokens.Get(tokens.Start), context);
    }

    private string? FunctionSignature(string qualified)
    {
        var separator = qualified.LastIndexOf("::", System.StringComparison.Ordinal);
        var className = qualified.Substring(0, separator);
        var method = qualified.Substring(separator + 2);
        foreach (var declaration in _symbols.FindFunctions(method, className))
        {
            return declaration.Parameters;
        }

        return null;
    }

    /// <summary>True when every token is a flag word or <c>|</c>; the flag words are added to <paramref name="flags"/>.</summary>
    private static bool CollectFlags(TokenRange tokens, List<string> flags)
    {
        var onlyFlags = !tokens.IsEmpty;
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            var text = tokens.Get(i);
            if (Contains(FlagWords, text))
            {
                if (!flags.Contains(text))
                {
                    flags.Add(text);
                }
            }
            else if (text is not ("|" or "(" or ")"))
            {
                onlyFlags = false;
            }
        }

        return onlyFlags;
    }

    /// <summary>The <c>X</c> of <c>ContentType::X</c> in <paramref name="tokens"/>, or null.</summary>
    private static string? ContentTypeOf(TokenRange tokens)
    {
        for (var i = tokens.Start; i + 2 < tokens.End; i++)
        {
            if (tokens.Word(i, "ContentType") && tokens.Punct(i + 1, "::") && tokens.IsKind(i + 2, FirmwareTokenKind.Identifier))
            {
                return tokens.Get(i + 2);
            }
        }

        return null;
    }

    private static PayloadStatement? LastBefore(List<PayloadStatement> calls, ExpressionContext context)
    {
        PayloadStatement? best = null;
        foreach (var call in calls)
        {
            if (best is null || (call.Location.File == context.File && call.Location.Start < context.Offset))
            {
                best = call;
            }
        }

        return best;
    }

    private static ExpressionContext ContextOf(RegistrationSite site) => new(site.Location.File, site.Location.Start, site.EnclosingFunction, site.EnclosingClass);

    private static ExpressionContext ContextOf(PayloadStatement statement) => new(statement.Location.File, statement.Location.Start, statement.EnclosingFunction, statement.EnclosingClass);

    private static bool Contains(string[] values, string value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }

    private void Report(string id, FirmwareLocation location, params string[] arguments) => _diagnostics.Add(DiagnosticTable.Create(id, location, arguments));
}
