using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>
/// Resolves registration argument expressions against the project's declarations: identifiers, member access
/// (<c>obj.x</c>, <c>ptr-&gt;x</c>, <c>this-&gt;x</c>, <c>Class::x</c>), template instances, lambdas and the
/// evident type of simple expressions (literals, casts, calls of known functions).
/// </summary>
internal sealed partial class ExpressionTypeEvaluator
{
    private const int MaxDepth = 8;

    private readonly ProjectSymbols _symbols;
    private List<(string Type, string? Name, FirmwareToken NameToken)>? _lambdaParameters;

    public ExpressionTypeEvaluator(ProjectSymbols symbols) => _symbols = symbols;

    private static bool Word(string text, IReadOnlyList<FirmwareToken> tokens, int i, string value) => i < tokens.Count && TokenText.IsWord(text, tokens[i], value);

    private static bool Punct(string text, IReadOnlyList<FirmwareToken> tokens, int i, string value) => i < tokens.Count && TokenText.IsPunct(text, tokens[i], value);

    /// <summary>Strips parentheses that wrap the whole range, in one pass however many there are.</summary>
    public static void StripParentheses(ref TokenRange range)
    {
        var leading = 0;
        while (range.Start + leading < range.End && range.Punct(range.Start + leading, "("))
        {
            leading++;
        }

        leading = System.Math.Min(leading, range.Length / 2);
        if (leading == 0)
        {
            return;
        }

        // closes[d]: where the leading parenthesis at depth d (0 = outermost) closes.
        var closes = new int[leading];
        for (var d = 0; d < leading; d++)
        {
            closes[d] = -1;
        }

        var depth = 0;
        for (var i = range.Start; i < range.End && depth >= 0; i++)
        {
            var delta = TokenText.BracketDelta(range.Text, range[i]);
            depth += delta;
            if (delta < 0 && depth >= 0 && depth < leading && closes[depth] < 0)
            {
                closes[depth] = i;
            }
        }

        var strip = 0;
        while (strip < leading && closes[strip] == range.End - 1 - strip)
        {
            strip++;
        }

        range = range.Sub(range.Start + strip, range.End - strip);
    }

    /// <summary>What the expression <paramref name="expression"/> is, and its type when the reader can tell.</summary>
    public ValueInfo Evaluate(TokenRange expression, ExpressionContext context, int depth)
    {
        var info = new ValueInfo { Kind = ValueKind.Other };
        StripParentheses(ref expression);
        if (expression.IsEmpty || depth > MaxDepth)
        {
            return info;
        }

        if (expression.Punct(expression.Start, "&"))
        {
            info.AddressOf = true;
            expression = expression.From(expression.Start + 1);
            StripParentheses(ref expression);
            if (expression.IsEmpty)
            {
                return info;
            }
        }

        var first = expression[expression.Start];
        if (expression.Punct(expression.Start, "["))
        {
            var lambda = ParseLambda(expression, context, depth);
            if (lambda is not null)
            {
                info.Kind = ValueKind.Lambda;
                info.IsLambda = true;
                info.Parameters = lambda.Value.Parameters;
                info.Type = lambda.Value.ReturnType;
            }
        }
        else if (first.Kind is FirmwareTokenKind.String or FirmwareTokenKind.RawString)
        {
            var allLiterals = true;
            for (var i = expression.Start; i < expression.End; i++)
            {
                allLiterals &= expression[i].Kind is FirmwareTokenKind.String or FirmwareTokenKind.RawString;
            }

            info.Kind = allLiterals ? ValueKind.StringLiteral : ValueKind.Other;
            info.Type = allLiterals ? "const char*" : null;
        }
        else if (StdFunctionTemporary(expression) is { } callable)
        {
            info.Kind = ValueKind.CallableObject;
            info.Type = _symbols.ExpandAliases(callable.ReturnType);
            info.Parameters = callable.Parameters;
        }
        else if (first.Kind == FirmwareTokenKind.Identifier)
        {
            EvaluateName(info, expression, context, depth);
        }

        return info;
    }

    /// <summary>A name and what follows it: <c>this-&gt;x</c>, <c>Class::x</c>, <c>name&lt;T&gt;</c>, <c>a.b-&gt;c</c>, <c>buf[0]</c>.</summary>
    private void EvaluateName(ValueInfo info, TokenRange expression, ExpressionContext context, int depth)
    {
        var end = expression.End;
        var i = FindFirstName(info, expression, context, out var declaration, out var templateArgument);
        if (i < 0)
        {
            return;
        }

        // Member access chains.
        while (declaration is not null && i + 1 < end && (expression.Punct(i, ".") || expression.Punct(i, "->")) && expression[i + 1].Kind == FirmwareTokenKind.Identifier)
        {
            var memberName = expression.Get(i + 1);
            var ownerType = CppTypeShape.Parse(_symbols.ExpandAliases(declaration.Type)).Base;
            declaration = _symbols.FindMember(_symbols.IsClass(ownerType) || ownerType.StartsWith("<anonymous", System.StringComparison.Ordinal) ? ProjectSymbols.StripQualifier(ownerType) : null, memberName)
                ?? _symbols.FindMember(null, memberName);
            info.Name = memberName;
            i += 2;
        }

        if (declaration is null)
        {
            info.Kind = i == end || expression.Punct(i, "[") ? ValueKind.Unresolved : ValueKind.Other;
            return;
        }

        if (expression.Punct(i, "["))
        {
            var close = expression.FindClosing(i);
            if (close < 0)
            {
                return;
            }

            info.Subscripted = true;
            i = close + 1;
        }

        info.Declaration = declaration;
        if (i == end)
        {
            Classify(info, declaration, templateArgument, context, depth);
        }
        else if (declaration.Kind == CppDeclarationKind.Function && expression.Punct(i, "(") && expression.FindClosing(i) == end - 1)
        {
            ClassifyCallResult(info, declaration, templateArgument);
        }

        // Otherwise an operator follows: the value is a temporary the reader does not type.
    }

    /// <summary>
    /// A call whose result is a callable: a factory returning <c>std::function&lt;R()&gt;</c>. Any other call result is a
    /// temporary the reader does not type.
    /// </summary>
    private void ClassifyCallResult(ValueInfo info, CppDeclaration function, string? templateArgument)
    {
        var returnType = templateArgument is null ? function.Type : InstanceReturnType(function, templateArgument);
        if (returnType is not null && TrySplitStdFunction(_symbols.ExpandAliases(returnType), out var callableReturn, out var parameters))
        {
            info.Kind = ValueKind.CallableObject;
            info.Type = _symbols.ExpandAliases(callableReturn);
            info.Parameters = parameters;
        }
    }

    /// <summary>Looks up the first (possibly qualified or templated) name; returns the index after it, or -1.</summary>
    private int FindFirstName(ValueInfo info, TokenRange expression, ExpressionContext context, out CppDeclaration? declaration, out string? templateArgument)
    {
        var i = expression.Start;
        var end = expression.End;
        templateArgument = null;
        if (expression.Word(i, "this") && expression.Punct(i + 1, "->") && i + 2 < end && expression[i + 2].Kind == FirmwareTokenKind.Identifier)
        {
            info.Name = expression.Get(i + 2);
            declaration = _symbols.FindMember(context.Class, info.Name);
            return i + 3;
        }

        string? qualifier = null;
        while (expression.Punct(i + 1, "::") && i + 2 < end && expression[i + 2].Kind == FirmwareTokenKind.Identifier)
        {
            qualifier = expression.Get(i);
            i += 2;
        }

        info.Name = expression.Get(i);
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

        i++;
        if (expression.Punct(i, "<"))
        {
            var close = expression.FindTemplateClosing(i);
            if (close < 0)
            {
                return -1;
            }

            templateArgument = expression.Sub(i + 1, close).Join();
            i = close + 1;
            declaration = FindInstance(info.Name, declaration, templateArgument) ?? declaration;
        }

        return i;
    }

    private void Classify(ValueInfo info, CppDeclaration declaration, string? templateArgument, ExpressionContext context, int depth)
    {
        if (declaration.Kind == CppDeclarationKind.Function)
        {
            info.Kind = ValueKind.Function;
            info.Parameters = declaration.Parameters;
            var instanceType = templateArgument is null ? declaration.Type : InstanceReturnType(declaration, templateArgument);
            info.Type = instanceType is null ? null : _symbols.ExpandAliases(instanceType);
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
            var value = TokenRange.Lex(initializer);
            StripParentheses(ref value);
            if (!value.IsEmpty && value.Punct(value.Start, "["))
            {
                var lambda = ParseLambda(value, context, depth + 1);
                info.Kind = ValueKind.CallableObject;
                info.IsLambda = true;
                info.Parameters = lambda?.Parameters;
                info.Type = lambda?.ReturnType;
                return;
            }

            info.Kind = ValueKind.Object;
            info.Type = EvidentType(value, context, depth + 1);
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
                var close = TokenText.FindClosing(new TokenRange(inner, tokens, i, tokens.Count));
                if (close < 0)
                {
                    return false;
                }

                returnType = TokenText.Join(new TokenRange(inner, tokens, 0, i));
                parameters = CppParameterList.Parse(new TokenRange(inner, tokens, i + 1, close), null);
                return returnType.Length > 0;
            }
        }

        return false;
    }
}
