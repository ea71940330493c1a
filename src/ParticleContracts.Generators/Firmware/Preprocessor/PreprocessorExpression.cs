using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>
/// Evaluates <c>#if</c>/<c>#elif</c> expressions with three-valued logic: a value, or unknown when the expression
/// depends on a macro the project does not define (<c>PLATFORM_ID</c>, build flags). Integer arithmetic,
/// comparisons, <c>defined()</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c> and <c>?:</c>; short-circuiting makes
/// <c>0 &amp;&amp; UNKNOWN</c> false. Never throws (division by zero and malformed text are unknown).
/// </summary>
internal sealed class PreprocessorExpression
{
    private const int MaxMacroDepth = 16;

    private readonly List<ExpressionItem> _items = new();
    private readonly IMacroScope _scope;
    private readonly int _depth;
    private readonly ExpressionBudget _nesting;
    private int _index;

    private PreprocessorExpression(IMacroScope scope, int depth, ExpressionBudget nesting)
    {
        _scope = scope;
        _depth = depth;
        _nesting = nesting;
    }

    /// <summary>Evaluates <paramref name="text"/>; null when it cannot be decided.</summary>
    public static long? Evaluate(string text, IMacroScope scope) => Evaluate(text, scope, out _);

    /// <summary>
    /// Evaluates <paramref name="text"/>; null when it cannot be decided. <paramref name="tooDeep"/> is true when the
    /// expression nests deeper than <see cref="ReaderLimits.MaxExpressionDepth"/> (then the value is null).
    /// </summary>
    public static long? Evaluate(string text, IMacroScope scope, out bool tooDeep)
    {
        var nesting = new ExpressionBudget();
        var value = Evaluate(text, scope, 0, nesting);
        tooDeep = nesting.Exceeded;
        return value;
    }

    /// <summary>True, false or null (undecided) for a condition.</summary>
    public static bool? EvaluateCondition(string text, IMacroScope scope) => EvaluateCondition(text, scope, out _);

    /// <summary>True, false or null (undecided) for a condition; see <see cref="Evaluate(string, IMacroScope, out bool)"/>.</summary>
    public static bool? EvaluateCondition(string text, IMacroScope scope, out bool tooDeep)
    {
        var value = Evaluate(text, scope, out tooDeep);
        return value is null ? null : value.Value != 0;
    }

    private static long? Evaluate(string text, IMacroScope scope, int depth, ExpressionBudget nesting)
    {
        if (depth > MaxMacroDepth)
        {
            return null;
        }

        var evaluator = new PreprocessorExpression(scope, depth, nesting);
        if (!evaluator.Tokenize(text))
        {
            return null;
        }

        if (evaluator._items.Count == 0)
        {
            return null;
        }

        var result = evaluator.ParseConditional(out var ok);
        return ok && evaluator._index == evaluator._items.Count ? result : null;
    }

    private bool Tokenize(string text)
    {
        var lexer = new FirmwareLexer(text);
        while (true)
        {
            var token = lexer.Next();
            switch (token.Kind)
            {
                case FirmwareTokenKind.EndOfFile:
                    return true;
                case FirmwareTokenKind.Identifier:
                    _items.Add(new ExpressionItem(ItemKind.Name, text.Substring(token.Start, token.Length), 0));
                    break;
                case FirmwareTokenKind.Number:
                    if (!PreprocessorLiterals.TryParseInteger(text, token.Start, token.Length, out var number))
                    {
                        return false;
                    }

                    _items.Add(new ExpressionItem(ItemKind.Number, null, number));
                    break;
                case FirmwareTokenKind.Char:
                    _items.Add(new ExpressionItem(ItemKind.Number, null, PreprocessorLiterals.CharValue(text, token.Start, token.Length)));
                    break;
                case FirmwareTokenKind.Punctuator:
                    _items.Add(new ExpressionItem(ItemKind.Operator, OperatorText(text, token), 0));
                    break;
                default:
                    // Strings and nested directives have no integer value.
                    return false;
            }
        }
    }

    private static readonly string[] Operators = { "(", ")", "!", "~", "-", "+", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "&&", "||", "&", "|", "^", "?", ":", "," };

    private static string OperatorText(string text, FirmwareToken token)
    {
        foreach (var candidate in Operators)
        {
            if (TokenText.Is(text, token, candidate))
            {
                return candidate;
            }
        }

        return text.Substring(token.Start, token.Length);
    }

    private bool IsOperator(string op) => _index < _items.Count && _items[_index].Kind == ItemKind.Operator && _items[_index].Text == op;

    private long? ParseConditional(out bool ok)
    {
        if (!_nesting.Enter())
        {
            ok = false;
            return null;
        }

        var value = ParseConditionalCore(out ok);
        _nesting.Leave();
        return value;
    }

    private long? ParseConditionalCore(out bool ok)
    {
        var condition = ParseBinary(0, out ok);
        if (!ok || !IsOperator("?"))
        {
            return condition;
        }

        _index++;
        var whenTrue = ParseConditional(out ok);
        if (!ok || !IsOperator(":"))
        {
            ok = false;
            return null;
        }

        _index++;
        var whenFalse = ParseConditional(out ok);
        if (!ok)
        {
            return null;
        }

        if (condition is null)
        {
            return whenTrue == whenFalse ? whenTrue : null;
        }

        return condition.Value != 0 ? whenTrue : whenFalse;
    }

    private static int Precedence(string op) => op switch
    {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" => 4,
        "&" => 5,
        "==" or "!=" => 6,
        "<" or ">" or "<=" or ">=" => 7,
        "<<" or ">>" => 8,
        "+" or "-" => 9,
        "*" or "/" or "%" => 10,
        _ => -1,
    };

    private string? PeekBinaryOperator()
    {
        if (_index >= _items.Count || _items[_index].Kind != ItemKind.Operator)
        {
            return null;
        }

        var op = _items[_index].Text!;

        // The lexer keeps '<' and '>' single (templates); '<' '<' is a shift here.
        if ((op == "<" || op == ">") && _index + 1 < _items.Count && _items[_index + 1].Kind == ItemKind.Operator && _items[_index + 1].Text == op)
        {
            return op + op;
        }

        return Precedence(op) > 0 ? op : null;
    }

    private long? ParseBinary(int minPrecedence, out bool ok)
    {
        var left = ParseUnary(out ok);
        while (ok)
        {
            var op = PeekBinaryOperator();
            if (op is null)
            {
                break;
            }

            var precedence = Precedence(op);
            if (precedence <= minPrecedence)
            {
                break;
            }

            _index += op.Length == 2 && (op == "<<" || op == ">>") ? 2 : 1;
            var right = ParseBinary(precedence, out ok);
            if (!ok)
            {
                return null;
            }

            left = Apply(op, left, right);
        }

        return left;
    }

    private static long? Apply(string op, long? left, long? right)
    {
        switch (op)
        {
            case "&&":
                if (left == 0 || right == 0)
                {
                    return 0;
                }

                return left is null || right is null ? null : 1;
            case "||":
                if ((left is not null && left != 0) || (right is not null && right != 0))
                {
                    return 1;
                }

                return left is null || right is null ? null : 0;
        }

        if (left is null || right is null)
        {
            return null;
        }

        var a = left.Value;
        var b = right.Value;
        return op switch
        {
            "|" => a | b,
            "^" => a ^ b,
            "&" => a & b,
            "==" => a == b ? 1 : 0,
            "!=" => a != b ? 1 : 0,
            "<" => a < b ? 1 : 0,
            ">" => a > b ? 1 : 0,
            "<=" => a <= b ? 1 : 0,
            ">=" => a >= b ? 1 : 0,
            "<<" => b is >= 0 and < 64 ? a << (int)b : null,
            ">>" => b is >= 0 and < 64 ? a >> (int)b : null,
            "+" => unchecked(a + b),
            "-" => unchecked(a - b),
            "*" => unchecked(a * b),
            "/" => b == 0 || (a == long.MinValue && b == -1) ? null : a / b,
            "%" => b == 0 || (a == long.MinValue && b == -1) ? null : a % b,
            _ => null,
        };
    }

    private long? ParseUnary(out bool ok)
    {
        if (!_nesting.Enter())
        {
            ok = false;
            return null;
        }

        var value = ParseUnaryCore(out ok);
        _nesting.Leave();
        return value;
    }

    private long? ParseUnaryCore(out bool ok)
    {
        ok = true;
        if (_index >= _items.Count)
        {
            ok = false;
            return null;
        }

        var item = _items[_index];
        if (item.Kind == ItemKind.Operator)
        {
            switch (item.Text)
            {
                case "!":
                    {
                        _index++;
                        var value = ParseUnary(out ok);
                        return value is null ? null : value == 0 ? 1 : 0;
                    }

                case "-":
                    {
                        _index++;
                        var value = ParseUnary(out ok);
                        return value is null ? null : unchecked(-value.Value);
                    }

                case "+":
                    _index++;
                    return ParseUnary(out ok);
                case "~":
                    {
                        _index++;
                        var value = ParseUnary(out ok);
                        return value is null ? null : ~value.Value;
                    }

                case "(":
                    {
                        _index++;
                        var value = ParseConditional(out ok);
                        if (!ok || !IsOperator(")"))
                        {
                            ok = false;
                            return null;
                        }

                        _index++;
                        return value;
                    }

                default:
                    ok = false;
                    return null;
            }
        }

        _index++;
        if (item.Kind == ItemKind.Number)
        {
            return item.Value;
        }

        return ParseName(item.Text!, out ok);
    }

    private long? ParseName(string name, out bool ok)
    {
        ok = true;
        if (name == "defined")
        {
            var parenthesized = IsOperator("(");
            if (parenthesized)
            {
                _index++;
            }

            if (_index >= _items.Count || _items[_index].Kind != ItemKind.Name)
            {
                ok = false;
                return null;
            }

            var macro = _items[_index].Text!;
            _index++;
            if (parenthesized)
            {
                if (!IsOperator(")"))
                {
                    ok = false;
                    return null;
                }

                _index++;
            }

            return _scope.Lookup(macro, out _) switch
            {
                MacroState.Defined => 1,
                MacroState.Undefined => 0,
                _ => null,
            };
        }

        if (name == "true")
        {
            return 1;
        }

        if (name == "false")
        {
            return 0;
        }

        if (IsOperator("("))
        {
            // A function-like macro call: skip its arguments; its value is unknown.
            var depth = 0;
            while (_index < _items.Count)
            {
                var item = _items[_index++];
                if (item.Kind == ItemKind.Operator && item.Text == "(")
                {
                    depth++;
                }
                else if (item.Kind == ItemKind.Operator && item.Text == ")" && --depth == 0)
                {
                    break;
                }
            }

            return null;
        }

        switch (_scope.Lookup(name, out var value))
        {
            case MacroState.Defined:
                return string.IsNullOrWhiteSpace(value) || !_nesting.Expand() ? null : Evaluate(value!, _scope, _depth + 1, _nesting);
            case MacroState.Undefined:
                // C rule: an identifier that is not a macro evaluates to 0.
                return 0;
            default:
                return null;
        }
    }
}
