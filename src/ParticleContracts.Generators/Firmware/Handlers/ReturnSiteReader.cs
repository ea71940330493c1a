using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>Every <c>return</c> of a handler body (lambdas inside it excluded), and whether the body can end without one.</summary>
internal static class ReturnSiteReader
{
    public static EquatableArray<ReturnSite> Read(TokenRange body, string parameter, out bool fallsOffEnd)
    {
        var sites = new List<ReturnSite>();
        var lambdaEnd = -1;
        var scans = 0;
        for (var i = body.Start; i < body.End; i++)
        {
            if (i < lambdaEnd)
            {
                continue;
            }

            if (body.Punct(i, "[") && IsLambdaIntroducer(body, i) && ++scans <= ReaderLimits.MaxHandlerScans)
            {
                lambdaEnd = LambdaEnd(body, i);
                continue;
            }

            if (body.Word(i, "return"))
            {
                var end = i + 1;
                var depth = 0;
                while (end < body.End && !(depth == 0 && body.Punct(end, ";")))
                {
                    depth += TokenText.BracketDelta(body.Text, body[end]);
                    end++;
                }

                sites.Add(Site(body.Sub(i + 1, end), parameter, body[i]));
                i = end;
            }
        }

        fallsOffEnd = FallsOffEnd(body, sites.Count);
        return new EquatableArray<ReturnSite>(sites);
    }

    private static ReturnSite Site(TokenRange expression, string parameter, FirmwareToken at)
    {
        var e = Unwrap(expression);
        var start = e.Start;
        var end = e.End;
        if (e.Length == 1 && e[start].Kind == FirmwareTokenKind.Number && ParseInt(e.Get(start)) is { } value)
        {
            return new ReturnSite(null, value, null, at.Line, at.Start);
        }

        if (e.Length == 2 && (e.Punct(start, "-") || e.Punct(start, "+")) && e[start + 1].Kind == FirmwareTokenKind.Number && ParseInt(e.Get(start + 1)) is { } magnitude)
        {
            return new ReturnSite(null, e.Punct(start, "-") ? -magnitude : magnitude, null, at.Line, at.Start);
        }

        if (e.Length == 1 && (e.Word(start, "true") || e.Word(start, "false")))
        {
            return new ReturnSite(null, e.Word(start, "true") ? 1 : 0, null, at.Line, at.Start);
        }

        if (e.Length >= 1 && IsQualifiedName(e))
        {
            return new ReturnSite(e.Length == 1 ? e.Get(start) : e.Join(), null, null, at.Line, at.Start);
        }

        if (e.Length >= 4 && e[start].Kind == FirmwareTokenKind.Identifier && e.Punct(start + 1, "(") && TokenText.FindClosing(e.From(start + 1)) == end - 1
            && PassesParameter(e.Sub(start + 2, end - 1), parameter))
        {
            return new ReturnSite(null, null, e.Get(start), at.Line, at.Start);
        }

        return new ReturnSite(null, null, null, at.Line, at.Start);
    }

    /// <summary>
    /// The value expression without the parentheses and integer casts around it: <c>(ERR)</c>,
    /// <c>static_cast&lt;int&gt;(Status::Busy)</c>, <c>(int)Status::Busy</c>, <c>int(Status::Busy)</c>.
    /// </summary>
    private static TokenRange Unwrap(TokenRange e)
    {
        for (var round = 0; round < 8 && e.Length >= 2; round++)
        {
            var start = e.Start;
            var end = e.End;
            if (e.Punct(start, "(") && e.FindClosing(start) is var close && close > start)
            {
                if (close == end - 1)
                {
                    e = e.Sub(start + 1, end - 1);
                    continue;
                }

                if (IsIntegerType(e.Sub(start + 1, close)))
                {
                    e = e.Sub(close + 1, end);
                    continue;
                }

                return e;
            }

            if (e.Word(start, "static_cast") && e.Punct(start + 1, "<") && e.FindTemplateClosing(start + 1) is var typeEnd && typeEnd > start + 1
                && IsIntegerType(e.Sub(start + 2, typeEnd)) && e.Punct(typeEnd + 1, "(") && e.FindClosing(typeEnd + 1) == end - 1)
            {
                e = e.Sub(typeEnd + 2, end - 1);
                continue;
            }

            if (IsIntegerType(e.Sub(start, start + 1)) && e.Punct(start + 1, "(") && e.FindClosing(start + 1) == end - 1)
            {
                e = e.Sub(start + 2, end - 1);
                continue;
            }

            return e;
        }

        return e;
    }

    private static bool IsIntegerType(TokenRange type)
    {
        if (type.IsEmpty)
        {
            return false;
        }

        for (var i = type.Start; i < type.End; i++)
        {
            if (type[i].Kind != FirmwareTokenKind.Identifier || !IntegerTypeWords.Contains(type.Get(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Collections.Generic.HashSet<string> IntegerTypeWords = new(System.StringComparer.Ordinal)
    {
        "int", "long", "short", "signed", "unsigned", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
    };

    private static bool IsQualifiedName(TokenRange e)
    {
        for (var i = e.Start; i < e.End; i++)
        {
            var expectName = (i - e.Start) % 2 == 0;
            if (expectName ? e[i].Kind != FirmwareTokenKind.Identifier : !e.Punct(i, "::"))
            {
                return false;
            }
        }

        return e.Length % 2 == 1 && !e.Word(e.End - 1, "nullptr");
    }

    private static bool PassesParameter(TokenRange arguments, string parameter)
    {
        if (arguments.Length == 1)
        {
            return arguments.Word(arguments.Start, parameter);
        }

        return arguments.Length == 5 && arguments.Word(arguments.Start, parameter) && arguments.Word(arguments.Start + 2, "c_str");
    }

    private static bool IsLambdaIntroducer(TokenRange body, int i)
    {
        if (i == body.Start)
        {
            return true;
        }

        var previous = body[i - 1];
        return previous.Kind == FirmwareTokenKind.Punctuator && !body.Punct(i - 1, ")") && !body.Punct(i - 1, "]");
    }

    private static int LambdaEnd(TokenRange body, int open)
    {
        var close = body.FindClosing(open);
        if (close < 0)
        {
            return -1;
        }

        for (var k = close + 1; k < body.End && k < close + 24; k++)
        {
            if (body.Punct(k, "{"))
            {
                return body.FindClosing(k);
            }

            if (body.Punct(k, ";"))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool FallsOffEnd(TokenRange body, int returns)
    {
        if (body.IsEmpty)
        {
            return true;
        }

        if (!body.Punct(body.End - 1, ";"))
        {
            // Ends with a block (if/else, switch, loop): every path may return; the reader does not decide it.
            return returns == 0;
        }

        var depth = 0;
        for (var i = body.End - 2; i >= body.Start; i--)
        {
            if (depth == 0 && (body.Punct(i, ";") || body.Punct(i, "}")))
            {
                return !StartsWithReturn(body, i + 1);
            }

            depth -= TokenText.BracketDelta(body.Text, body[i]);
        }

        return !StartsWithReturn(body, body.Start);
    }

    private static bool StartsWithReturn(TokenRange body, int i) =>
        body.Word(i, "return") || (body.Word(i, "else") && body.Word(i + 1, "return"));

    internal static int? ParseInt(string text)
    {
        var trimmed = text.TrimEnd('u', 'U', 'l', 'L');
        long value;
        if (trimmed.Length > 2 && trimmed[0] == '0' && (trimmed[1] == 'x' || trimmed[1] == 'X'))
        {
            value = 0;
            for (var i = 2; i < trimmed.Length; i++)
            {
                var digit = HexDigit(trimmed[i]);
                if (digit < 0 || value > int.MaxValue)
                {
                    return null;
                }

                value = (value * 16) + digit;
            }
        }
        else if (!long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return null;
        }

        return value is >= int.MinValue and <= int.MaxValue ? (int)value : null;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
