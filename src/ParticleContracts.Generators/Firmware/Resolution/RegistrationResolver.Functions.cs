using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>Function registrations: the handler's form and its <c>int(String)</c> signature.</summary>
internal sealed partial class RegistrationResolver
{
    private Registration ResolveFunction(RegistrationSite site, ExpressionContext context, string? name, string nameExpression, string label, string displayKind, bool conditional)
    {
        var handlerArgument = site.Arguments[1];
        var text = handlerArgument.Text;
        var handlerTokens = TokenRange.Lex(text);
        var tokens = handlerTokens.Tokens;
        var handler = handlerTokens.Join();
        ExpressionTypeEvaluator.StripParentheses(ref handlerTokens);
        var start = handlerTokens.Start;
        var end = handlerTokens.End;

        var instance = site.Arguments.Count == 3 ? site.Arguments[2].Text.Trim() : null;
        var hasInstance = instance is not null && instance is not ("nullptr" or "NULL" or "0");

        // static_cast<int (Class::*)(String)>(&Class::method)
        string? castSignature = null;
        if (start + 1 < end && TokenText.IsWord(text, tokens[start], "static_cast") && TokenText.IsPunct(text, tokens[start + 1], "<"))
        {
            var close = TokenText.FindTemplateClosing(new TokenRange(text, tokens, start + 1, end));
            if (close > 0 && close + 1 < end && TokenText.IsPunct(text, tokens[close + 1], "("))
            {
                castSignature = CastSignature(new TokenRange(text, tokens, start + 2, close));
                start = close + 2;
                end = TokenText.FindClosing(new TokenRange(text, tokens, close + 1, end)) is var inner && inner > 0 ? inner : end;
            }
        }

        var isAddress = start < end && TokenText.IsPunct(text, tokens[start], "&");
        var nameStart = isAddress ? start + 1 : start;

        // &Class::method with an instance: a member function bound to an object.
        if (hasInstance && IsQualifiedName(new TokenRange(text, tokens, nameStart, end), out var className, out var methodName))
        {
            return ResolveMemberFunction(site, name, nameExpression, label, displayKind, conditional, handler, castSignature, className, methodName);
        }

        var value = _expressions.Evaluate(new TokenRange(text, tokens, start, end), context, 0);
        RegistrationForm form;
        switch (value.Kind)
        {
            case ValueKind.Lambda:
                form = RegistrationForm.Lambda;
                handler = "lambda";
                break;
            case ValueKind.Function:
            case ValueKind.FunctionPointer:
                form = RegistrationForm.FunctionPointer;
                break;
            case ValueKind.CallableObject:
                form = value.IsLambda ? RegistrationForm.Lambda : RegistrationForm.Callable;
                break;
            case ValueKind.Object:
                // A functor object: callable with a String if it has operator(); the reader does not check it.
                return NewRegistration(site, name, nameExpression, value.Type, CloudType.None, RegistrationForm.Callable, handler, conditional, value.Declaration);
            default:
                if (start < end && tokens[start].Kind == FirmwareTokenKind.Identifier && TokenText.FindClosing(new TokenRange(text, tokens, start + 1, end)) == end - 1 && value.Kind == ValueKind.Other)
                {
                    // std::bind(...), makeHandler(...): a callable the reader cannot see into.
                    return NewRegistration(site, name, nameExpression, null, CloudType.None, RegistrationForm.Callable, handler, conditional, value.Declaration);
                }

                Report(DiagnosticIds.UnresolvedFunctionHandler, handlerArgument.Location, displayKind, label, handler);
                return NewRegistration(site, name, nameExpression, null, CloudType.None, RegistrationForm.FunctionPointer, handler, conditional, null);
        }

        var returnType = value.Type;
        var parameters = value.Parameters ?? string.Empty;
        var actual = Signature(returnType ?? "int", parameters);
        if (returnType is null && IsStringParameter(parameters))
        {
            actual = "int(" + parameters + ")";
        }

        if (!IsIntReturn(returnType) || !IsStringParameter(parameters))
        {
            Report(DiagnosticIds.FunctionSignatureMismatch, handlerArgument.Location, displayKind, label, handler, Signature(returnType ?? "?", parameters), " or int(const String&)");
        }

        return NewRegistration(site, name, nameExpression, actual, CloudType.None, form, handler, conditional, value.Declaration);
    }

    private Registration ResolveMemberFunction(RegistrationSite site, string? name, string nameExpression, string label, string displayKind, bool conditional, string handler, string? castSignature, string className, string methodName)
    {
        var handlerArgument = site.Arguments[1];
        CppDeclaration? method = null;
        foreach (var candidate in _symbols.FindFunctions(methodName, className))
        {
            if (method is null || (!candidate.IsStatic && method.IsStatic) || candidate.Parameters == "String")
            {
                method = candidate;
            }
        }

        string? signature = castSignature;
        if (signature is null && method is not null)
        {
            signature = Signature(method.Type, method.Parameters) + (method.IsConstMethod ? " const" : string.Empty);
        }

        if (signature is null)
        {
            Report(DiagnosticIds.UnresolvedFunctionHandler, handlerArgument.Location, displayKind, label, handler);
        }
        else if (signature != "int(String)")
        {
            Report(DiagnosticIds.FunctionSignatureMismatch, handlerArgument.Location, displayKind, label, handler, signature, " (a member function needs exactly int(String), not const)");
        }

        return NewRegistration(site, name, nameExpression, signature, CloudType.None, RegistrationForm.MemberFunction, handler, conditional, method);
    }

    private static bool IsQualifiedName(TokenRange name, out string className, out string memberName)
    {
        var text = name.Text;
        var tokens = name.Tokens;
        var start = name.Start;
        var end = name.End;
        className = string.Empty;
        memberName = string.Empty;
        if (end - start < 3 || tokens[end - 1].Kind != FirmwareTokenKind.Identifier || !TokenText.IsPunct(text, tokens[end - 2], "::"))
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var expectName = (i - start) % 2 == 0;
            if (expectName ? tokens[i].Kind != FirmwareTokenKind.Identifier : !TokenText.IsPunct(text, tokens[i], "::"))
            {
                return false;
            }
        }

        className = TokenText.Get(text, tokens[end - 3]);
        memberName = TokenText.Get(text, tokens[end - 1]);
        return true;
    }

    private static string? CastSignature(TokenRange type)
    {
        var text = type.Text;
        var tokens = type.Tokens;
        var start = type.Start;
        var end = type.End;
        // int (Class::*)(String)
        for (var i = start; i < end; i++)
        {
            if (TokenText.IsPunct(text, tokens[i], "(") && i + 1 < end && !TokenText.IsPunct(text, tokens[i + 1], ")"))
            {
                var close = TokenText.FindClosing(new TokenRange(text, tokens, i, end));
                if (close > 0 && close + 1 < end && TokenText.IsPunct(text, tokens[close + 1], "("))
                {
                    var parametersClose = TokenText.FindClosing(new TokenRange(text, tokens, close + 1, end));
                    if (parametersClose < 0)
                    {
                        return null;
                    }

                    var returnType = TokenText.Join(new TokenRange(text, tokens, start, i));
                    var parameters = CppParameterList.Parse(new TokenRange(text, tokens, close + 2, parametersClose), null);
                    var isConst = parametersClose + 1 < end && TokenText.IsWord(text, tokens[parametersClose + 1], "const");
                    return Signature(returnType, parameters) + (isConst ? " const" : string.Empty);
                }
            }
        }

        return null;
    }

    private static string Signature(string returnType, string? parameters)
    {
        var normalized = parameters ?? string.Empty;
        if (normalized.StartsWith("const String", System.StringComparison.Ordinal) && normalized.IndexOf(',') < 0 && normalized[normalized.Length - 1] != '&')
        {
            // Top-level const on a by-value parameter is not part of the function type.
            normalized = "String";
        }

        return returnType + "(" + normalized + ")";
    }

    private bool IsIntReturn(string? returnType)
    {
        if (returnType is null)
        {
            return true;
        }

        var shape = CppTypeShape.Parse(_symbols.ExpandAliases(returnType));
        return !shape.IsArray && shape.PointerDepth == 0 && CloudTypeRules.NormalizeBase(shape.Base) is "int" or "int32_t" or "long" or "signed int";
    }

    private static bool IsStringParameter(string parameters)
        => parameters is "String" or "const String&" or "const String" or "String const&" or "::String" or "const ::String&";
}
