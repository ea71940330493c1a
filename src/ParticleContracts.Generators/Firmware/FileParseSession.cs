using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// The state of one <see cref="FirmwareFileParser.Parse"/> call. Tokens are pulled one at a time; only the current
/// statement is buffered. Statements end at <c>;</c> (outside parentheses and expression braces), at a block's
/// <c>{</c> and at <c>}</c>; each is then checked for registration calls and declarations.
/// </summary>
internal sealed class FileParseSession : IMacroScope
{
    private readonly string _path;
    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    [System.ThreadStatic]
    private static List<FirmwareToken>? _cachedTokens;

    private readonly List<FirmwareToken> _tokens = TakeCachedTokens();
    private readonly List<int> _tokenConditions = new();
    private readonly List<EquatableArray<string>> _conditionSnapshots = new() { EquatableArray<string>.Empty };
    private readonly List<ScopeFrame> _scopes = new() { new ScopeFrame(ScopeKind.File, null, null, false) };
    private readonly List<ConditionFrame> _conditions = new();
    private readonly Dictionary<string, string?> _localMacros = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> _undefinedMacros = new(System.StringComparer.Ordinal);
    private readonly List<MacroDefinition> _macros = new();
    private readonly List<CppDeclaration> _declarations = new();
    private readonly List<RegistrationSite> _sites = new();
    private readonly List<FirmwareDiagnostic> _diagnostics = new();
    private readonly DeclarationRecognizer _recognizer;
    private readonly List<PendingStatement> _pending = new();
    private readonly List<FirmwareToken> _replayTokens = new();
    private readonly DeclarationRecognizer _replayRecognizer;
    private FirmwareLexer _lexer;
    private int _currentSnapshot;
    private int _parenDepth;
    private int _expressionBraceDepth;
    private bool _topLevelEquals;
    private bool _topLevelArrow;
    private int _tokensSinceDirective;
    private int _anonymousTypes;
    private string? _afterBodyType;
    private bool _afterBodyTypedef;

    public FileParseSession(string path, string text, CancellationToken cancellationToken)
    {
        _path = path;
        _text = text;
        _cancellationToken = cancellationToken;
        _lexer = new FirmwareLexer(text);

        // Sized for typical firmware density so the lists rarely regrow.
        _declarations.Capacity = 16 + (text.Length / 160);
        _recognizer = new DeclarationRecognizer(path, text, _tokens, _declarations);
        _replayRecognizer = new DeclarationRecognizer(path, text, _replayTokens, _declarations);
    }

    private static List<FirmwareToken> TakeCachedTokens()
    {
        var tokens = _cachedTokens ?? new List<FirmwareToken>(256);
        _cachedTokens = null;
        tokens.Clear();
        return tokens;
    }

    private bool IsActive
    {
        get
        {
            foreach (var frame in _conditions)
            {
                if (frame.State == BranchState.Inactive)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public FirmwareFileModel Run()
    {
        var counter = 0;
        var active = true;
        while (true)
        {
            if ((++counter & 0xFF) == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var token = _lexer.Next();
            if (token.Kind == FirmwareTokenKind.EndOfFile)
            {
                EndStatement(opensBlock: false);
                break;
            }

            if (token.Kind == FirmwareTokenKind.Directive)
            {
                HandleDirective(token);
                _tokensSinceDirective = 0;
                active = IsActive;
                continue;
            }

            _tokensSinceDirective++;
            if (!active)
            {
                continue;
            }

            if (token.Kind == FirmwareTokenKind.Punctuator && token.Length == 1)
            {
                switch (_text[token.Start])
                {
                    case '(':
                    case '[':
                        _parenDepth++;
                        break;
                    case ')':
                    case ']':
                        if (_parenDepth > 0)
                        {
                            _parenDepth--;
                        }

                        break;
                    case '{':
                        if (_parenDepth > 0 || _expressionBraceDepth > 0 || IsExpressionBrace())
                        {
                            _expressionBraceDepth++;
                            break;
                        }

                        OpenBlock();
                        continue;
                    case '}':
                        if (_expressionBraceDepth > 0)
                        {
                            _expressionBraceDepth--;
                            break;
                        }

                        CloseBlock();
                        continue;
                    case ';':
                        if (_parenDepth == 0 && _expressionBraceDepth == 0)
                        {
                            EndStatement(opensBlock: false);
                            _afterBodyType = null;
                            continue;
                        }

                        break;
                    case '=':
                        if (_parenDepth == 0 && _expressionBraceDepth == 0)
                        {
                            _topLevelEquals = true;
                        }

                        break;
                }
            }
            else if (token.Kind == FirmwareTokenKind.Punctuator && _parenDepth == 0 && _expressionBraceDepth == 0 && TokenText.Is(_text, token, "->"))
            {
                _topLevelArrow = true;
            }

            _tokens.Add(token);
            _tokenConditions.Add(_currentSnapshot);
        }

        for (var i = _scopes.Count - 1; i > 0; i--)
        {
            if (_scopes[i].Kind == ScopeKind.Function)
            {
                LeaveFunction(_scopes[i]);
            }
        }

        foreach (var frame in _conditions)
        {
            _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnbalancedConditional, frame.Location, frame.Directive + " has no matching #endif"));
        }

        if (_lexer.HasUnterminatedComment)
        {
            var end = _text.Length;
            _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.MalformedSource, LocationAt(end), "/* comment"));
        }

        // The statement buffer is reused by the next file parsed on this thread (large statements grow it once).
        _tokens.Clear();
        if (_tokens.Capacity <= 1 << 16)
        {
            _cachedTokens = _tokens;
        }

        return new FirmwareFileModel(
            _path,
            FirmwareFileRole.Source,
            _macros.ToEquatableArray(),
            _declarations.ToEquatableArray(),
            _sites.ToEquatableArray(),
            _diagnostics.ToEquatableArray());
    }

    private FirmwareLocation LocationAt(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = (offset - lineStart) + 1;
        return new FirmwareLocation(_path, line, column, offset, 0, line, column);
    }

    private FirmwareLocation Loc(FirmwareToken first, FirmwareToken last)
        => new(_path, first.Line, first.Column, first.Start, last.End - first.Start, last.Line, last.Column + last.Length);

    private bool Word(int i, string value) => i < _tokens.Count && TokenText.IsWord(_text, _tokens[i], value);

    private bool Punct(int i, string value) => i < _tokens.Count && TokenText.IsPunct(_text, _tokens[i], value);

    // ── statements and scopes ───────────────────────────────────────────────────

    private void ClearStatement()
    {
        _tokens.Clear();
        _tokenConditions.Clear();
        _parenDepth = 0;
        _expressionBraceDepth = 0;
        _topLevelEquals = false;
        _topLevelArrow = false;
    }

    private bool IsExpressionBrace()
    {
        var count = _tokens.Count;
        if (count == 0)
        {
            return false;
        }

        if (_topLevelEquals || Word(0, "return"))
        {
            return true;
        }

        var last = _tokens[count - 1];
        var lastIsName = last.Kind == FirmwareTokenKind.Identifier;
        if (!lastIsName && !TokenText.IsPunct(_text, last, ">"))
        {
            return false;
        }

        if (lastIsName && (Word(count - 1, "else") || Word(count - 1, "do") || Word(count - 1, "try") || Word(count - 1, "const")
            || Word(count - 1, "override") || Word(count - 1, "final") || Word(count - 1, "noexcept") || Word(count - 1, "mutable")
            || Word(count - 1, "volatile") || Word(count - 1, "namespace")))
        {
            return false;
        }

        if (_topLevelArrow)
        {
            return false;
        }

        var first = _recognizer.SkipPrefix(0, count, out _);
        if (first >= count)
        {
            return false;
        }

        return !(Word(first, "class") || Word(first, "struct") || Word(first, "union") || Word(first, "enum")
            || Word(first, "namespace") || Word(first, "extern") || Word(first, "typedef"));
    }

    private (StatementScope Scope, string? Name, bool InEnum) CurrentStatementScope()
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            var frame = _scopes[i];
            switch (frame.Kind)
            {
                case ScopeKind.Function:
                    return (StatementScope.Function, frame.Name, false);
                case ScopeKind.Class:
                    return (StatementScope.Class, frame.Name, false);
                case ScopeKind.Enum:
                    return (StatementScope.Class, frame.Name, true);
                case ScopeKind.Namespace:
                case ScopeKind.File:
                    return (StatementScope.File, null, false);
            }
        }

        return (StatementScope.File, null, false);
    }

    private (string? Function, string? Class) Enclosing()
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            var frame = _scopes[i];
            if (frame.Kind == ScopeKind.Function)
            {
                return (frame.Name, frame.ClassName);
            }

            if (frame.Kind == ScopeKind.Class)
            {
                return (null, frame.Name);
            }
        }

        return (null, null);
    }

    private void EndStatement(bool opensBlock)
    {
        if (_tokens.Count > 0)
        {
            ScanSites();
            var (scope, name, inEnum) = CurrentStatementScope();
            if (!inEnum)
            {
                if (_afterBodyType is not null && !opensBlock && (_tokens[0].Kind == FirmwareTokenKind.Identifier || Punct(0, "*")))
                {
                    _recognizer.RecognizeAfterBody(0, _tokens.Count, scope, name, _afterBodyType, _afterBodyTypedef);
                }
                else if (!opensBlock && scope == StatementScope.Function)
                {
                    // Locals matter only in functions that register something: keep the text range, replay it then.
                    if (_tokens[0].Kind == FirmwareTokenKind.Identifier || Punct(0, "::") || Punct(0, "["))
                    {
                        var first = _tokens[0];
                        _pending.Add(new PendingStatement(first.Start, _tokens[_tokens.Count - 1].End, first.Line, first.Start - (first.Column - 1), name));
                    }
                }
                else if (!opensBlock)
                {
                    _recognizer.Recognize(0, _tokens.Count, scope, name, opensBlock: false);
                }
            }
        }

        ClearStatement();
    }

    private void OpenBlock()
    {
        var count = _tokens.Count;
        _afterBodyType = null;
        var first = _recognizer.SkipPrefix(0, count, out _);
        var (scope, scopeName, inEnum) = CurrentStatementScope();
        ScopeFrame frame;
        if (first >= count || inEnum)
        {
            frame = new ScopeFrame(ScopeKind.Block, null, null, false);
        }
        else if (Word(first, "namespace") || (Word(first, "extern") && first + 1 < count && _tokens[first + 1].Kind == FirmwareTokenKind.String))
        {
            frame = new ScopeFrame(ScopeKind.Namespace, null, null, false);
        }
        else if (TypeBody(first, count) is { } typeBody)
        {
            frame = typeBody;
        }
        else if (scope != StatementScope.Function && !IsControlKeyword(first))
        {
            frame = FunctionBody(scope, scopeName, first, count);
        }
        else
        {
            frame = new ScopeFrame(ScopeKind.Block, null, null, false);
        }

        ScanSites();
        ClearStatement();
        _scopes.Add(frame);
    }

    private ScopeFrame? TypeBody(int first, int count)
    {
        var isTypedef = Word(first, "typedef");
        var keyword = isTypedef ? first + 1 : first;
        var isEnum = Word(keyword, "enum");
        if (!isEnum && !Word(keyword, "class") && !Word(keyword, "struct") && !Word(keyword, "union"))
        {
            return null;
        }

        var i = keyword + 1;
        if (isEnum && (Word(i, "class") || Word(i, "struct")))
        {
            i++;
        }

        string? name = null;
        FirmwareToken nameToken = default;
        for (; i < count; i++)
        {
            if (Punct(i, ":"))
            {
                break;
            }

            if (Punct(i, "[") || Punct(i, "("))
            {
                var close = TokenText.FindClosing(_text, _tokens, i, count);
                if (close < 0)
                {
                    break;
                }

                i = close;
                continue;
            }

            if (_tokens[i].Kind == FirmwareTokenKind.Identifier && !Word(i, "final") && !Word(i, "__attribute__") && !Word(i, "alignas"))
            {
                name = TokenText.Get(_text, _tokens[i]);
                nameToken = _tokens[i];
            }
        }

        var (scope, scopeName, _) = CurrentStatementScope();
        if (name is null)
        {
            name = "<anonymous#" + (++_anonymousTypes).ToString(CultureInfo.InvariantCulture) + ">";
        }
        else
        {
            _declarations.Add(new CppDeclaration(name, isEnum ? CppDeclarationKind.Enum : CppDeclarationKind.Class, name, null, CppStorage.Global, scope == StatementScope.Class ? scopeName : null, null, false, false, false, false, null, Loc(nameToken, nameToken)));
        }

        return new ScopeFrame(isEnum ? ScopeKind.Enum : ScopeKind.Class, name, name, isTypedef);
    }

    private bool IsControlKeyword(int i)
        => Word(i, "if") || Word(i, "else") || Word(i, "for") || Word(i, "while") || Word(i, "do") || Word(i, "switch")
        || Word(i, "try") || Word(i, "catch");

    private ScopeFrame FunctionBody(StatementScope scope, string? scopeName, int first, int count)
    {
        // From the statement start: the template header (skipped in `first`) names the template parameters.
        _recognizer.RecordParameters = false;
        _recognizer.Recognize(0, count, scope, scopeName, opensBlock: true);
        _recognizer.RecordParameters = true;
        var head = new PendingStatement(_tokens[0].Start, _tokens[count - 1].End, _tokens[0].Line, _tokens[0].Start - (_tokens[0].Column - 1), scopeName);

        if (_recognizer.DefinedFunctionKey is { } key)
        {
            return new ScopeFrame(ScopeKind.Function, key, _recognizer.DefinedFunctionClass, false) { Head = head, HeadScope = scope, SitesAtEntry = _sites.Count, PendingAtEntry = _pending.Count };
        }

        // Constructors, operators, unusual heads: derive the key from the name before the parameter list.
        var end = count;
        var depth = 0;
        for (var i = first; i < count; i++)
        {
            if (Punct(i, "(") || Punct(i, "["))
            {
                depth++;
            }
            else if (Punct(i, ")") || Punct(i, "]"))
            {
                depth--;
            }
            else if (depth == 0 && Punct(i, ":") && i > first && Punct(i - 1, ")"))
            {
                end = i;
                break;
            }
        }

        for (var i = end - 1; i > first; i--)
        {
            if (Punct(i, "(") && _tokens[i - 1].Kind == FirmwareTokenKind.Identifier)
            {
                var name = TokenText.Get(_text, _tokens[i - 1]);
                string? className = scope == StatementScope.Class ? scopeName : null;
                if (i - 3 >= first && Punct(i - 2, "::") && _tokens[i - 3].Kind == FirmwareTokenKind.Identifier)
                {
                    className = TokenText.Get(_text, _tokens[i - 3]);
                }

                return new ScopeFrame(ScopeKind.Function, className is null ? name : className + "::" + name, className, false) { Head = head, HeadScope = scope, SitesAtEntry = _sites.Count, PendingAtEntry = _pending.Count };
            }
        }

        return new ScopeFrame(ScopeKind.Function, "<unknown>", null, false) { Head = head, HeadScope = scope, SitesAtEntry = _sites.Count, PendingAtEntry = _pending.Count };
    }

    private void CloseBlock()
    {
        EndStatement(opensBlock: false);
        if (_scopes.Count <= 1)
        {
            return;
        }

        var frame = _scopes[_scopes.Count - 1];
        _scopes.RemoveAt(_scopes.Count - 1);
        if (frame.Kind == ScopeKind.Function)
        {
            LeaveFunction(frame);
        }

        if (frame.Kind is ScopeKind.Class or ScopeKind.Enum)
        {
            _afterBodyType = frame.Name;
            _afterBodyTypedef = frame.IsTypedef;
        }
        else
        {
            _afterBodyType = null;
        }
    }

    private void LeaveFunction(ScopeFrame frame)
    {
        if (_sites.Count > frame.SitesAtEntry)
        {
            // The function registers something: replay its parameters and local statements as declarations.
            var parentName = frame.HeadScope == StatementScope.File ? null : frame.Head.ScopeName;
            if (Replay(frame.Head))
            {
                _replayRecognizer.ParametersOnly = true;
                _replayRecognizer.Recognize(0, _replayTokens.Count, frame.HeadScope, parentName, opensBlock: true);
                _replayRecognizer.ParametersOnly = false;
            }

            for (var i = frame.PendingAtEntry; i < _pending.Count; i++)
            {
                if (Replay(_pending[i]))
                {
                    _replayRecognizer.Recognize(0, _replayTokens.Count, StatementScope.Function, _pending[i].ScopeName, opensBlock: false);
                }
            }
        }

        if (frame.PendingAtEntry < _pending.Count)
        {
            _pending.RemoveRange(frame.PendingAtEntry, _pending.Count - frame.PendingAtEntry);
        }
    }

    private bool Replay(PendingStatement statement)
    {
        _replayTokens.Clear();
        var lexer = new FirmwareLexer(_text, statement.Start, statement.End, statement.Line, statement.LineStart);
        while (true)
        {
            var token = lexer.Next();
            if (token.Kind == FirmwareTokenKind.EndOfFile)
            {
                return _replayTokens.Count > 0;
            }

            if (token.Kind != FirmwareTokenKind.Directive)
            {
                _replayTokens.Add(token);
            }
        }
    }

    // ── registration calls ──────────────────────────────────────────────────────

    private void ScanSites()
    {
        var count = _tokens.Count;
        for (var i = 0; i + 3 < count; i++)
        {
            var token = _tokens[i];
            if (token.Kind != FirmwareTokenKind.Identifier)
            {
                continue;
            }

            var isParticle = TokenText.Is(_text, token, "Particle");
            if (!isParticle && !TokenText.Is(_text, token, "Spark"))
            {
                continue;
            }

            if (!Punct(i + 1, ".") || !Punct(i + 3, "("))
            {
                continue;
            }

            RegistrationKind kind;
            if (Word(i + 2, "variable"))
            {
                kind = RegistrationKind.Variable;
            }
            else if (Word(i + 2, "function"))
            {
                kind = RegistrationKind.Function;
            }
            else
            {
                continue;
            }

            if (i > 0 && (Punct(i - 1, ".") || Punct(i - 1, "->")))
            {
                continue;
            }

            var close = TokenText.FindClosing(_text, _tokens, i + 3, count);
            var argumentsEnd = close < 0 ? count : close;
            var arguments = new List<SiteArgument>();
            if (argumentsEnd > i + 4)
            {
                foreach (var (start, end) in TokenText.SplitTopLevel(_text, _tokens, i + 4, argumentsEnd))
                {
                    if (end > start)
                    {
                        arguments.Add(new SiteArgument(TokenText.Slice(_text, _tokens, start, end), Loc(_tokens[start], _tokens[end - 1])));
                    }
                    else
                    {
                        var at = _tokens[start < count ? start : count - 1];
                        arguments.Add(new SiteArgument(string.Empty, Loc(at, at)));
                    }
                }
            }

            var (function, className) = Enclosing();
            var last = _tokens[close < 0 ? count - 1 : close];
            _sites.Add(new RegistrationSite(
                kind,
                isParticle ? "Particle" : "Spark",
                Loc(token, last),
                arguments.ToEquatableArray(),
                function,
                className,
                _conditionSnapshots[_tokenConditions[i]]));
        }
    }

    // ── preprocessor ────────────────────────────────────────────────────────────

    public MacroState Lookup(string name, out string? value)
    {
        if (_localMacros.TryGetValue(name, out value))
        {
            return MacroState.Defined;
        }

        value = null;
        return _undefinedMacros.Contains(name) ? MacroState.Undefined : MacroState.Unknown;
    }

    private void HandleDirective(FirmwareToken directive)
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
            // #include, #pragma, #error, ...: nothing the reader needs.
            return;
        }

        var restText = rest.Kind == FirmwareTokenKind.EndOfFile || keywordText is "define" or "undef" or "else" or "endif" or "ifdef" or "ifndef"
            ? string.Empty
            : _text.Substring(rest.Start, directive.End - rest.Start);
        var location = Loc(directive, directive);
        switch (keywordText)
        {
            case "if":
                PushCondition(PreprocessorExpression.EvaluateCondition(restText, this), restText.Trim(), location, "#if", guardName: null);
                break;
            case "ifdef":
            case "ifndef":
                {
                    var negate = TokenText.Is(_text, keyword, "ifndef");
                    if (rest.Kind != FirmwareTokenKind.Identifier)
                    {
                        PushCondition(null, "0", location, negate ? "#ifndef" : "#ifdef", guardName: null);
                        break;
                    }

                    var name = TokenText.Get(_text, rest);
                    bool? defined = Lookup(name, out _) switch
                    {
                        MacroState.Defined => true,
                        MacroState.Undefined => false,
                        _ => null,
                    };
                    var expression = (negate ? "!" : string.Empty) + "defined(" + name + ")";
                    PushCondition(defined is null ? null : defined.Value != negate, expression, location, negate ? "#ifndef" : "#ifdef", negate ? name : null);
                    break;
                }

            case "elif":
                ElseBranch(PreprocessorExpression.EvaluateCondition(restText, this), restText.Trim(), location, "#elif");
                break;
            case "elifdef":
            case "elifndef":
                ElseBranch(null, "0", location, "#elif");
                break;
            case "else":
                ElseBranch(true, "1", location, "#else");
                break;
            case "endif":
                if (_conditions.Count == 0)
                {
                    _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnbalancedConditional, location, "#endif has no matching #if"));
                    break;
                }

                _conditions.RemoveAt(_conditions.Count - 1);
                RefreshSnapshot();
                break;
            case "define":
                if (IsActive && rest.Kind == FirmwareTokenKind.Identifier)
                {
                    Define(rest, directive, location);
                }

                break;
            case "undef":
                if (IsActive && rest.Kind == FirmwareTokenKind.Identifier)
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
        string[] keywords = DirectiveKeywords;
        foreach (var candidate in keywords)
        {
            if (TokenText.Is(_text, keyword, candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static readonly string[] DirectiveKeywords = { "if", "ifdef", "ifndef", "elif", "elifdef", "elifndef", "else", "endif", "define", "undef" };

    private void Define(FirmwareToken nameToken, FirmwareToken directive, FirmwareLocation directiveLocation)
    {
        var name = TokenText.Get(_text, nameToken);
        var isFunctionLike = nameToken.End < directive.End && _text[nameToken.End] == '(';
        var valueStart = nameToken.End;
        if (isFunctionLike)
        {
            var close = _text.IndexOf(')', nameToken.End);
            valueStart = close < 0 || close >= directive.End ? directive.End : close + 1;
        }

        var value = _text.Substring(valueStart, directive.End - valueStart).Trim();
        var top = _conditions.Count > 0 ? _conditions[_conditions.Count - 1] : null;
        if (top is not null && top.GuardName == name && _tokensSinceDirective == 0 && top.State == BranchState.Deferred)
        {
            // `#ifndef X` immediately followed by `#define X`: an include guard, always entered the first time.
            top.State = BranchState.Active;
            top.Current.Clear();
            RefreshSnapshot();
        }

        _localMacros[name] = isFunctionLike ? null : value;
        _undefinedMacros.Remove(name);
        _macros.Add(new MacroDefinition(name, isFunctionLike ? string.Empty : value, isFunctionLike, _conditionSnapshots[_currentSnapshot], Loc(nameToken, nameToken)));
        _ = directiveLocation;
    }

    private void PushCondition(bool? value, string expression, FirmwareLocation location, string directive, string? guardName)
    {
        var frame = new ConditionFrame(location, directive) { GuardName = guardName };
        if (!IsActive)
        {
            frame.ParentInactive = true;
            frame.State = BranchState.Inactive;
            frame.Taken = Taken.Yes;
        }
        else if (value == true)
        {
            frame.State = BranchState.Active;
            frame.Taken = Taken.Yes;
        }
        else if (value == false)
        {
            frame.State = BranchState.Inactive;
            frame.Taken = Taken.No;
        }
        else
        {
            frame.State = BranchState.Deferred;
            frame.Taken = Taken.Maybe;
            frame.Current.Add(expression);
            frame.Negations.Add(Negate(expression));
        }

        _conditions.Add(frame);
        RefreshSnapshot();
    }

    private void ElseBranch(bool? value, string expression, FirmwareLocation location, string directive)
    {
        if (_conditions.Count == 0)
        {
            _diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.UnbalancedConditional, location, directive + " has no matching #if"));
            return;
        }

        var frame = _conditions[_conditions.Count - 1];
        frame.GuardName = null;
        if (frame.ParentInactive)
        {
            return;
        }

        frame.Current.Clear();
        if (frame.Taken == Taken.Yes || value == false)
        {
            frame.State = BranchState.Inactive;
        }
        else if (value == true)
        {
            if (frame.Taken == Taken.No)
            {
                frame.State = BranchState.Active;
            }
            else
            {
                frame.State = BranchState.Deferred;
                frame.Current.AddRange(frame.Negations);
            }

            frame.Taken = Taken.Yes;
        }
        else
        {
            frame.State = BranchState.Deferred;
            frame.Current.AddRange(frame.Negations);
            frame.Current.Add(expression);
            frame.Negations.Add(Negate(expression));
            frame.Taken = Taken.Maybe;
        }

        RefreshSnapshot();
    }

    private static string Negate(string expression) => "!(" + expression + ")";

    private void RefreshSnapshot()
    {
        List<string>? all = null;
        foreach (var frame in _conditions)
        {
            if (frame.State == BranchState.Deferred && frame.Current.Count > 0)
            {
                all ??= new List<string>();
                all.AddRange(frame.Current);
            }
        }

        if (all is null)
        {
            _currentSnapshot = 0;
            return;
        }

        _conditionSnapshots.Add(all.ToEquatableArray());
        _currentSnapshot = _conditionSnapshots.Count - 1;
    }

    private enum ScopeKind
    {
        File,
        Namespace,
        Class,
        Enum,
        Function,
        Block,
    }

    private enum BranchState
    {
        Active,
        Inactive,
        Deferred,
    }

    private enum Taken
    {
        No,
        Maybe,
        Yes,
    }

    private readonly struct ScopeFrame
    {
        public ScopeFrame(ScopeKind kind, string? name, string? className, bool isTypedef)
        {
            Kind = kind;
            Name = name;
            ClassName = className;
            IsTypedef = isTypedef;
        }

        public ScopeKind Kind { get; }

        /// <summary>The function key or class name.</summary>
        public string? Name { get; }

        public string? ClassName { get; }

        public bool IsTypedef { get; }

        /// <summary>Function frames: the definition head, to replay its parameters.</summary>
        public PendingStatement Head { get; init; }

        public StatementScope HeadScope { get; init; }

        public int SitesAtEntry { get; init; }

        public int PendingAtEntry { get; init; }
    }

    /// <summary>A statement's text range, kept to be re-lexed only if its declarations turn out to matter.</summary>
    private readonly struct PendingStatement
    {
        public PendingStatement(int start, int end, int line, int lineStart, string? scopeName)
        {
            Start = start;
            End = end;
            Line = line;
            LineStart = lineStart;
            ScopeName = scopeName;
        }

        public int Start { get; }

        public int End { get; }

        public int Line { get; }

        public int LineStart { get; }

        /// <summary>The enclosing function key (body statements) or the head's scope name (function heads).</summary>
        public string? ScopeName { get; }
    }

    private sealed class ConditionFrame
    {
        public ConditionFrame(FirmwareLocation location, string directive)
        {
            Location = location;
            Directive = directive;
        }

        public FirmwareLocation Location { get; }

        public string Directive { get; }

        public bool ParentInactive { get; set; }

        public BranchState State { get; set; }

        public Taken Taken { get; set; }

        public string? GuardName { get; set; }

        public List<string> Current { get; } = new();

        public List<string> Negations { get; } = new();
    }
}
