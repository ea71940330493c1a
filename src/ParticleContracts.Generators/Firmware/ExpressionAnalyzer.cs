using System.Collections.Generic;

namespace ParticleContracts.Generators.Firmware;

/// <summary>Where an expression is evaluated: the file position and enclosing function/class of a registration.</summary>
internal readonly record struct ExpressionContext(string File, int Offset, string? Function, string? Class);

/// <summary>What an argument expression turned out to be.</summary>
internal enum ValueKind
{
    /// <summary>Not understood (a call result, arithmetic, ...).</summary>
    Other,

    /// <summary>A name that no declaration in the project matches.</summary>
    Unresolved,

    /// <summary>An object: a variable, member, array element.</summary>
    Object,

    /// <summary>A string literal.</summary>
    StringLiteral,

    /// <summary>A lambda expression written in place.</summary>
    Lambda,

    /// <summary>A function, function template instance or static member function.</summary>
    Function,

    /// <summary>A function pointer variable.</summary>
    FunctionPointer,

    /// <summary>A <c>std::function</c> or other callable object, or an <c>auto</c> variable holding a lambda.</summary>
    CallableObject,
}

/// <summary>The analysis of one argument expression.</summary>
internal sealed class ValueInfo
{
    public ValueKind Kind { get; set; }

    public CppDeclaration? Declaration { get; set; }

    /// <summary>Objects: the (alias-expanded) type. Callables: the return type. Null when unknown.</summary>
    public string? Type { get; set; }

    /// <summary>Callables: the parameter types joined with <c>,</c>.</summary>
    public string? Parameters { get; set; }

    public bool AddressOf { get; set; }

    public bool Subscripted { get; set; }

    /// <summary>The unresolved name, for messages.</summary>
    public string? Name { get; set; }

    /// <summary>True when the callable is a lambda (in place or in an <c>auto</c> variable).</summary>
    public bool IsLambda { get; set; }
}

/// <summary>
/// Resolves registration argument expressions against the project's declarations: identifiers, member access
/// (<c>obj.x</c>, <c>ptr-&gt;x</c>, <c>this-&gt;x</c>, <c>Class::x</c>), template instances, lambdas and the
/// evident type of simple expressions (literals, casts, calls of known functions).
/// </summary>
internal sealed class ExpressionAnalyzer
{
    private const int MaxDepth = 8;

    private readonly ProjectSymbols _symbols;
    private List<(string Type, string? Name, FirmwareToken NameToken)>? _lambdaParameters;

    public ExpressionAnalyzer(ProjectSymbols symbols) => _symbols = symbols;

    private static bool Word(string text, List<FirmwareToken> tokens, int i, string value) => i < tokens.Count && TokenText.IsWord(text, tokens[i], value);

    private static bool Punct(string text, List<FirmwareToken> tokens, int i, string value) => i < tokens.Count && TokenText.IsPunct(text, tokens[i], value);

    /// <summary>Strips parentheses that wrap the whole range.</summary>
    public static void StripParentheses(string text, List<FirmwareToken> tokens, ref int start, ref int end)
    {
        while (end - start >= 2 && Punct(text, tokens, start, "(") && TokenText.FindClosing(text, tokens, start, end) == end - 1)
        {
            start++;
            end--;
        }
    }

    public ValueInfo Analyze(string text, ExpressionContext context) => Analyze(text, TokenText.Lex(text), 0, -1, context, 0);

    public ValueInfo Analyze(string text, List<FirmwareToken> tokens, int start, int end, ExpressionContext context, int depth)
    {
        if (end < 0)
        {
            end = tokens.Count;
        }

        var info = new ValueInfo { Kind = ValueKind.Other };
        StripParentheses(text, tokens, ref start, ref end);
        if (start >= end || depth > MaxDepth)
        {
            return info;
        }

        if (Punct(text, tokens, start, "&"))
        {
            info.AddressOf = true;
            start++;
            StripParentheses(text, tokens, ref start, ref end);
            if (start >= end)
            {
                return info;
            }
        }

        if (Punct(text, tokens, start, "["))
        {
            var lambda = ParseLambda(text, tokens, start, end, context, depth);
            if (lambda is null)
            {
                return info;
            }

            info.Kind = ValueKind.Lambda;
            info.IsLambda = true;
            info.Parameters = lambda.Value.Parameters;
            info.Type = lambda.Value.ReturnType;
            return info;
        }

        if (tokens[start].Kind is FirmwareTokenKind.String or FirmwareTokenKind.RawString)
        {
            info.Kind = ValueKind.StringLiteral;
            info.Type = "const char*";
            for (var i = start; i < end; i++)
            {
                if (tokens[i].Kind is not (FirmwareTokenKind.String or FirmwareTokenKind.RawString))
                {
                    info.Kind = ValueKind.Other;
                    info.Type = null;
                }
            }

            return info;
        }

        if (tokens[start].Kind != FirmwareTokenKind.Identifier)
        {
            return info;
        }

        // The first name: this->x, Class::x, ns::x, name<T>, name.
        var i0 = start;
        CppDeclaration? declaration;
        string? templateArgument = null;
        if (Word(text, tokens, i0, "this") && Punct(text, tokens, i0 + 1, "->") && i0 + 2 < end && tokens[i0 + 2].Kind == FirmwareTokenKind.Identifier)
        {
            info.Name = TokenText.Get(text, tokens[i0 + 2]);
            declaration = _symbols.FindMember(context.Class, info.Name);
            i0 += 3;
        }
        else
        {
            string? qualifier = null;
            while (Punct(text, tokens, i0 + 1, "::") && i0 + 2 < end && tokens[i0 + 2].Kind == FirmwareTokenKind.Identifier)
            {
                qualifier = TokenText.Get(text, tokens[i0]);
                i0 += 2;
            }

            info.Name = TokenText.Get(text, tokens[i0]);
            if (qualifier is not null && _symbols.IsClass(qualifier))
            {
                declaration = _symbols.FindMember(qualifier, info.Name);
            }
            else if (qualifier is not null)
            {
                declaration = _symbols.FindGlobal(info.Name, context.File) ?? _symbols.FindMember(null, info.Name);
            }
            else
            {
                declaration = _symbols.FindValue(info.Name, context.File, context.Offset, context.Function, context.Class);
            }

            i0++;
            if (Punct(text, tokens, i0, "<"))
            {
                var close = TokenText.FindTemplateClosing(text, tokens, i0, end);
                if (close < 0)
                {
                    return info;
                }

                templateArgument = TokenText.Join(text, tokens, i0 + 1, close);
                i0 = close + 1;
            }
        }

        // Member access chains.
        while (declaration is not null && i0 + 1 < end && (Punct(text, tokens, i0, ".") || Punct(text, tokens, i0, "->")) && tokens[i0 + 1].Kind == FirmwareTokenKind.Identifier)
        {
            var memberName = TokenText.Get(text, tokens[i0 + 1]);
            var ownerType = CppTypeShape.Parse(_symbols.ExpandAliases(declaration.Type)).Base;
            declaration = _symbols.FindMember(_symbols.IsClass(ownerType) || ownerType.StartsWith("<anonymous", System.StringComparison.Ordinal) ? ProjectSymbols.StripQualifier(ownerType) : null, memberName)
                ?? _symbols.FindMember(null, memberName);
            info.Name = memberName;
            i0 += 2;
        }

        if (declaration is null)
        {
            info.Kind = i0 == end || Punct(text, tokens, i0, "[") ? ValueKind.Unresolved : ValueKind.Other;
            return info;
        }

        if (Punct(text, tokens, i0, "["))
        {
            var close = TokenText.FindClosing(text, tokens, i0, end);
            if (close < 0)
            {
                return info;
            }

            info.Subscripted = true;
            i0 = close + 1;
        }

        if (i0 != end)
        {
            // A call or an operator: the value is a temporary the reader does not type.
            info.Declaration = declaration;
            return info;
        }

        info.Declaration = declaration;
        Classify(info, declaration, templateArgument, context, depth);
        return info;
    }

    private void Classify(ValueInfo info, CppDeclaration declaration, string? templateArgument, ExpressionContext context, int depth)
    {
        if (declaration.Kind == CppDeclarationKind.Function)
        {
            info.Kind = ValueKind.Function;
            info.Parameters = declaration.Parameters;
            info.Type = declaration.Type;
            if (templateArgument is not null && declaration.TemplateParameters is { } templateParameters)
            {
                var first = templateParameters.Split(',')[0];
                var shape = CppTypeShape.Parse(declaration.Type);
                if (shape.Base == first)
                {
                    info.Type = shape.WithBase(templateArgument);
                }
            }

            info.Type = _symbols.ExpandAliases(info.Type);
            return;
        }

        if (declaration.IsFunctionPointer)
        {
            info.Kind = ValueKind.FunctionPointer;
            info.Parameters = declaration.Parameters;
            info.Type = _symbols.ExpandAliases(declaration.Type.TrimEnd('*', ' '));
            return;
        }

        var type = _symbols.ExpandAliases(declaration.Type);
        var alias = _symbols.FindAlias(CppTypeShape.Parse(declaration.Type).Base);
        if (alias is not null && alias.IsFunctionPointer)
        {
            info.Kind = ValueKind.FunctionPointer;
            info.Parameters = alias.Parameters;
            info.Type = _symbols.ExpandAliases(alias.Type);
            return;
        }

        if (TrySplitStdFunction(type, out var returnType, out var parameters))
        {
            info.Kind = ValueKind.CallableObject;
            info.Type = _symbols.ExpandAliases(returnType);
            info.Parameters = parameters;
            return;
        }

        if (CppTypeShape.Parse(type).Base == "auto" && declaration.Initializer is { } initializer)
        {
            var tokens = TokenText.Lex(initializer);
            var start = 0;
            var end = tokens.Count;
            StripParentheses(initializer, tokens, ref start, ref end);
            if (start < end && Punct(initializer, tokens, start, "["))
            {
                var lambda = ParseLambda(initializer, tokens, start, end, context, depth + 1);
                info.Kind = ValueKind.CallableObject;
                info.IsLambda = true;
                info.Parameters = lambda?.Parameters;
                info.Type = lambda?.ReturnType;
                return;
            }

            info.Kind = ValueKind.Object;
            info.Type = EvidentType(initializer, tokens, start, end, context, depth + 1);
            return;
        }

        info.Kind = ValueKind.Object;
        info.Type = type;
    }

    /// <summary>Splits <c>std::function&lt;R(P)&gt;</c> into R and P.</summary>
    public static bool TrySplitStdFunction(string type, out string returnType, out string parameters)
    {
        returnType = string.Empty;
        parameters = string.Empty;
        var shape = CppTypeShape.Parse(type);
        var baseType = shape.Base;
        var open = baseType.IndexOf("function<", System.StringComparison.Ordinal);
        if (open < 0 || shape.PointerDepth > 0 || baseType[baseType.Length - 1] != '>')
        {
            return false;
        }

        var inner = baseType.Substring(open + "function<".Length, baseType.Length - open - "function<".Length - 1);
        var tokens = TokenText.Lex(inner);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TokenText.IsPunct(inner, tokens[i], "("))
            {
                var close = TokenText.FindClosing(inner, tokens, i, tokens.Count);
                if (close < 0)
                {
                    return false;
                }

                returnType = TokenText.Join(inner, tokens, 0, i);
                parameters = CppParameterList.Parse(inner, tokens, i + 1, close, null);
                return returnType.Length > 0;
            }
        }

        return false;
    }

    /// <summary>A lambda's parameters and (explicit or evidently deduced) return type.</summary>
    public (string Parameters, string? ReturnType)? ParseLambda(string text, List<FirmwareToken> tokens, int start, int end, ExpressionContext context, int depth)
    {
        var captureClose = TokenText.FindClosing(text, tokens, start, end);
        if (captureClose < 0)
        {
            return null;
        }

        var i = captureClose + 1;
        var parameters = string.Empty;
        List<(string Type, string? Name, FirmwareToken NameToken)>? parameterList = null;
        if (Punct(text, tokens, i, "("))
        {
            var close = TokenText.FindClosing(text, tokens, i, end);
            if (close < 0)
            {
                return null;
            }

            parameterList = new List<(string Type, string? Name, FirmwareToken NameToken)>();
            parameters = CppParameterList.Parse(text, tokens, i + 1, close, parameterList);
            i = close + 1;
        }

        while (i < end && tokens[i].Kind == FirmwareTokenKind.Identifier)
        {
            // mutable, constexpr, noexcept, ...
            i++;
        }

        string? returnType = null;
        if (Punct(text, tokens, i, "->"))
        {
            var typeStart = i + 1;
            while (i < end && !Punct(text, tokens, i, "{"))
            {
                i++;
            }

            returnType = TokenText.Join(text, tokens, typeStart, i);
        }

        if (!Punct(text, tokens, i, "{"))
        {
            return (parameters, returnType);
        }

        var bodyClose = TokenText.FindClosing(text, tokens, i, end);
        if (bodyClose < 0)
        {
            bodyClose = end;
        }

        if (returnType is not null)
        {
            return (parameters, _symbols.ExpandAliases(returnType));
        }

        var outer = _lambdaParameters;
        _lambdaParameters = parameterList;
        try
        {
            return (parameters, DeduceReturnType(text, tokens, i + 1, bodyClose, context, depth));
        }
        finally
        {
            _lambdaParameters = outer;
        }
    }

    private string? DeduceReturnType(string text, List<FirmwareToken> tokens, int start, int end, ExpressionContext context, int depth)
    {
        string? deduced = null;
        var sawReturn = false;
        for (var i = start; i < end; i++)
        {
            if (Punct(text, tokens, i, "["))
            {
                // Skip nested lambdas: their returns are not ours.
                var close = TokenText.FindClosing(text, tokens, i, end);
                if (close > 0 && (Punct(text, tokens, close + 1, "(") || Punct(text, tokens, close + 1, "{")))
                {
                    var j = close + 1;
                    while (j < end && !Punct(text, tokens, j, "{"))
                    {
                        j++;
                    }

                    var bodyClose = TokenText.FindClosing(text, tokens, j, end);
                    if (bodyClose > 0)
                    {
                        i = bodyClose;
                        continue;
                    }
                }
            }

            if (!Word(text, tokens, i, "return"))
            {
                continue;
            }

            sawReturn = true;
            var expressionEnd = i + 1;
            var nesting = 0;
            while (expressionEnd < end)
            {
                if (Punct(text, tokens, expressionEnd, "(") || Punct(text, tokens, expressionEnd, "[") || Punct(text, tokens, expressionEnd, "{"))
                {
                    nesting++;
                }
                else if (Punct(text, tokens, expressionEnd, ")") || Punct(text, tokens, expressionEnd, "]") || Punct(text, tokens, expressionEnd, "}"))
                {
                    nesting--;
                }
                else if (nesting <= 0 && Punct(text, tokens, expressionEnd, ";"))
                {
                    break;
                }

                expressionEnd++;
            }

            if (expressionEnd == i + 1)
            {
                return "void";
            }

            var type = EvidentType(text, tokens, i + 1, expressionEnd, context, depth + 1);
            if (type is null)
            {
                return null;
            }

            if (deduced is not null && deduced != type)
            {
                return null;
            }

            deduced = type;
            i = expressionEnd;
        }

        return sawReturn ? deduced : "void";
    }

    /// <summary>The type of an expression when it is evident: literals, casts, comparisons, known names and calls.</summary>
    public string? EvidentType(string text, List<FirmwareToken> tokens, int start, int end, ExpressionContext context, int depth)
    {
        StripParentheses(text, tokens, ref start, ref end);
        if (start >= end || depth > MaxDepth)
        {
            return null;
        }

        var first = tokens[start];
        if (end - start == 1)
        {
            switch (first.Kind)
            {
                case FirmwareTokenKind.Number:
                    return NumberType(text, first);
                case FirmwareTokenKind.String:
                case FirmwareTokenKind.RawString:
                    return "const char*";
                case FirmwareTokenKind.Char:
                    return "char";
                case FirmwareTokenKind.Identifier:
                    if (TokenText.Is(text, first, "true") || TokenText.Is(text, first, "false"))
                    {
                        return "bool";
                    }

                    var identifier = TokenText.Get(text, first);
                    if (_lambdaParameters is not null)
                    {
                        foreach (var parameter in _lambdaParameters)
                        {
                            if (parameter.Name == identifier)
                            {
                                return parameter.Type;
                            }
                        }
                    }

                    var declaration = _symbols.FindValue(identifier, context.File, context.Offset, context.Function, context.Class);
                    return declaration is { Kind: CppDeclarationKind.Variable, IsFunctionPointer: false } && CppTypeShape.Parse(declaration.Type).Base != "auto"
                        ? _symbols.ExpandAliases(declaration.Type)
                        : null;
            }

            return null;
        }

        // A top-level conditional operator has the type of its branches (it binds looser than comparisons).
        var depth0 = 0;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != FirmwareTokenKind.Punctuator)
            {
                continue;
            }

            if (TokenText.Is(text, token, "(") || TokenText.Is(text, token, "[") || TokenText.Is(text, token, "{"))
            {
                depth0++;
            }
            else if (TokenText.Is(text, token, ")") || TokenText.Is(text, token, "]") || TokenText.Is(text, token, "}"))
            {
                depth0--;
            }
            else if (depth0 == 0 && TokenText.Is(text, token, "?"))
            {
                var colon = -1;
                var brackets = 0;
                var questions = 0;
                for (var j = i + 1; j < end && colon < 0; j++)
                {
                    if (Punct(text, tokens, j, "(") || Punct(text, tokens, j, "["))
                    {
                        brackets++;
                    }
                    else if (Punct(text, tokens, j, ")") || Punct(text, tokens, j, "]"))
                    {
                        brackets--;
                    }
                    else if (brackets == 0 && Punct(text, tokens, j, "?"))
                    {
                        questions++;
                    }
                    else if (brackets == 0 && Punct(text, tokens, j, ":"))
                    {
                        if (questions == 0)
                        {
                            colon = j;
                        }
                        else
                        {
                            questions--;
                        }
                    }
                }

                if (colon < 0)
                {
                    return null;
                }

                var whenTrue = EvidentType(text, tokens, i + 1, colon, context, depth + 1);
                var whenFalse = EvidentType(text, tokens, colon + 1, end, context, depth + 1);
                return whenTrue == whenFalse ? whenTrue : null;
            }
        }

        // Top-level comparison or logical operators make a bool.
        var nesting = 0;
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != FirmwareTokenKind.Punctuator)
            {
                continue;
            }

            if (TokenText.Is(text, token, "(") || TokenText.Is(text, token, "[") || TokenText.Is(text, token, "{"))
            {
                nesting++;
            }
            else if (TokenText.Is(text, token, ")") || TokenText.Is(text, token, "]") || TokenText.Is(text, token, "}"))
            {
                nesting--;
            }
            else if (nesting == 0 && (TokenText.Is(text, token, "==") || TokenText.Is(text, token, "!=") || TokenText.Is(text, token, "<=")
                || TokenText.Is(text, token, "<") || TokenText.Is(text, token, ">")
                || TokenText.Is(text, token, ">=") || TokenText.Is(text, token, "&&") || TokenText.Is(text, token, "||")
                || (i == start && TokenText.Is(text, token, "!"))))
            {
                return "bool";
            }
        }

        // C-style cast: (int)(expr).
        if (Punct(text, tokens, start, "("))
        {
            var close = TokenText.FindClosing(text, tokens, start, end);
            if (close > start + 1 && close < end - 1 && LooksLikeType(text, tokens, start + 1, close))
            {
                return TokenText.Join(text, tokens, start + 1, close);
            }

            return null;
        }

        // static_cast<T>(expr) and friends.
        if ((Word(text, tokens, start, "static_cast") || Word(text, tokens, start, "reinterpret_cast") || Word(text, tokens, start, "const_cast"))
            && Punct(text, tokens, start + 1, "<"))
        {
            var close = TokenText.FindTemplateClosing(text, tokens, start + 1, end);
            return close < 0 ? null : TokenText.Join(text, tokens, start + 2, close);
        }

        // name(...) spanning the whole expression: String(...), a known function, a constructor.
        if (first.Kind == FirmwareTokenKind.Identifier && Punct(text, tokens, start + 1, "(") && TokenText.FindClosing(text, tokens, start + 1, end) == end - 1)
        {
            var name = TokenText.Get(text, first);
            if (name == "String")
            {
                return "String";
            }

            var declaration = _symbols.FindValue(name, context.File, context.Offset, context.Function, context.Class);
            if (declaration is { Kind: CppDeclarationKind.Function })
            {
                return _symbols.ExpandAliases(declaration.Type);
            }

            return _symbols.IsClass(name) ? name : null;
        }

        return null;
    }

    private static bool LooksLikeType(string text, List<FirmwareToken> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == FirmwareTokenKind.Identifier || TokenText.IsPunct(text, token, "*") || TokenText.IsPunct(text, token, "::"))
            {
                continue;
            }

            return false;
        }

        return tokens[start].Kind == FirmwareTokenKind.Identifier;
    }

    private static string NumberType(string text, FirmwareToken token)
    {
        var isHex = token.Length > 1 && text[token.Start] == '0' && (text[token.Start + 1] == 'x' || text[token.Start + 1] == 'X');
        if (isHex)
        {
            return "int";
        }

        var last = text[token.End - 1];
        var hasPoint = false;
        for (var i = token.Start; i < token.End; i++)
        {
            var c = text[i];
            if (c == '.' || c == 'e' || c == 'E')
            {
                hasPoint = true;
            }
        }

        if (hasPoint)
        {
            return last == 'f' || last == 'F' ? "float" : "double";
        }

        return "int";
    }
}
