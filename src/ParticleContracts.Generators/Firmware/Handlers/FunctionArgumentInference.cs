using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// The contract of each function's argument and result: finds the handler's body among the project's
/// <see cref="HandlerShape"/>s (or reads a lambda in place), follows helpers the argument is passed on to, and
/// resolves returned constants (<c>#define</c>, <c>const int</c>) to values.
/// </summary>
internal sealed class FunctionArgumentInference
{
    private readonly Dictionary<string, HandlerShape> _shapes = new(System.StringComparer.Ordinal);
    private readonly ReturnConstantResolver _constants;

    public FunctionArgumentInference(IReadOnlyList<FirmwareFileModel> files, ProjectSymbols symbols)
    {
        _constants = new ReturnConstantResolver(symbols);
        foreach (var file in files)
        {
            foreach (var shape in file.Handlers)
            {
                if (!_shapes.TryGetValue(shape.Key, out _))
                {
                    _shapes[shape.Key] = shape;
                }
            }
        }
    }

    /// <summary>The handler's shape for <paramref name="registration"/> registered at <paramref name="site"/>, or null when its body is not in the project.</summary>
    public HandlerShape? ShapeOf(Registration registration, RegistrationSite site)
    {
        if (registration.Form == RegistrationForm.Lambda && site.Arguments.Count > 1)
        {
            return LambdaHandler.Read(site.Arguments[1], site.EnclosingClass is null ? "lambda" : site.EnclosingClass + "::lambda");
        }

        return registration.HandlerKey is { } key && _shapes.TryGetValue(key, out var shape) && shape.Kind == HandlerParameterKind.FunctionArgument ? shape : null;
    }

    /// <summary>
    /// The handler's shape for <paramref name="subscription"/> at <paramref name="site"/>: a lambda read in place, a
    /// member (<c>&amp;Class::method</c>, or a method of the class the call is in) or a free function whose head is a
    /// subscription handler's; null when its body is not in the project.
    /// </summary>
    public HandlerShape? EventShapeOf(SubscribedEvent subscription, RegistrationSite site)
    {
        if (subscription.Form == EventForm.LambdaHandler)
        {
            return site.Arguments.Count > 1 ? LambdaHandler.Read(site.Arguments[1], site.EnclosingClass is null ? "lambda" : site.EnclosingClass + "::lambda", eventHandler: true) : null;
        }

        var key = subscription.Handler.TrimStart('&', ' ');
        HandlerShape? shape = null;
        if (!key.Contains("::") && site.EnclosingClass is { } owner)
        {
            _shapes.TryGetValue(owner + "::" + key, out shape);
        }

        if (shape is null)
        {
            _shapes.TryGetValue(key, out shape);
        }

        return shape is { Kind: not HandlerParameterKind.FunctionArgument } ? shape : null;
    }

    /// <summary>The contract of function <paramref name="name"/> whose handler is <paramref name="shape"/>.</summary>
    public FunctionArgumentContract Infer(string name, HandlerShape? shape)
    {
        if (shape is null)
        {
            return new FunctionArgumentContract(name, ArgumentGrammar.AnyText("the handler's body is not in this project"), EquatableArray<ReturnCode>.Empty, null, 0, null);
        }

        var grammar = shape.Grammar;
        var current = shape;
        for (var depth = 0; current.ArgumentHelper is { } helper && depth < ReaderLimits.MaxHandlerHelperDepth; depth++)
        {
            if (Helper(current, helper) is not { } next)
            {
                break;
            }

            current = next;
            grammar = next.Grammar;
        }

        var codes = new List<ReturnCode>();
        var computed = !CollectReturns(shape, codes, 0);
        return new FunctionArgumentContract(name, grammar, computed ? EquatableArray<ReturnCode>.Empty : Distinct(codes), shape.File, shape.Line, shape.Parameter);
    }

    /// <summary>
    /// The handler's own problems, at <paramref name="at"/> (the handler argument of the registration): PCT1050 when the
    /// argument stays a string although the body was read, PCT1051 for a path without a return, PCT1052 for an
    /// unchecked number parse, PCT1053 for an unreachable word.
    /// </summary>
    public static void Report(FunctionArgumentContract contract, HandlerShape? shape, FirmwareLocation at, List<FirmwareDiagnostic> diagnostics)
    {
        if (shape is null)
        {
            return;
        }

        var name = contract.FunctionName;
        if (contract.Grammar.Kind == ArgumentKind.Text && !shape.OptedOut && contract.Grammar.Reason is { } reason)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.FunctionArgumentUntyped, at, name, reason));
        }

        if (shape.FallsOffEnd)
        {
            var where = shape.Key + ", " + FirmwarePath.FileName(shape.File) + " line " + shape.Line.ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.HandlerMissingReturn, at, name, where));
        }

        if (shape.UncheckedParseLine > 0 && ReferenceEquals(contract.Grammar, shape.Grammar))
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.ParsedNumberUnchecked, at, name, shape.UncheckedParseLine.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var word in shape.UnreachableWords)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnreachableWord, at, name, word.Word, word.Line.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private HandlerShape? Helper(HandlerShape from, string helper)
    {
        var separator = from.Key.LastIndexOf("::", System.StringComparison.Ordinal);
        if (separator > 0 && _shapes.TryGetValue(new System.Text.StringBuilder(from.Key, 0, separator + 2, separator + 2 + helper.Length).Append(helper).ToString(), out var member))
        {
            return member;
        }

        return _shapes.TryGetValue(helper, out var free) ? free : null;
    }

    /// <summary>Adds every value <paramref name="shape"/> returns; false when any path returns a computed value.</summary>
    private bool CollectReturns(HandlerShape shape, List<ReturnCode> codes, int depth)
    {
        if (shape.Returns.Count == 0)
        {
            return false;
        }

        foreach (var site in shape.Returns)
        {
            if (site.Value is { } value)
            {
                codes.Add(new ReturnCode(value, null, site.Line));
            }
            else if (site.Constant is { } constant && _constants.Value(constant, shape.File, site.Offset) is { } resolved)
            {
                codes.Add(new ReturnCode(resolved, constant, site.Line));
            }
            else if (site.Helper is { } helper && depth < ReaderLimits.MaxHandlerHelperDepth && Helper(shape, helper) is { } next)
            {
                if (!CollectReturns(next, codes, depth + 1))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One code per value, ascending; a constant wins over a literal of the same value (its name names the code).</summary>
    private static EquatableArray<ReturnCode> Distinct(List<ReturnCode> codes)
    {
        var byValue = new SortedDictionary<int, ReturnCode>();
        foreach (var code in codes)
        {
            if (!byValue.TryGetValue(code.Value, out var existing) || (existing.Constant is null && code.Constant is not null))
            {
                byValue[code.Value] = code;
            }
        }

        return new EquatableArray<ReturnCode>(byValue.Values);
    }
}
