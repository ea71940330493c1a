using System.Collections.Generic;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>Lambdas: parameters and the explicit or evidently deduced return type.</summary>
internal sealed partial class ExpressionTypeEvaluator
{
    /// <summary>A lambda's parameters and (explicit or evidently deduced) return type.</summary>
    public (string Parameters, string? ReturnType)? ParseLambda(TokenRange lambda, ExpressionContext context, int depth)
    {
        var text = lambda.Text;
        var tokens = lambda.Tokens;
        var start = lambda.Start;
        var end = lambda.End;
        var captureClose = TokenText.FindClosing(new TokenRange(text, tokens, start, end));
        if (captureClose < 0)
        {
            return null;
        }

        var i = captureClose + 1;
        var parameters = string.Empty;
        List<(string Type, string? Name, FirmwareToken NameToken)>? parameterList = null;
        if (Punct(text, tokens, i, "("))
        {
            var close = TokenText.FindClosing(new TokenRange(text, tokens, i, end));
            if (close < 0)
            {
                return null;
            }

            parameterList = new List<(string Type, string? Name, FirmwareToken NameToken)>();
            parameters = CppParameterList.Parse(new TokenRange(text, tokens, i + 1, close), parameterList);
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

            returnType = TokenText.Join(new TokenRange(text, tokens, typeStart, i));
        }

        if (!Punct(text, tokens, i, "{"))
        {
            return (parameters, returnType);
        }

        var bodyClose = TokenText.FindClosing(new TokenRange(text, tokens, i, end));
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
            return (parameters, DeduceReturnType(lambda.Sub(i + 1, bodyClose), context, depth));
        }
        finally
        {
            _lambdaParameters = outer;
        }
    }

    private string? DeduceReturnType(TokenRange body, ExpressionContext context, int depth)
    {
        var text = body.Text;
        var tokens = body.Tokens;
        var start = body.Start;
        var end = body.End;
        string? deduced = null;
        var sawReturn = false;
        for (var i = start; i < end; i++)
        {
            if (Punct(text, tokens, i, "["))
            {
                // Skip nested lambdas: their returns are not ours.
                var close = TokenText.FindClosing(new TokenRange(text, tokens, i, end));
                if (close > 0 && (Punct(text, tokens, close + 1, "(") || Punct(text, tokens, close + 1, "{")))
                {
                    var j = close + 1;
                    while (j < end && !Punct(text, tokens, j, "{"))
                    {
                        j++;
                    }

                    var bodyClose = TokenText.FindClosing(new TokenRange(text, tokens, j, end));
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

            var type = EvidentType(body.Sub(i + 1, expressionEnd), context, depth + 1);
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
}
