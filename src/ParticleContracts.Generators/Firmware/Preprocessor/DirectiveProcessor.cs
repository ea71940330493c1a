using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>
/// Applies the directives of one file in order: conditionals go to the <see cref="ConditionalStack"/>, <c>#define</c>
/// and <c>#undef</c> to the file's macro table (which <c>#if</c> expressions in the same file see). Other directives
/// (<c>#include</c>, <c>#pragma</c>, ...) tell the reader nothing.
/// </summary>
internal sealed class DirectiveProcessor : IMacroScope
{
    private static readonly string[] DirectiveKeywords = { "if", "ifdef", "ifndef", "elif", "elifdef", "elifndef", "else", "endif", "define", "undef" };

    private readonly string _path;
    private readonly string _text;
    private readonly ConditionalStack _conditions;
    private readonly List<MacroDefinition> _macros;
    private readonly List<FirmwareDiagnostic> _diagnostics;
    private readonly Dictionary<string, string?> _localMacros = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _undefinedMacros = new(System.StringComparer.Ordinal);

    public DirectiveProcessor(string path, string text, ConditionalStack conditions, List<MacroDefinition> macros, List<FirmwareDiagnostic> diagnostics)
    {
        _path = path;
        _text = text;
        _conditions = conditions;
        _macros = macros;
        _diagnostics = diagnostics;
    }

    /// <inheritdoc/>
    public MacroState Lookup(string name, out string? value)
    {
        if (_localMacros.TryGetValue(name, out value))
        {
            return MacroState.Defined;
        }

        value = null;
        return _undefinedMacros.Contains(name) ? MacroState.Undefined : MacroState.Unknown;
    }

    /// <summary>Applies one directive token. <paramref name="tokensSinceDirective"/> detects include guards.</summary>
    public void Handle(FirmwareToken directive, int tokensSinceDirective)
    {
        var lineStart = directive.Start - (directive.Column - 1);
        var lexer = new FirmwareLexer(_text, directive.Start + 1, directive.End, directive.Line, lineStart);
        var keyword = lexer.Next();
        if (keyword.Kind != FirmwareTokenKind.Identifier)
        {
            return;
        }

        var rest = lexer.Next();
        var keywordText = DirectiveKeyword(keyword);
        if (keywordText is null)
        {
            return;
        }

        var restText = rest.Kind == FirmwareTokenKind.EndOfFile || keywordText is "define" or "undef" or "else" or "endif" or "ifdef" or "ifndef"
            ? string.Empty
            : _text.Substring(rest.Start, directive.End - rest.Start);
        var location = TokenLocation.Of(_path, directive);
        switch (keywordText)
        {
            case "if":
                _conditions.Push(Evaluate(restText, location), restText.Trim(), location, "#if", guardName: null);
                break;
            case "ifdef":
            case "ifndef":
                IfDefined(keywordText == "ifndef", rest, location);
                break;
            case "elif":
                Else(Evaluate(restText, location), restText.Trim(), location, "#elif");
                break;
            case "elifdef":
            case "elifndef":
                Else(null, "0", location, "#elif");
                break;
            case "else":
                Else(true, "1", location, "#else");
                break;
            case "endif":
                if (!_conditions.Pop())
                {
                    _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnbalancedConditional, location, "#endif has no matching #if"));
                }

                break;
            case "define":
                if (_conditions.IsActive && rest.Kind == FirmwareTokenKind.Identifier)
                {
                    Define(rest, directive, tokensSinceDirective);
                }

                break;
            case "undef":
                if (_conditions.IsActive && rest.Kind == FirmwareTokenKind.Identifier)
                {
                    var name = TokenText.Get(_text, rest);
                    _localMacros.Remove(name);
                    _undefinedMacros.Add(name);
                }

                break;
        }
    }

    private string? DirectiveKeyword(FirmwareToken keyword)
    {
        foreach (var candidate in DirectiveKeywords)
        {
            if (TokenText.Is(_text, keyword, candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private void IfDefined(bool negate, FirmwareToken nameToken, FirmwareLocation location)
    {
        var directive = negate ? "#ifndef" : "#ifdef";
        if (nameToken.Kind != FirmwareTokenKind.Identifier)
        {
            _conditions.Push(null, "0", location, directive, guardName: null);
            return;
        }

        var name = TokenText.Get(_text, nameToken);
        bool? defined = Lookup(name, out _) switch
        {
            MacroState.Defined => true,
            MacroState.Undefined => false,
            _ => null,
        };
        var expression = (negate ? "!" : string.Empty) + "defined(" + name + ")";
        _conditions.Push(defined is null ? null : defined.Value != negate, expression, location, directive, negate ? name : null);
    }

    private void Else(bool? value, string expression, FirmwareLocation location, string directive)
    {
        if (!_conditions.Else(value, expression, location))
        {
            _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnbalancedConditional, location, directive + " has no matching #if"));
        }
    }

    /// <summary>An <c>#if</c>/<c>#elif</c> condition; one nested too deeply is undecided and reported.</summary>
    private bool? Evaluate(string expression, FirmwareLocation location)
    {
        var value = PreprocessorExpression.EvaluateCondition(expression, this, out var tooDeep);
        if (tooDeep)
        {
            var limit = ReaderLimits.MaxExpressionDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.NestingTooDeep, location, "parentheses, operators or macro expansions in an #if expression", limit, "the condition (it is treated as undecided)"));
        }

        return value;
    }

    private void Define(FirmwareToken nameToken, FirmwareToken directive, int tokensSinceDirective)
    {
        var name = TokenText.Get(_text, nameToken);
        var isFunctionLike = nameToken.End < directive.End && _text[nameToken.End] == '(';
        var valueStart = nameToken.End;
        if (isFunctionLike)
        {
            var close = _text.IndexOf(')', nameToken.End, directive.End - nameToken.End);
            valueStart = close < 0 ? directive.End : close + 1;
        }

        var value = _text.Substring(valueStart, directive.End - valueStart).Trim();
        if (tokensSinceDirective == 0 && _conditions.DeferredGuardName == name)
        {
            _conditions.EnterIncludeGuard();
        }

        _localMacros[name] = isFunctionLike ? null : value;
        _undefinedMacros.Remove(name);
        _macros.Add(new MacroDefinition(name, isFunctionLike ? string.Empty : value, isFunctionLike, _conditions.Current, TokenLocation.Of(_path, nameToken)));
    }
}
