using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// Turns a <see cref="RegistrationSite"/> into a <see cref="Registration"/>: resolves the name (literals,
/// <c>#define</c>, constants, <c>String("x")</c>), the form, the C++ type and the cloud type, and reports the
/// per-registration diagnostics (types, signatures, dangling locals, non-constant names).
/// </summary>
internal sealed class RegistrationResolver
{
    private const int MaxNameDepth = 8;
    private const string NotDeclared = "its declaration is not in this project; declare it in a project file, or bind a named variable";
    private const string NotEvident = "its return type is not evident; write it explicitly ([]() -> int { ... }) or return a typed variable";

    private readonly ProjectSymbols _symbols;
    private readonly ExpressionAnalyzer _expressions;
    private readonly List<FirmwareDiagnostic> _diagnostics;

    public RegistrationResolver(ProjectSymbols symbols, List<FirmwareDiagnostic> diagnostics)
    {
        _symbols = symbols;
        _expressions = new ExpressionAnalyzer(symbols);
        _diagnostics = diagnostics;
    }

    private void Report(string id, FirmwareLocation location, params string[] arguments)
        => _diagnostics.Add(DiagnosticTable.Create(id, location, arguments));

    public Registration? Resolve(RegistrationSite site, bool conditional)
    {
        var kindText = site.Kind == RegistrationKind.Variable ? "variable" : "function";
        var arguments = site.Arguments;
        var maxArguments = 3;
        if (arguments.Count < 2 || arguments.Count > maxArguments || arguments[0].Text.Length == 0 || arguments[1].Text.Length == 0)
        {
            var expected = site.Kind == RegistrationKind.Variable
                ? "(name, variable), (name, callable) or (name, &variable, TYPE)"
                : "(name, handler) or (name, &Class::method, instance)";
            Report(DiagnosticIds.MalformedRegistration, site.Location, site.ApiObject, kindText, arguments.Count + (arguments.Count == 1 ? " argument" : " arguments"), expected);
            return null;
        }

        var context = new ExpressionContext(site.Location.File, site.Location.Start, site.EnclosingFunction, site.EnclosingClass);
        var nameArgument = arguments[0];
        var nameTokens = TokenText.Lex(nameArgument.Text);
        var nameExpression = TokenText.Join(nameArgument.Text, nameTokens, 0, nameTokens.Count);
        var name = ResolveName(nameArgument.Text, nameTokens, 0, nameTokens.Count, context, 0);
        var displayKind = DiagnosticTable.Describe(site.Kind);
        if (name is null)
        {
            Report(DiagnosticIds.NameNotConstant, nameArgument.Location, kindText, nameExpression);
        }

        var label = name ?? nameExpression;
        return site.Kind == RegistrationKind.Variable
            ? ResolveVariable(site, context, name, nameExpression, label, displayKind, conditional)
            : ResolveFunction(site, context, name, nameExpression, label, displayKind, conditional);
    }

    // ── names ───────────────────────────────────────────────────────────────────

    private string? ResolveName(string text, List<FirmwareToken> tokens, int start, int end, ExpressionContext context, int depth)
    {
        ExpressionAnalyzer.StripParentheses(text, tokens, ref start, ref end);
        if (start >= end || depth > MaxNameDepth)
        {
            return null;
        }

        // String("x"), F("x"), PSTR("x") wrap a constant.
        if (end - start >= 3 && tokens[start].Kind == FirmwareTokenKind.Identifier && TokenText.IsPunct(text, tokens[start + 1], "(")
            && TokenText.FindClosing(text, tokens, start + 1, end) == end - 1
            && (TokenText.Is(text, tokens[start], "String") || TokenText.Is(text, tokens[start], "F") || TokenText.Is(text, tokens[start], "PSTR")))
        {
            return ResolveName(text, tokens, start + 2, end - 1, context, depth + 1);
        }

        // Adjacent literals and macros that expand to literals: PREFIX "temp".
        if (StringLiteralDecoder.TryDecodeConcatenation(text, tokens, start, end, out var literal))
        {
            return literal;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind is FirmwareTokenKind.String or FirmwareTokenKind.RawString)
            {
                StringLiteralDecoder.TryDecodeConcatenation(text, tokens, i, i + 1, out var part);
                builder.Append(part);
                continue;
            }

            if (token.Kind != FirmwareTokenKind.Identifier)
            {
                return null;
            }

            var identifier = TokenText.Get(text, token);
            var macro = _symbols.FindMacro(identifier, context.File, context.Offset);
            if (macro is not null)
            {
                if (macro.IsFunctionLike)
                {
                    return null;
                }

                var valueTokens = TokenText.Lex(macro.Value);
                var value = ResolveName(macro.Value, valueTokens, 0, valueTokens.Count, new ExpressionContext(macro.Location.File, macro.Location.Start, null, null), depth + 1);
                if (value is null)
                {
                    return null;
                }

                builder.Append(value);
                continue;
            }

            if (end - start != 1)
            {
                return null;
            }

            var declaration = _symbols.FindValue(identifier, context.File, context.Offset, context.Function, context.Class);
            if (declaration is not { Kind: CppDeclarationKind.Variable, IsConstant: true, Initializer: { } initializer })
            {
                return null;
            }

            var initializerTokens = TokenText.Lex(initializer);
            var initStart = 0;
            var initEnd = initializerTokens.Count;
            if (initEnd >= 2 && TokenText.IsPunct(initializer, initializerTokens[0], "{") && TokenText.IsPunct(initializer, initializerTokens[initEnd - 1], "}"))
            {
                initStart++;
                initEnd--;
            }

            return ResolveName(initializer, initializerTokens, initStart, initEnd, new ExpressionContext(declaration.Location.File, declaration.Location.Start, declaration.Scope, null), depth + 1);
        }

        return builder.ToString();
    }

    // ── variables ───────────────────────────────────────────────────────────────

    private Registration ResolveVariable(RegistrationSite site, ExpressionContext context, string? name, string nameExpression, string label, string displayKind, bool conditional)
    {
        var valueArgument = site.Arguments[1];
        var tokens = TokenText.Lex(valueArgument.Text);
        var handler = TokenText.Join(valueArgument.Text, tokens, 0, tokens.Count);
        var value = _expressions.Analyze(valueArgument.Text, tokens, 0, tokens.Count, context, 0);

        if (site.Arguments.Count == 3)
        {
            return ResolveLegacyVariable(site, context, name, nameExpression, label, displayKind, conditional, value, handler);
        }

        string? cppType = null;
        var cloudType = CloudType.None;
        var form = RegistrationForm.Reference;
        switch (value.Kind)
        {
            case ValueKind.Lambda:
            case ValueKind.Function:
            case ValueKind.FunctionPointer:
            case ValueKind.CallableObject:
                form = RegistrationForm.Calculated;
                if (value.Kind == ValueKind.Lambda)
                {
                    handler = "lambda";
                }

                cppType = value.Type;
                if (!string.IsNullOrEmpty(value.Parameters))
                {
                    Report(DiagnosticIds.UnsupportedVariableType, valueArgument.Location, displayKind, label, handler + " (a callable taking " + value.Parameters + ")");
                    cppType = value.Type is null ? null : value.Type + "(" + value.Parameters + ")";
                }
                else if (value.Type is null)
                {
                    Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, value.IsLambda ? "a lambda" : "'" + handler + "'", NotEvident);
                }
                else
                {
                    cloudType = CloudTypeRules.ForCalculated(value.Type, out var problem);
                    if (problem != CloudTypeProblem.None)
                    {
                        Report(DiagnosticIds.UnsupportedVariableType, valueArgument.Location, displayKind, label, value.Type);
                    }
                }

                break;
            case ValueKind.StringLiteral:
                cppType = value.Type;
                cloudType = CloudType.String;
                break;
            case ValueKind.Object:
                cppType = value.Type;
                if (value.AddressOf && value.Type is not null)
                {
                    // Particle.variable("n", &x): the pointer overload reads x.
                    cppType = value.Subscripted ? ElementPointer(value.Type) : value.Type;
                }
                else if (value.Subscripted && value.Type is not null)
                {
                    cppType = ElementType(value.Type);
                }

                if (cppType is null)
                {
                    Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, "'" + handler + "'", NotDeclared);
                    break;
                }

                cloudType = CheckReferenceType(cppType, valueArgument.Location, displayKind, label, handler);
                CheckStorage(value.Declaration, valueArgument.Location, displayKind, label, handler);
                break;
            default:
                Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, "'" + handler + "'", NotDeclared);
                break;
        }

        return NewRegistration(site, name, nameExpression, cppType, cloudType, form, handler, conditional, value.Declaration);
    }

    private CloudType CheckReferenceType(string cppType, FirmwareLocation location, string displayKind, string label, string handler)
    {
        var cloudType = CloudTypeRules.ForReference(cppType, _symbols, out var problem);
        switch (problem)
        {
            case CloudTypeProblem.FloatByReference:
                Report(DiagnosticIds.FloatVariableByReference, location, displayKind, label, handler);
                break;
            case CloudTypeProblem.BindsTemporary:
                Report(DiagnosticIds.VariableBindsTemporary, location, displayKind, label, handler, cppType);
                break;
            case CloudTypeProblem.Unsupported:
                Report(DiagnosticIds.UnsupportedVariableType, location, displayKind, label, cppType);
                break;
        }

        return cloudType;
    }

    private void CheckStorage(CppDeclaration? declaration, FirmwareLocation location, string displayKind, string label, string handler)
    {
        if (declaration is { Storage: CppStorage.Local or CppStorage.Parameter })
        {
            Report(DiagnosticIds.VariableBoundToLocal, location, displayKind, label, handler, declaration.Scope ?? "the function");
        }
    }

    private static string ElementType(string type)
    {
        var shape = CppTypeShape.Parse(type);
        if (shape.IsArray || shape.PointerDepth > 0)
        {
            return (shape.IsConst ? "const " : string.Empty) + shape.Base + new string('*', shape.IsArray ? shape.PointerDepth : shape.PointerDepth - 1);
        }

        return type;
    }

    private static string ElementPointer(string type) => ElementType(type) + "*";

    private Registration ResolveLegacyVariable(RegistrationSite site, ExpressionContext context, string? name, string nameExpression, string label, string displayKind, bool conditional, ValueInfo value, string handler)
    {
        var valueArgument = site.Arguments[1];
        var tagArgument = site.Arguments[2];
        var tagTokens = TokenText.Lex(tagArgument.Text);
        var tag = TokenText.Join(tagArgument.Text, tagTokens, 0, tagTokens.Count);
        var cloudType = CloudTypeRules.ForLegacyTag(tag);
        if (cloudType == CloudType.None)
        {
            Report(DiagnosticIds.MalformedRegistration, tagArgument.Location, site.ApiObject, "variable", "type tag '" + tag + "'", "INT, DOUBLE, STRING or BOOLEAN as the third argument");
            return NewRegistration(site, name, nameExpression, null, CloudType.None, RegistrationForm.LegacyPointer, handler, conditional, value.Declaration);
        }

        string? cppType = value.Kind == ValueKind.StringLiteral ? value.Type : value.Kind == ValueKind.Object ? value.Type : null;
        if (value.Kind == ValueKind.Object && value.Subscripted && cppType is not null)
        {
            // &buf[0] is a char*; buf[0] a char.
            cppType = value.AddressOf ? ElementPointer(cppType) : ElementType(cppType);
        }

        if (value.Kind is ValueKind.Unresolved or ValueKind.Other || (value.Kind == ValueKind.Object && cppType is null))
        {
            Report(DiagnosticIds.UnresolvedVariableType, valueArgument.Location, displayKind, label, "'" + handler + "'", NotDeclared);
            return NewRegistration(site, name, nameExpression, null, cloudType, RegistrationForm.LegacyPointer, handler, conditional, value.Declaration);
        }

        if (cppType is not null)
        {
            var problem = LegacyTagProblem(cloudType, cppType, value);
            if (problem is not null)
            {
                Report(DiagnosticIds.LegacyTypeTagMismatch, valueArgument.Location, displayKind, label, handler, cppType, tag, problem);
            }
        }

        CheckStorage(value.Declaration, valueArgument.Location, displayKind, label, handler);
        return NewRegistration(site, name, nameExpression, cppType, cloudType, RegistrationForm.LegacyPointer, handler, conditional, value.Declaration);
    }

    private static string? LegacyTagProblem(CloudType tag, string cppType, ValueInfo value)
    {
        var shape = CppTypeShape.Parse(cppType);
        var baseType = CloudTypeRules.NormalizeBase(shape.Base);
        var isScalar = !shape.IsArray && shape.PointerDepth == 0;
        switch (tag)
        {
            case CloudType.String:
                if (value.Kind == ValueKind.StringLiteral || (value.AddressOf && value.Subscripted && shape.PointerDepth == 1 && CloudTypeRules.IsCharLike(baseType)))
                {
                    // "text" and &buf[0].
                    return null;
                }

                if (baseType == "String" && isScalar)
                {
                    return value.AddressOf ? null : "pass &" + value.Name + " (the String object's address), or declare it as char " + value.Name + "[]";
                }

                if (shape.IsArray && CloudTypeRules.IsCharLike(baseType))
                {
                    return value.AddressOf && !value.Subscripted ? "pass the array without & in front of it" : null;
                }

                if (shape.PointerDepth == 1 && CloudTypeRules.IsCharLike(baseType))
                {
                    return value.AddressOf ? "pass the pointer without &" : null;
                }

                return "STRING needs a char array, a char pointer or &aStringObject";
            case CloudType.Int32:
                if (!value.AddressOf)
                {
                    return "pass its address: &" + value.Name;
                }

                return isScalar && (baseType is "int" or "int32_t" or "uint32_t" or "long" or "unsigned long" or "signed int") ? null : "INT needs an int, int32_t or uint32_t variable";
            case CloudType.Double:
                if (!value.AddressOf)
                {
                    return "pass its address: &" + value.Name;
                }

                return isScalar && baseType == "double" ? null : "DOUBLE needs a double variable";
            case CloudType.Bool:
                if (!value.AddressOf)
                {
                    return "pass its address: &" + value.Name;
                }

                return isScalar && baseType == "bool" ? null : "BOOLEAN needs a bool variable";
            default:
                return null;
        }
    }

    // ── functions ───────────────────────────────────────────────────────────────

    private Registration ResolveFunction(RegistrationSite site, ExpressionContext context, string? name, string nameExpression, string label, string displayKind, bool conditional)
    {
        var handlerArgument = site.Arguments[1];
        var text = handlerArgument.Text;
        var tokens = TokenText.Lex(text);
        var handler = TokenText.Join(text, tokens, 0, tokens.Count);
        var start = 0;
        var end = tokens.Count;
        ExpressionAnalyzer.StripParentheses(text, tokens, ref start, ref end);

        var instance = site.Arguments.Count == 3 ? site.Arguments[2].Text.Trim() : null;
        var hasInstance = instance is not null && instance is not ("nullptr" or "NULL" or "0");

        // static_cast<int (Class::*)(String)>(&Class::method)
        string? castSignature = null;
        if (start + 1 < end && TokenText.IsWord(text, tokens[start], "static_cast") && TokenText.IsPunct(text, tokens[start + 1], "<"))
        {
            var close = TokenText.FindTemplateClosing(text, tokens, start + 1, end);
            if (close > 0 && close + 1 < end && TokenText.IsPunct(text, tokens[close + 1], "("))
            {
                castSignature = CastSignature(text, tokens, start + 2, close);
                start = close + 2;
                end = TokenText.FindClosing(text, tokens, close + 1, end) is var inner && inner > 0 ? inner : end;
            }
        }

        var isAddress = start < end && TokenText.IsPunct(text, tokens[start], "&");
        var nameStart = isAddress ? start + 1 : start;

        // &Class::method with an instance: a member function bound to an object.
        if (hasInstance && IsQualifiedName(text, tokens, nameStart, end, out var className, out var methodName))
        {
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

        var value = _expressions.Analyze(text, tokens, start, end, context, 0);
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
                if (start < end && tokens[start].Kind == FirmwareTokenKind.Identifier && TokenText.FindClosing(text, tokens, start + 1, end) == end - 1 && value.Kind == ValueKind.Other)
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

    private static bool IsQualifiedName(string text, List<FirmwareToken> tokens, int start, int end, out string className, out string memberName)
    {
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

    private static string? CastSignature(string text, List<FirmwareToken> tokens, int start, int end)
    {
        // int (Class::*)(String)
        for (var i = start; i < end; i++)
        {
            if (TokenText.IsPunct(text, tokens[i], "(") && i + 1 < end && !TokenText.IsPunct(text, tokens[i + 1], ")"))
            {
                var close = TokenText.FindClosing(text, tokens, i, end);
                if (close > 0 && close + 1 < end && TokenText.IsPunct(text, tokens[close + 1], "("))
                {
                    var parametersClose = TokenText.FindClosing(text, tokens, close + 1, end);
                    if (parametersClose < 0)
                    {
                        return null;
                    }

                    var returnType = TokenText.Join(text, tokens, start, i);
                    var parameters = CppParameterList.Parse(text, tokens, close + 2, parametersClose, null);
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

    private static Registration NewRegistration(RegistrationSite site, string? name, string nameExpression, string? cppType, CloudType cloudType, RegistrationForm form, string? handler, bool conditional, CppDeclaration? declaration)
    {
        string? declarationText = null;
        FirmwareLocation? declarationLocation = null;
        if (declaration is not null)
        {
            declarationText = declaration.Kind == CppDeclarationKind.Function
                ? declaration.Type + " " + (declaration.Scope is null ? string.Empty : declaration.Scope + "::") + declaration.Name + "(" + declaration.Parameters + ")"
                : DeclarationText(declaration);
            declarationLocation = declaration.Location;
        }

        return new Registration(site.Kind, name, nameExpression, cppType, cloudType, form, handler, site.Location, conditional, declarationText, declarationLocation);
    }

    private static string DeclarationText(CppDeclaration declaration)
    {
        var type = declaration.Type;
        var bracket = type.IndexOf('[');
        if (bracket < 0)
        {
            return type + " " + declaration.Name;
        }

        // char location[64], not char[64] location.
        return new System.Text.StringBuilder(type.Length + declaration.Name.Length + 1)
            .Append(type, 0, bracket)
            .Append(' ')
            .Append(declaration.Name)
            .Append(type, bracket, type.Length - bracket)
            .ToString();
    }
}
