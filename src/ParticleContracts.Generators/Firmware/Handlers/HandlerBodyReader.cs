using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// Follows a handler's string parameter through its body, token by token: what it is parsed as, compared with, split
/// into or decoded from, and what the body returns. One linear pass (plus bounded scans of switch bodies, loops and
/// lambdas); never throws. The body's own evidence only: helpers and constants are resolved across the project later.
/// </summary>
internal sealed partial class HandlerBodyReader
{
    private readonly TokenRange _body;
    private readonly List<string> _aliases = new();
    private readonly List<string> _charAliases = new();
    private readonly List<string> _jsonVariables = new();
    private readonly Dictionary<string, int> _substringVariables = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tokenVariables = new(System.StringComparer.Ordinal);
    private readonly List<int> _loopEnds = new();
    private readonly ArgumentEvidence _evidence = new();
    private readonly bool _variant;
    private int _scans;

    private HandlerBodyReader(TokenRange body, string parameter, bool variant)
    {
        _body = body;
        _variant = variant;
        _aliases.Add(parameter);
    }

    /// <summary>
    /// Reads the body <paramref name="body"/> (the tokens between its braces) of a function whose string parameter (or,
    /// for a subscription handler, event-data parameter of <paramref name="kind"/>) is <paramref name="parameter"/>.
    /// </summary>
    public static HandlerShape Read(TokenRange body, string parameter, string key, string file, int line, bool optedOut, HandlerParameterKind kind = HandlerParameterKind.FunctionArgument)
    {
        var returns = ReturnSiteReader.Read(body, parameter, out var fallsOffEnd);
        if (optedOut)
        {
            return new HandlerShape(key, parameter, ArgumentGrammar.AnyText("a // @particle-arg string comment switches inference off"), returns, null, true, file, line, fallsOffEnd, Kind: kind);
        }

        if (body.Length > ReaderLimits.MaxHandlerTokens)
        {
            return new HandlerShape(key, parameter, ArgumentGrammar.AnyText("the handler body is too long to follow"), returns, null, false, file, line, fallsOffEnd, Kind: kind);
        }

        var reader = new HandlerBodyReader(kind == HandlerParameterKind.CloudEvent ? CloudEventData(body, parameter) : body, parameter, kind is HandlerParameterKind.EventVariant or HandlerParameterKind.CloudEvent);
        reader.Walk();
        var evidence = reader._evidence;
        var grammar = evidence.Decide();
        var helper = grammar.Kind == ArgumentKind.Text && evidence.Helper is not null && evidence.Unsure is null ? evidence.Helper : null;
        var uncheckedParse = grammar.Kind is ArgumentKind.Integer or ArgumentKind.Number && !evidence.ParseChecked ? evidence.ParseLine : 0;
        return new HandlerShape(key, parameter, grammar, returns, helper, false, file, line, fallsOffEnd, uncheckedParse, new EquatableArray<WordSite>(evidence.Unreachable), kind);
    }

    private void Walk()
    {
        var b = _body;
        for (var i = b.Start; i < b.End; i++)
        {
            var token = b[i];
            if (token.Kind != FirmwareTokenKind.Identifier)
            {
                continue;
            }

            if (IsMemberAccess(i))
            {
                if (b.Get(i) == "name")
                {
                    IteratorKey(i);
                }

                continue;
            }

            var name = b.Get(i);
            if (IsLoopKeyword(name))
            {
                EnterLoop(i);
            }
            else if (_aliases.Contains(name))
            {
                _evidence.Uses++;
                AliasUse(i);
            }
            else if (_charAliases.Contains(name))
            {
                FirstCharUse(i, i);
            }
            else if (name == "strtok")
            {
                TokenCall(i);
            }
            else if (_jsonVariables.Contains(name))
            {
                JsonRead(i);
            }
            else if (_substringVariables.TryGetValue(name, out var field))
            {
                RetypeField(_evidence.SubstringFields, field, i);
            }
            else if (_tokenVariables.TryGetValue(name, out var tokenField))
            {
                RetypeField(_evidence.TokenFields, tokenField, i);
            }
        }
    }

    private void AliasUse(int i)
    {
        var b = _body;
        var line = b[i].Line;
        var end = OperandEnd(i);
        if (AssignedName(i, end) is { } target)
        {
            // String cmd = arg; const char* s = arg.c_str(); — another name for the argument.
            AddAlias(target);
            return;
        }

        if (_variant && VariantKeyRead(i))
        {
            return;
        }

        if (b.Punct(i + 1, ".") && b.IsKind(i + 2, FirmwareTokenKind.Identifier) && b.Punct(i + 3, "(") && end == i + 1)
        {
            MethodCall(i, b.Get(i + 2), line);
            return;
        }

        if (b.Punct(i + 1, "[") && b.Punct(i + 3, "]") && b.IsKind(i + 2, FirmwareTokenKind.Number) && b.Get(i + 2) == "0")
        {
            FirstCharUse(i, i + 3);
            return;
        }

        if ((b.Punct(end, "==") || b.Punct(end, "!=")) && StringAt(end + 1) is { } right)
        {
            _evidence.AddWord(right, false, line, InElseIf(i));
            return;
        }

        if ((b.Punct(i - 1, "==") || b.Punct(i - 1, "!=")) && StringAt(i - 2) is { } left)
        {
            _evidence.AddWord(left, false, line);
            return;
        }

        if (i - 2 >= b.Start && b.Punct(i - 1, "(") && b.IsKind(i - 2, FirmwareTokenKind.Identifier) && !IsMemberAccess(i - 2))
        {
            FirstArgument(i, end, b.Get(i - 2), line);
            return;
        }

        if (i - 4 >= b.Start && b.Punct(i - 1, ",") && b.Punct(i - 3, "(") && b.IsKind(i - 4, FirmwareTokenKind.Identifier))
        {
            SecondArgument(i, b.Get(i - 4), line);
        }
    }

    private void MethodCall(int i, string method, int line)
    {
        var b = _body;
        switch (method)
        {
            case "toInt":
                _evidence.Integer = true;
                _evidence.Lines.Add(line);
                Parse(i, i + 5, line);
                break;
            case "toFloat":
            case "toDouble":
                _evidence.Number = true;
                _evidence.Lines.Add(line);
                Parse(i, i + 5, line);
                break;
            case "equals":
            case "equalsIgnoreCase":
                if (StringAt(i + 4) is { } word)
                {
                    _evidence.AddWord(word, method == "equalsIgnoreCase", line, InElseIf(i));
                }

                break;
            case "charAt":
                if (b.IsKind(i + 4, FirmwareTokenKind.Number) && b.Get(i + 4) == "0" && b.Punct(i + 5, ")"))
                {
                    FirstCharUse(i, i + 5);
                }

                break;
            case "toLowerCase":
            case "toUpperCase":
                _evidence.CaseFolded = true;
                break;
            case "indexOf":
                if (SeparatorAt(i + 4) is { } separator)
                {
                    _evidence.IndexSeparator ??= separator;
                    _evidence.Lines.Add(line);
                    MarkLoop(i, "it splits the argument in a loop, so the number of fields is not fixed");
                }

                break;
            case "substring":
                SubstringField(i, line);
                break;
            case "toCharArray":
            case "getBytes":
                if (b.IsKind(i + 4, FirmwareTokenKind.Identifier))
                {
                    AddAlias(b.Get(i + 4));
                }

                break;
            case "startsWith":
            case "endsWith":
            case "compareTo":
                _evidence.Unsure ??= "it tests the argument with " + method + ", which accepts an open set of strings";
                break;
        }
    }

    private void AddAlias(string name)
    {
        if (!_aliases.Contains(name) && _aliases.Count < 16)
        {
            _aliases.Add(name);
        }
    }

    /// <summary>The token after <c>arg</c> or <c>arg.c_str()</c> starting at <paramref name="i"/>.</summary>
    private int OperandEnd(int i)
    {
        var b = _body;
        if (b.Punct(i + 1, ".") && b.Word(i + 2, "c_str") && b.Punct(i + 3, "(") && b.Punct(i + 4, ")"))
        {
            return i + 5;
        }

        return i + 1;
    }

    /// <summary>For <c>X = arg;</c> (or <c>arg.c_str()</c>) ending the statement: <c>X</c>; otherwise null.</summary>
    private string? AssignedName(int i, int end)
    {
        var b = _body;
        if (i - 2 < b.Start || !b.Punct(i - 1, "=") || !b.IsKind(i - 2, FirmwareTokenKind.Identifier))
        {
            return null;
        }

        return end < b.End && (b.Punct(end, ";") || b.Punct(end, ",")) ? b.Get(i - 2) : null;
    }

    private bool IsMemberAccess(int i) => i > _body.Start && (_body.Punct(i - 1, ".") || _body.Punct(i - 1, "->"));

    private static bool IsLoopKeyword(string name) => name is "while" or "for";

    private void EnterLoop(int i)
    {
        var b = _body;
        if (!b.Punct(i + 1, "(") || !TakeScan())
        {
            return;
        }

        var close = b.FindClosing(i + 1);
        if (close > 0 && b.Punct(close + 1, "{") && TakeScan())
        {
            var end = b.FindClosing(close + 1);
            if (end > 0)
            {
                _loopEnds.Add(end);
            }
        }
    }

    private void MarkLoop(int i, string reason)
    {
        foreach (var end in _loopEnds)
        {
            if (i < end)
            {
                _evidence.Unsure ??= reason;
                return;
            }
        }
    }

    private bool TakeScan() => ++_scans <= ReaderLimits.MaxHandlerScans;

    /// <summary>True for <c>else if (arg ...</c> or <c>else if (!arg...</c>: a later branch of a chain.</summary>
    private bool InElseIf(int i)
    {
        var b = _body;
        var k = i - 1;
        while (k > b.Start && (b.Punct(k, "!") || b.Punct(k, "(")) && !b.Word(k - 1, "if"))
        {
            k--;
        }

        return k - 2 >= b.Start && b.Punct(k, "(") && b.Word(k - 1, "if") && b.Word(k - 2, "else");
    }

    /// <summary>
    /// The first number parse, tokens [<paramref name="start"/>, <paramref name="end"/>): checked when it is compared
    /// where it is, or stored in a variable that is compared (or clamped with <c>constrain</c>/<c>min</c>/<c>max</c>) later.
    /// </summary>
    private void Parse(int start, int end, int line)
    {
        var b = _body;
        if (_evidence.ParseLine != 0)
        {
            return;
        }

        _evidence.ParseLine = line;
        // Compared where it is, clamped, or returned as the handler's result (the caller sees the value).
        if (IsComparison(end) || IsComparison(start - 1) || (start - 2 >= b.Start && b.Punct(start - 1, "(") && IsClamp(start - 2))
            || (start - 1 >= b.Start && b.Word(start - 1, "return")))
        {
            _evidence.ParseChecked = true;
            return;
        }

        if (start - 2 < b.Start || !b.Punct(start - 1, "=") || !b.IsKind(start - 2, FirmwareTokenKind.Identifier))
        {
            return;
        }

        var variable = b.Get(start - 2);
        for (var k = end; k < b.End; k++)
        {
            if (b.Word(k, variable) && (IsComparison(k + 1) || IsComparison(k - 1) || (b.Punct(k - 1, "(") && IsClamp(k - 2)) || (b.Punct(k - 1, ",") && b.Punct(k - 3, "(") && IsClamp(k - 4))))
            {
                _evidence.ParseChecked = true;
                return;
            }
        }
    }

    private bool IsComparison(int i) =>
        i >= _body.Start && i < _body.End && (_body.Punct(i, "<") || _body.Punct(i, ">") || _body.Punct(i, "<=") || _body.Punct(i, ">=") || _body.Punct(i, "==") || _body.Punct(i, "!="));

    private bool IsClamp(int i) => i >= _body.Start && (_body.Word(i, "constrain") || _body.Word(i, "min") || _body.Word(i, "max") || _body.Word(i, "std"));

    private string? StringAt(int i)
    {
        var b = _body;
        if (i < b.Start || i >= b.End || (b[i].Kind != FirmwareTokenKind.String && b[i].Kind != FirmwareTokenKind.RawString))
        {
            return null;
        }

        return StringLiteralDecoder.TryDecodeConcatenation(b.Sub(i, i + 1), out var value) ? value : null;
    }

    /// <summary>A one-character literal (<c>'x'</c>) or a string literal at <paramref name="i"/>.</summary>
    private string? SeparatorAt(int i)
    {
        var b = _body;
        if (i >= b.End || i < b.Start)
        {
            return null;
        }

        return b[i].Kind == FirmwareTokenKind.Char ? CharAt(i) : StringAt(i);
    }

    private string? CharAt(int i)
    {
        var b = _body;
        if (i < b.Start || i >= b.End || b[i].Kind != FirmwareTokenKind.Char)
        {
            return null;
        }

        var text = b.Get(i);
        if (text.Length == 3 && text[0] == '\'' && text[2] == '\'')
        {
            return text.Substring(1, 1);
        }

        if (text.Length == 4 && text[1] == '\\')
        {
            return text[2] switch
            {
                't' => "\t",
                'n' => "\n",
                '\\' => "\\",
                '\'' => "'",
                _ => null,
            };
        }

        return null;
    }
}
