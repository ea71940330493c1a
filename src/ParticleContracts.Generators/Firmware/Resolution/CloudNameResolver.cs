using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>
/// Resolves a registration's name expression to its text: literals and adjacent literals, <c>#define</c>s, constants,
/// and <c>String("x")</c>, <c>F("x")</c>, <c>PSTR("x")</c> wrappers.
/// </summary>
internal sealed class CloudNameResolver
{
    private const int MaxNameDepth = 8;

    private readonly ProjectSymbols _symbols;
    private int _expansions;

    public CloudNameResolver(ProjectSymbols symbols) => _symbols = symbols;

    /// <summary>The constant text of a name expression, or null when it is only known at run time.</summary>
    public string? Resolve(TokenRange expression, ExpressionContext context)
    {
        _expansions = 0;
        return Resolve(expression, context, 0);
    }

    private string? Resolve(TokenRange expression, ExpressionContext context, int depth)
    {
        ExpressionTypeEvaluator.StripParentheses(ref expression);
        var text = expression.Text;
        var tokens = expression.Tokens;
        var start = expression.Start;
        var end = expression.End;
        if (start >= end || depth > MaxNameDepth)
        {
            return null;
        }

        // String("x"), F("x"), PSTR("x") wrap a constant.
        if (end - start >= 3 && tokens[start].Kind == FirmwareTokenKind.Identifier && TokenText.IsPunct(text, tokens[start + 1], "(")
            && TokenText.FindClosing(new TokenRange(text, tokens, start + 1, end)) == end - 1
            && (TokenText.Is(text, tokens[start], "String") || TokenText.Is(text, tokens[start], "F") || TokenText.Is(text, tokens[start], "PSTR")))
        {
            return Resolve(expression.Sub(start + 2, end - 1), context, depth + 1);
        }

        // Adjacent literals and macros that expand to literals: PREFIX "temp".
        if (StringLiteralDecoder.TryDecodeConcatenation(new TokenRange(text, tokens, start, end), out var literal))
        {
            return literal;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind is FirmwareTokenKind.String or FirmwareTokenKind.RawString)
            {
                StringLiteralDecoder.TryDecodeConcatenation(new TokenRange(text, tokens, i, i + 1), out var part);
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
                if (macro.IsFunctionLike || ++_expansions > ReaderLimits.MaxMacroExpansions)
                {
                    return null;
                }

                var value = Resolve(TokenRange.Lex(macro.Value), new ExpressionContext(macro.Location.File, macro.Location.Start, null, null), depth + 1);
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

            return ResolveConstant(identifier, context, depth);
        }

        return builder.ToString();
    }

    /// <summary>A <c>const</c>/<c>constexpr</c> variable's initializer (<c>const char* NAME = "x";</c>, <c>{"x"}</c>).</summary>
    private string? ResolveConstant(string identifier, ExpressionContext context, int depth)
    {
        var declaration = _symbols.FindValue(identifier, context.File, context.Offset, context.Function, context.Class);
        if (declaration is not { Kind: CppDeclarationKind.Variable, IsConstant: true, Initializer: { } initializer })
        {
            return null;
        }

        var value = TokenRange.Lex(initializer);
        if (value.Length >= 2 && value.Punct(value.Start, "{") && value.Punct(value.End - 1, "}"))
        {
            value = value.Sub(value.Start + 1, value.End - 1);
        }

        return Resolve(value, new ExpressionContext(declaration.Location.File, declaration.Location.Start, declaration.Scope, null), depth + 1);
    }
}
