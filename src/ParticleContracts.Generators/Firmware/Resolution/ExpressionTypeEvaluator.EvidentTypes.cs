using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>The evident type of simple expressions: literals, casts, comparisons, known names and calls.</summary>
internal sealed partial class ExpressionTypeEvaluator
{
    /// <summary>The type of an expression when it is evident: literals, casts, comparisons, known names and calls.</summary>
    public string? EvidentType(TokenRange expression, ExpressionContext context, int depth)
    {
        StripParentheses(ref expression);
        if (expression.IsEmpty || depth > MaxDepth)
        {
            return null;
        }

        if (expression.Length == 1)
        {
            return SingleTokenType(expression, context);
        }

        if (IsTemplateCall(expression))
        {
            // `read<int>()` is not a comparison: its type is the instance's, or unknown.
            return TemplateCallType(expression, context);
        }

        var question = TopLevelQuestionMark(expression);
        if (question >= 0)
        {
            return ConditionalType(expression, question, context, depth);
        }

        if (HasTopLevelComparison(expression))
        {
            return "bool";
        }

        return CastOrCallType(expression, context);
    }

    private string? SingleTokenType(TokenRange expression, ExpressionContext context)
    {
        var text = expression.Text;
        var first = expression[expression.Start];
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
            default:
                return null;
        }
    }

    /// <summary>The first <c>?</c> outside brackets, or -1.</summary>
    private static int TopLevelQuestionMark(TokenRange expression)
    {
        var depth = 0;
        for (var i = expression.Start; i < expression.End; i++)
        {
            var token = expression[i];
            if (token.Kind != FirmwareTokenKind.Punctuator)
            {
                continue;
            }

            var delta = TokenText.BracketDelta(expression.Text, token);
            depth += delta;
            if (delta == 0 && depth == 0 && TokenText.Is(expression.Text, token, "?"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A top-level conditional operator has the type of its branches (it binds looser than comparisons).</summary>
    private string? ConditionalType(TokenRange expression, int question, ExpressionContext context, int depth)
    {
        var colon = -1;
        var brackets = 0;
        var questions = 0;
        for (var j = question + 1; j < expression.End && colon < 0; j++)
        {
            if (expression.Punct(j, "(") || expression.Punct(j, "["))
            {
                brackets++;
            }
            else if (expression.Punct(j, ")") || expression.Punct(j, "]"))
            {
                brackets--;
            }
            else if (brackets == 0 && expression.Punct(j, "?"))
            {
                questions++;
            }
            else if (brackets == 0 && expression.Punct(j, ":"))
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

        var whenTrue = EvidentType(expression.Sub(question + 1, colon), context, depth + 1);
        var whenFalse = EvidentType(expression.Sub(colon + 1, expression.End), context, depth + 1);
        return whenTrue == whenFalse ? whenTrue : null;
    }

    /// <summary>Top-level comparison or logical operators make a bool.</summary>
    private static bool HasTopLevelComparison(TokenRange expression)
    {
        var text = expression.Text;
        var nesting = 0;
        for (var i = expression.Start; i < expression.End; i++)
        {
            var token = expression[i];
            if (token.Kind != FirmwareTokenKind.Punctuator)
            {
                continue;
            }

            var delta = TokenText.BracketDelta(text, token);
            nesting += delta;
            if (delta == 0 && nesting == 0 && (TokenText.Is(text, token, "==") || TokenText.Is(text, token, "!=") || TokenText.Is(text, token, "<=")
                || TokenText.Is(text, token, "<") || TokenText.Is(text, token, ">")
                || TokenText.Is(text, token, ">=") || TokenText.Is(text, token, "&&") || TokenText.Is(text, token, "||")
                || (i == expression.Start && TokenText.Is(text, token, "!"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>C-style casts, <c>static_cast&lt;T&gt;</c> and friends, and calls spanning the whole expression.</summary>
    private string? CastOrCallType(TokenRange expression, ExpressionContext context)
    {
        var start = expression.Start;
        var end = expression.End;

        // C-style cast: (int)(expr).
        if (expression.Punct(start, "("))
        {
            var close = expression.FindClosing(start);
            return close > start + 1 && close < end - 1 && LooksLikeType(expression.Sub(start + 1, close))
                ? expression.Sub(start + 1, close).Join()
                : null;
        }

        // static_cast<T>(expr) and friends.
        if ((expression.Word(start, "static_cast") || expression.Word(start, "reinterpret_cast") || expression.Word(start, "const_cast"))
            && expression.Punct(start + 1, "<"))
        {
            var close = expression.FindTemplateClosing(start + 1);
            return close < 0 ? null : expression.Sub(start + 2, close).Join();
        }

        // name(...) spanning the whole expression: String(...), a known function, a constructor.
        var first = expression[start];
        if (first.Kind == FirmwareTokenKind.Identifier && expression.Punct(start + 1, "(") && expression.FindClosing(start + 1) == end - 1)
        {
            var name = TokenText.Get(expression.Text, first);
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

    private static bool LooksLikeType(TokenRange type)
    {
        var text = type.Text;
        var tokens = type.Tokens;
        var start = type.Start;
        var end = type.End;
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
