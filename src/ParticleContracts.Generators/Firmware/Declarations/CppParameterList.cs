using System.Collections.Generic;
using System.Text;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>Splits a parameter list into normalized parameter types and names.</summary>
internal static class CppParameterList
{
    /// <summary>
    /// Parses the tokens between a parameter list's parentheses. Returns the normalized types joined with
    /// <c>,</c> (empty for <c>()</c> and <c>(void)</c>) and the names (null for unnamed parameters).
    /// </summary>
    public static string Parse(TokenRange range, List<(string Type, string? Name, FirmwareToken NameToken)>? parameters)
    {
        var text = range.Text;
        var tokens = range.Tokens;
        var start = range.Start;
        var end = range.End;
        if (end <= start)
        {
            return string.Empty;
        }

        if (end - start == 1 && TokenText.IsWord(text, tokens[start], "void"))
        {
            return string.Empty;
        }

        var builder = StringBuilderPool.Rent();
        var depth = 0;
        var partStart = start;
        for (var cursor = start; cursor <= end; cursor++)
        {
            if (cursor < end)
            {
                var token = tokens[cursor];
                if (token.Kind != FirmwareTokenKind.Punctuator || token.Length != 1)
                {
                    continue;
                }

                var c = text[token.Start];
                if (c == '(' || c == '[' || c == '{' || c == '<')
                {
                    depth++;
                    continue;
                }

                if (c == ')' || c == ']' || c == '}' || c == '>')
                {
                    depth--;
                    continue;
                }

                if (c != ',' || depth != 0)
                {
                    continue;
                }
            }

            var partEnd = cursor;
            AppendParameter(range.Sub(partStart, partEnd), builder, parameters);
            partStart = cursor + 1;
        }

        return StringBuilderPool.ToStringAndReturn(builder);
    }

    private static void AppendParameter(TokenRange part, StringBuilder builder, List<(string Type, string? Name, FirmwareToken NameToken)>? parameters)
    {
        var text = part.Text;
        var tokens = part.Tokens;
        var partStart = part.Start;
        var partEnd = part.End;
        {
            var typeEnd = partEnd;
            for (var i = partStart; i < partEnd; i++)
            {
                if (TokenText.IsPunct(text, tokens[i], "="))
                {
                    typeEnd = i;
                    break;
                }
            }

            if (partEnd <= partStart)
            {
                return;
            }

            string? name = null;
            FirmwareToken nameToken = default;
            var arraySuffix = string.Empty;

            // Array parameters: `char buf[]`, `char buf[16]`.
            var declaratorEnd = typeEnd;
            if (declaratorEnd - partStart >= 2 && TokenText.IsPunct(text, tokens[declaratorEnd - 1], "]"))
            {
                var open = declaratorEnd - 1;
                while (open > partStart && !TokenText.IsPunct(text, tokens[open], "["))
                {
                    open--;
                }

                arraySuffix = part.Sub(open, declaratorEnd).Join();
                declaratorEnd = open;
            }

            if (declaratorEnd - partStart >= 2)
            {
                var last = tokens[declaratorEnd - 1];
                var beforeLast = tokens[declaratorEnd - 2];
                if (last.Kind == FirmwareTokenKind.Identifier && !CppTypeShape.IsTypeKeyword(text, last)
                    && !TokenText.IsPunct(text, beforeLast, "::") && !IsOnlyQualifier(text, tokens, partStart, declaratorEnd - 1))
                {
                    name = TokenText.Get(text, last);
                    nameToken = last;
                    declaratorEnd--;
                }
            }

            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            var typeStart = builder.Length;
            part.Sub(partStart, declaratorEnd).AppendJoinedTo(builder);
            if (arraySuffix.Length > 0)
            {
                builder.Append(arraySuffix);
            }

            parameters?.Add((builder.ToString(typeStart, builder.Length - typeStart), name, nameToken));
        }
    }

    // `const x` has no type before the name: then x is the type.
    private static bool IsOnlyQualifier(string text, IReadOnlyList<FirmwareToken> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (!(TokenText.IsWord(text, token, "const") || TokenText.IsWord(text, token, "volatile")
                || TokenText.IsWord(text, token, "struct") || TokenText.IsWord(text, token, "class")
                || TokenText.IsWord(text, token, "enum") || TokenText.IsWord(text, token, "typename")))
            {
                return false;
            }
        }

        return true;
    }
}
