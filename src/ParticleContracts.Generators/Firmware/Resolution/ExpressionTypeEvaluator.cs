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

    /// <summary>Strips parentheses that wrap the whole range.</summary>
    public static void StripParentheses(ref TokenRange range)
    {
        var text = range.Text;
        var tokens = range.Tokens;
        var start = range.Start;
        var end = range.End;
        while (end - start >= 2 && Punct(text, tokens, start, "(") && TokenText.FindClosing(new TokenRange(text, tokens, start, end)) == end - 1)
        {
            start++;
            end--;
        }

        range = range.Sub(start, end);
    }

    /// <summary>What the expression <paramref name="expression"/> is, and its type when the reader can tell.</summary>
    public ValueInfo Evaluate(TokenRange expression, ExpressionContext context, int depth)
    {
        var info = new ValueInfo { Kind = ValueKind.Other };
        StripParentheses(ref expression);
        var text = expression.Text;
        var tokens = expression.Tokens;
        var start = expression.Start;
        var end = expression.End;
        if (start >= end || depth > MaxDepth)
        {
            return info;
        }

        if (Punct(text, tokens, start, "&"))
        {
            info.AddressOf = true;
            expression = expression.Sub(start + 1, end);
            StripParentheses(ref expression);
            start = expression.Start;
            end = expression.End;
            if (start >= end)
            {
                return info;
            }
        }

        if (Punct(text, tokens, start, "["))
        {
            var lambda = ParseLambda(expression.Sub(start, end), context, depth);
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
                var close = TokenText.FindTemplateClosing(new TokenRange(text, tokens, i0, end));
                if (close < 0)
                {
                    return info;
                }

                templateArgument = TokenText.Join(new TokenRange(text, tokens, i0 + 1, close));
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
            var close = TokenText.FindClosing(new TokenRange(text, tokens, i0, end));
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
