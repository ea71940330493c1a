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
        var text = expression.Text;
        var tokens = expression.Tokens;
        var start = expression.Start;
        var end = expression.End;
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

                var whenTrue = EvidentType(expression.Sub(i + 1, colon), context, depth + 1);
                var whenFalse = EvidentType(expression.Sub(colon + 1, end), context, depth + 1);
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
            var close = TokenText.FindClosing(new TokenRange(text, tokens, start, end));
            if (close > start + 1 && close < end - 1 && LooksLikeType(expression.Sub(start + 1, close)))
            {
                return TokenText.Join(new TokenRange(text, tokens, start + 1, close));
            }

            return null;
        }

        // static_cast<T>(expr) and friends.
        if ((Word(text, tokens, start, "static_cast") || Word(text, tokens, start, "reinterpret_cast") || Word(text, tokens, start, "const_cast"))
            && Punct(text, tokens, start + 1, "<"))
        {
            var close = TokenText.FindTemplateClosing(new TokenRange(text, tokens, start + 1, end));
            return close < 0 ? null : TokenText.Join(new TokenRange(text, tokens, start + 2, close));
        }

        // name(...) spanning the whole expression: String(...), a known function, a constructor.
        if (first.Kind == FirmwareTokenKind.Identifier && Punct(text, tokens, start + 1, "(") && TokenText.FindClosing(new TokenRange(text, tokens, start + 1, end)) == end - 1)
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
