using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Preprocessor;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class LexerAndExpressionTests
{
    private static List<(string Kind, string Text)> Lex(string text)
    {
        var result = new List<(string, string)>();
        var lexer = new FirmwareLexer(text);
        for (var token = lexer.Next(); token.Kind != FirmwareTokenKind.EndOfFile; token = lexer.Next())
        {
            result.Add((token.Kind.ToString(), text.Substring(token.Start, token.Length)));
        }

        return result;
    }

    [Theory]
    [InlineData("a::b->c", "Identifier:a Punctuator::: Identifier:b Punctuator:-> Identifier:c")]
    [InlineData("u8\"x\" L'y' R\"d(a)\"b)d\"", "String:u8\"x\" Char:L'y' RawString:R\"d(a)\"b)d\"")]
    [InlineData("x /* c */ y // z\nw", "Identifier:x Identifier:y Identifier:w")]
    [InlineData("a \\\n b", "Identifier:a Identifier:b")]
    [InlineData("1'000 0x1Fu 1.5e-3f", "Number:1'000 Number:0x1Fu Number:1.5e-3f")]
    [InlineData("#define A \\\n  1\nb", "Directive:#define A \\\n  1 Identifier:b")]
    [InlineData("a # b", "Identifier:a Punctuator:# Identifier:b")]
    [InlineData("\"open\nnext", "String:\"open Identifier:next")]
    [InlineData("'\\''x", "Char:'\\'' Identifier:x")]
    public void Tokens(string text, string expected)
        => Assert.Equal(expected, string.Join(" ", Lex(text).Select(t => t.Kind + ":" + t.Text)));

    [Fact]
    public void Positions_are_one_based_and_follow_line_breaks()
    {
        var lexer = new FirmwareLexer("a\n  /* x\n */ b");
        var a = lexer.Next();
        var b = lexer.Next();
        Assert.Equal((1, 1), (a.Line, a.Column));
        Assert.Equal((3, 5), (b.Line, b.Column));
    }

    [Fact]
    public void Unterminated_comment_is_flagged()
    {
        var lexer = new FirmwareLexer("a /* never");
        while (lexer.Next().Kind != FirmwareTokenKind.EndOfFile)
        {
        }

        Assert.True(lexer.HasUnterminatedComment);
    }

    private sealed class Macros(Dictionary<string, string?> defined) : IMacroScope
    {
        public MacroState Lookup(string name, out string? value)
        {
            if (defined.TryGetValue(name, out value))
            {
                return MacroState.Defined;
            }

            return name.StartsWith("UNDEF", StringComparison.Ordinal) ? MacroState.Undefined : MacroState.Unknown;
        }
    }

    [Theory]
    [InlineData("1 + 2 * 3 == 7", 1L)]
    [InlineData("(1 << 4) | 1", 17L)]
    [InlineData("10 / 3 - 10 % 3", 2L)]
    [InlineData("-1 < 0 && !0", 1L)]
    [InlineData("1 ? 5 : 6", 5L)]
    [InlineData("~0", -1L)]
    [InlineData("0x10 + 010 + 0b11", 27L)]
    [InlineData("'A'", 65L)]
    [InlineData("VERSION >= 3", 1L)]
    [InlineData("defined(VERSION) && defined EMPTY", 1L)]
    [InlineData("UNDEF_X", 0L)]
    [InlineData("defined(UNDEF_X)", 0L)]
    [InlineData("0 && UNKNOWN", 0L)]
    [InlineData("1 || UNKNOWN", 1L)]
    [InlineData("true", 1L)]
    public void Decided_expressions(string expression, long expected)
        => Assert.Equal(expected, PreprocessorExpression.Evaluate(expression, new Macros(new() { ["VERSION"] = "3", ["EMPTY"] = string.Empty })));

    [Theory]
    [InlineData("UNKNOWN")]
    [InlineData("defined(UNKNOWN)")]
    [InlineData("1 && UNKNOWN")]
    [InlineData("PLATFORM_ID == 6")]
    [InlineData("FUNC(1)")]
    [InlineData("1 / 0")]
    [InlineData("(1")]
    [InlineData("1 +")]
    [InlineData("\"text\"")]
    [InlineData("EMPTY")]
    [InlineData("LOOP")]
    public void Undecided_expressions(string expression)
        => Assert.Null(PreprocessorExpression.Evaluate(expression, new Macros(new() { ["EMPTY"] = string.Empty, ["LOOP"] = "LOOP + 1" })));

    [Theory]
    [InlineData("const char*", "char", 1, false, null)]
    [InlineData("char[64]", "char", 0, false, "64")]
    [InlineData("const String&", "String", 0, true, null)]
    [InlineData("unsigned long int", "unsigned long int", 0, false, null)]
    [InlineData("volatile uint8_t*const", "uint8_t", 1, false, null)]
    public void Type_shapes(string type, string baseType, int pointers, bool reference, string? arraySize)
    {
        var shape = CppTypeShape.Parse(type);
        Assert.Equal((baseType, pointers, reference, arraySize), (shape.Base, shape.PointerDepth, shape.IsReference, shape.ArraySize));
    }
}
