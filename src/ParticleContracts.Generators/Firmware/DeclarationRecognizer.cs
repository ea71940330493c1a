using System.Collections.Generic;
using System.Text;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware;

/// <summary>Where a statement sits, for the declaration recognizer.</summary>
internal enum StatementScope
{
    File,
    Class,
    Function,
}

/// <summary>
/// Recognizes C++ declarations in one statement (the tokens up to <c>;</c> or a block's <c>{</c>): variables
/// (with array bounds, pointers, initializers), functions, function pointers, <c>typedef</c>/<c>using</c> aliases,
/// enums and classes. It is deliberately forgiving: a statement it does not understand declares nothing.
/// </summary>
internal sealed class DeclarationRecognizer
{
    private const int MaxStoredInitializerLength = 4096;

    private readonly string _path;
    private readonly string _text;
    private readonly IReadOnlyList<FirmwareToken> _tokens;
    private readonly List<CppDeclaration> _output;
    private readonly StringBuilder _builder = new();
    private readonly StringBuilder _declaratorBuilder = new();

    public DeclarationRecognizer(string path, string text, IReadOnlyList<FirmwareToken> tokens, List<CppDeclaration> output)
    {
        _path = path;
        _text = text;
        _tokens = tokens;
        _output = output;
    }

    /// <summary>When false, a function definition head records no parameter declarations (they are replayed later if needed).</summary>
    public bool RecordParameters { get; set; } = true;

    /// <summary>When true, a function definition head records only its parameters (the function itself is already known).</summary>
    public bool ParametersOnly { get; set; }

    /// <summary>The function key (<c>Class::method</c> or <c>name</c>) of the last function definition head recognized.</summary>
    public string? DefinedFunctionKey { get; private set; }

    /// <summary>The class of that function, or null.</summary>
    public string? DefinedFunctionClass { get; private set; }

    private bool Word(int i, string value) => i < _tokens.Count && TokenText.IsWord(_text, _tokens[i], value);

    private bool Punct(int i, string value) => i < _tokens.Count && TokenText.IsPunct(_text, _tokens[i], value);

    private FirmwareLocation Loc(FirmwareToken token)
        => new(_path, token.Line, token.Column, token.Start, token.Length, token.Line, token.Column + token.Length);

    /// <summary>Skips labels, access specifiers, attributes and a template header; returns the first declaration token.</summary>
    public int SkipPrefix(int i, int end, out string? templateParameters)
    {
        templateParameters = null;
        while (i < end)
        {
            if ((Word(i, "public") || Word(i, "private") || Word(i, "protected")) && Punct(i + 1, ":"))
            {
                i += 2;
                continue;
            }

            if (Word(i, "case"))
            {
                var j = i + 1;
                while (j < end && !Punct(j, ":"))
                {
                    j++;
                }

                i = j + 1;
                continue;
            }

            if (Word(i, "default") && Punct(i + 1, ":"))
            {
                i += 2;
                continue;
            }

            if (Punct(i, "[") && Punct(i + 1, "["))
            {
                var close = TokenText.FindClosing(_text, _tokens, i, end);
                if (close < 0)
                {
                    return end;
                }

                i = close + 1;
                continue;
            }

            if (IsMacroInvocationPrefix(i, end))
            {
                // `SYSTEM_MODE(AUTOMATIC)` without a semicolon before a declaration.
                i = TokenText.FindClosing(_text, _tokens, i + 1, end) + 1;
                continue;
            }

            if ((Word(i, "__attribute__") || Word(i, "__declspec") || Word(i, "alignas")) && Punct(i + 1, "("))
            {
                var close = TokenText.FindClosing(_text, _tokens, i + 1, end);
                if (close < 0)
                {
                    return end;
                }

                i = close + 1;
                continue;
            }

            if (Word(i, "template") && Punct(i + 1, "<"))
            {
                var close = TokenText.FindTemplateClosing(_text, _tokens, i + 1, end);
                if (close < 0)
                {
                    return end;
                }

                templateParameters = TemplateParameterNames(i + 2, close);
                i = close + 1;
                continue;
            }

            break;
        }

        return i;
    }

    private bool IsMacroInvocationPrefix(int i, int end)
    {
        if (i + 1 >= end || _tokens[i].Kind != FirmwareTokenKind.Identifier || !Punct(i + 1, "("))
        {
            return false;
        }

        var token = _tokens[i];
        var hasLetter = false;
        for (var k = token.Start; k < token.End; k++)
        {
            var c = _text[k];
            if (c >= 'a' && c <= 'z')
            {
                return false;
            }

            hasLetter |= c >= 'A' && c <= 'Z';
        }

        var close = TokenText.FindClosing(_text, _tokens, i + 1, end);
        return hasLetter && close > 0 && close + 1 < end && (_tokens[close + 1].Kind == FirmwareTokenKind.Identifier);
    }

    private string TemplateParameterNames(int start, int end)
    {
        _builder.Clear();
        foreach (var (partStart, partEnd) in TokenText.SplitTopLevel(_text, _tokens, start, end))
        {
            // `typename T`, `class T = int`, `int N`: the name is the identifier before any `=`.
            var nameIndex = -1;
            for (var i = partStart; i < partEnd; i++)
            {
                if (Punct(i, "="))
                {
                    break;
                }

                if (_tokens[i].Kind == FirmwareTokenKind.Identifier)
                {
                    nameIndex = i;
                }
            }

            if (nameIndex >= 0)
            {
                if (_builder.Length > 0)
                {
                    _builder.Append(',');
                }

                _builder.Append(_text, _tokens[nameIndex].Start, _tokens[nameIndex].Length);
            }
        }

        return _builder.ToString();
    }

    /// <summary>Recognizes the declarations of the statement [start, end).</summary>
    /// <param name="start">First token.</param>
    /// <param name="end">One past the last token (the terminator is not included).</param>
    /// <param name="scope">Where the statement is.</param>
    /// <param name="scopeName">The class name (class scope) or function key (function scope).</param>
    /// <param name="opensBlock">True when the statement ends with a block's <c>{</c> (a function definition head).</param>
    public void Recognize(int start, int end, StatementScope scope, string? scopeName, bool opensBlock)
    {
        DefinedFunctionKey = null;
        DefinedFunctionClass = null;
        var i = SkipPrefix(start, end, out var templateParameters);
        if (i >= end)
        {
            return;
        }

        var first = _tokens[i];
        if (first.Kind != FirmwareTokenKind.Identifier && !Punct(i, "::"))
        {
            return;
        }

        if (IsStatementKeyword(i))
        {
            return;
        }

        if (Word(i, "typedef"))
        {
            RecognizeDeclarators(i + 1, end, scope, scopeName, isTypedef: true, opensBlock: false, templateParameters: null, presetBaseType: null);
            return;
        }

        if (Word(i, "using"))
        {
            if (i + 2 < end && _tokens[i + 1].Kind == FirmwareTokenKind.Identifier && Punct(i + 2, "="))
            {
                RecognizeUsingAlias(i + 1, i + 3, end, scope, scopeName);
            }

            return;
        }

        if (Word(i, "namespace") || Word(i, "friend") || Word(i, "static_assert"))
        {
            return;
        }

        if ((Word(i, "class") || Word(i, "struct") || Word(i, "union") || Word(i, "enum")) && !opensBlock)
        {
            // `struct Foo;` / `enum class Mode : uint8_t;` are forward declarations; `struct Foo foo;` declares foo.
            var j = i + 1;
            if (Word(j, "class") || Word(j, "struct"))
            {
                j++;
            }

            if (j + 1 >= end || Punct(j + 1, ":"))
            {
                if (j < end && _tokens[j].Kind == FirmwareTokenKind.Identifier)
                {
                    _output.Add(NewDeclaration(TokenText.Get(_text, _tokens[j]), Word(i, "enum") ? CppDeclarationKind.Enum : CppDeclarationKind.Class, TokenText.Get(_text, _tokens[j]), null, CppStorage.Global, scope == StatementScope.Class ? scopeName : null, null, false, false, false, false, null, _tokens[j]));
                }

                return;
            }
        }

        RecognizeDeclarators(i, end, scope, scopeName, isTypedef: false, opensBlock, templateParameters, presetBaseType: null);
    }

    /// <summary>
    /// Declarators that follow a class/enum body: <c>} sensors;</c> or <c>typedef enum { ... } Mode;</c>.
    /// </summary>
    public void RecognizeAfterBody(int start, int end, StatementScope scope, string? scopeName, string typeName, bool isTypedef)
        => RecognizeDeclarators(start, end, scope, scopeName, isTypedef, opensBlock: false, templateParameters: null, presetBaseType: typeName);

    private bool IsStatementKeyword(int i)
    {
        var token = _tokens[i];
        if (token.Kind != FirmwareTokenKind.Identifier)
        {
            return false;
        }

        switch (token.Length)
        {
            case 2:
                return Word(i, "if") || Word(i, "do");
            case 3:
                return Word(i, "for") || Word(i, "new") || Word(i, "try");
            case 4:
                return Word(i, "else") || Word(i, "goto") || Word(i, "case");
            case 5:
                return Word(i, "while") || Word(i, "break") || Word(i, "throw") || Word(i, "catch");
            case 6:
                return Word(i, "return") || Word(i, "switch") || Word(i, "delete") || Word(i, "sizeof");
            case 8:
                return Word(i, "continue") || Word(i, "operator");
            case 9:
                return Word(i, "co_return");
            default:
                return false;
        }
    }

    private void RecognizeUsingAlias(int nameIndex, int typeStart, int end, StatementScope scope, string? scopeName)
    {
        var name = TokenText.Get(_text, _tokens[nameIndex]);

        // `using Getter = int (*)();`
        var open = -1;
        for (var k = typeStart; k < end; k++)
        {
            if (Punct(k, "(") && Punct(k + 1, "*") && Punct(k + 2, ")") && Punct(k + 3, "("))
            {
                open = k;
                break;
            }
        }

        if (open >= 0)
        {
            var close = TokenText.FindClosing(_text, _tokens, open + 3, end);
            var parameters = close < 0 ? string.Empty : CppParameterList.Parse(_text, _tokens, open + 4, close, null);
            _output.Add(NewDeclaration(name, CppDeclarationKind.Alias, TokenText.Join(_text, _tokens, typeStart, open), parameters, CppStorage.Global, scope == StatementScope.Class ? scopeName : null, null, false, true, false, false, null, _tokens[nameIndex]));
            return;
        }

        _output.Add(NewDeclaration(name, CppDeclarationKind.Alias, TokenText.Join(_text, _tokens, typeStart, end), null, CppStorage.Global, scope == StatementScope.Class ? scopeName : null, null, false, false, false, false, null, _tokens[nameIndex]));
    }

    private void RecognizeDeclarators(int i, int end, StatementScope scope, string? scopeName, bool isTypedef, bool opensBlock, string? templateParameters, string? presetBaseType)
    {
        var isStatic = false;
        var isExtern = false;
        var isConst = false;
        var sawType = presetBaseType is not null;
        var sawAuto = false;
        _builder.Clear();
        if (presetBaseType is not null)
        {
            _builder.Append(presetBaseType);
        }

        // Specifiers and the base type.
        while (i < end && !sawType || (i < end && sawType && IsTrailingSpecifier(i)))
        {
            var token = _tokens[i];
            if (token.Kind == FirmwareTokenKind.Punctuator)
            {
                if (Punct(i, "::") && !sawType)
                {
                    i++;
                    continue;
                }

                return;
            }

            if (token.Kind != FirmwareTokenKind.Identifier)
            {
                return;
            }

            if (Word(i, "static"))
            {
                isStatic = true;
                i++;
                continue;
            }

            if (Word(i, "extern"))
            {
                isExtern = true;
                i++;
                if (i < end && _tokens[i].Kind == FirmwareTokenKind.String)
                {
                    i++;
                }

                continue;
            }

            if (Word(i, "inline") || Word(i, "virtual") || Word(i, "explicit") || Word(i, "register") || Word(i, "thread_local")
                || Word(i, "mutable") || Word(i, "retained") || Word(i, "typename") || Word(i, "struct") || Word(i, "class")
                || Word(i, "union") || Word(i, "enum") || Word(i, "__attribute__") || Word(i, "PROGMEM"))
            {
                if (Word(i, "__attribute__") && Punct(i + 1, "("))
                {
                    var close = TokenText.FindClosing(_text, _tokens, i + 1, end);
                    i = close < 0 ? end : close + 1;
                    continue;
                }

                i++;
                continue;
            }

            if (Word(i, "constexpr"))
            {
                isConst = true;
                i++;
                continue;
            }

            if (Word(i, "const") || Word(i, "volatile"))
            {
                isConst |= Word(i, "const");
                AppendWord(i);
                i++;
                continue;
            }

            if (CppTypeShape.IsBuiltinWord(_text, token))
            {
                while (i < end && (CppTypeShape.IsBuiltinWord(_text, _tokens[i]) || Word(i, "const") || Word(i, "volatile")))
                {
                    isConst |= Word(i, "const");
                    AppendWord(i);
                    i++;
                }

                sawType = true;
                continue;
            }

            if (Word(i, "auto"))
            {
                sawAuto = true;
                AppendWord(i);
                i++;
                sawType = true;
                continue;
            }

            // A (qualified, possibly templated) type name.
            AppendWord(i);
            i++;
            while (true)
            {
                if (Punct(i, "<"))
                {
                    var close = TokenText.FindTemplateClosing(_text, _tokens, i, end);
                    if (close < 0)
                    {
                        return;
                    }

                    TokenText.AppendJoined(_builder, _text, _tokens, i, close + 1);
                    i = close + 1;
                }

                if (Punct(i, "::") && i + 1 < end && _tokens[i + 1].Kind == FirmwareTokenKind.Identifier)
                {
                    _builder.Append("::");
                    _builder.Append(_text, _tokens[i + 1].Start, _tokens[i + 1].Length);
                    i += 2;
                    continue;
                }

                break;
            }

            sawType = true;
        }

        if (!sawType || i >= end)
        {
            return;
        }

        // Only a name, a pointer/reference mark or `(*` can follow a declaration's type.
        if (_tokens[i].Kind != FirmwareTokenKind.Identifier && !Punct(i, "*") && !Punct(i, "&") && !Punct(i, "&&") && !Punct(i, "("))
        {
            return;
        }

        if (Punct(i, "(") && !Punct(i + 1, "*"))
        {
            return;
        }

        var baseType = StringBuilderPool.Intern(_builder) ?? _builder.ToString();
        var declaratorType = _declaratorBuilder;
        while (i < end)
        {
            // Pointer and reference marks belong to each declarator.
            declaratorType.Clear().Append(baseType);
            var pointerConst = false;
            while (i < end && (Punct(i, "*") || Punct(i, "&") || Punct(i, "&&") || Word(i, "const") || Word(i, "volatile")))
            {
                if (_tokens[i].Kind == FirmwareTokenKind.Identifier)
                {
                    pointerConst |= Word(i, "const");
                    declaratorType.Append(' ');
                }

                declaratorType.Append(_text, _tokens[i].Start, _tokens[i].Length);
                i++;
            }

            // Function pointer: `int (*getter)(void)`.
            if (Punct(i, "(") && Punct(i + 1, "*") && i + 2 < end && _tokens[i + 2].Kind == FirmwareTokenKind.Identifier && Punct(i + 3, ")") && Punct(i + 4, "("))
            {
                var nameToken = _tokens[i + 2];
                var close = TokenText.FindClosing(_text, _tokens, i + 4, end);
                if (close < 0)
                {
                    return;
                }

                var parameters = CppParameterList.Parse(_text, _tokens, i + 5, close, null);
                i = close + 1;
                string? initializer = null;
                if (Punct(i, "="))
                {
                    var initEnd = NextTopLevelComma(i + 1, end);
                    initializer = StoredInitializer(i + 1, initEnd);
                    i = initEnd;
                }

                var kind = isTypedef ? CppDeclarationKind.Alias : CppDeclarationKind.Variable;
                _output.Add(NewDeclaration(TokenText.Get(_text, nameToken), kind, TypeText(declaratorType), parameters, StorageFor(scope, isStatic, isExtern, null), ScopeFor(scope, scopeName, null), initializer, isConst || pointerConst, true, false, isStatic, null, nameToken));
                if (Punct(i, ","))
                {
                    i++;
                    continue;
                }

                return;
            }

            if (i >= end || _tokens[i].Kind != FirmwareTokenKind.Identifier || IsStatementKeyword(i))
            {
                return;
            }

            // The declarator name, possibly qualified (`WeatherSensors::calibrate`).
            string? qualifier = null;
            var nameIndex = i;
            while (Punct(nameIndex + 1, "::") && nameIndex + 2 < end && _tokens[nameIndex + 2].Kind == FirmwareTokenKind.Identifier)
            {
                qualifier = TokenText.Get(_text, _tokens[nameIndex]);
                nameIndex += 2;
            }

            if (Punct(nameIndex + 1, "::") && Punct(nameIndex + 2, "~"))
            {
                return;
            }

            var name = _tokens[nameIndex];
            i = nameIndex + 1;

            if (Punct(i, "(") && (scope != StatementScope.Function || opensBlock) && (opensBlock || !IsConstructorArgumentList(i, end)))
            {
                var close = TokenText.FindClosing(_text, _tokens, i, end);
                if (close < 0)
                {
                    return;
                }

                var parameterList = opensBlock && RecordParameters ? new List<(string Type, string? Name, FirmwareToken NameToken)>() : null;
                var parameters = CppParameterList.Parse(_text, _tokens, i + 1, close, parameterList);
                var j = close + 1;
                var isConstMethod = false;
                var returnType = TypeText(declaratorType);
                while (j < end)
                {
                    if (Word(j, "const"))
                    {
                        isConstMethod = true;
                    }
                    else if (Punct(j, "->"))
                    {
                        var typeEnd = j + 1;
                        while (typeEnd < end && !Punct(typeEnd, "{") && !Punct(typeEnd, "=") && !Word(typeEnd, "override"))
                        {
                            typeEnd++;
                        }

                        if (sawAuto)
                        {
                            returnType = TokenText.Join(_text, _tokens, j + 1, typeEnd);
                        }

                        j = typeEnd;
                        continue;
                    }
                    else if (Punct(j, ":"))
                    {
                        // Constructor initializer list.
                        break;
                    }

                    j++;
                }

                var className = qualifier ?? (scope == StatementScope.Class ? scopeName : null);
                var nameText = TokenText.Get(_text, name);
                if (isTypedef)
                {
                    _output.Add(NewDeclaration(nameText, CppDeclarationKind.Alias, returnType, parameters, CppStorage.Global, null, null, false, true, false, false, null, name));
                    return;
                }

                var storage = className is null ? CppStorage.Global : isStatic ? CppStorage.StaticMember : CppStorage.Member;
                if (!ParametersOnly)
                {
                    _output.Add(NewDeclaration(nameText, CppDeclarationKind.Function, returnType, parameters, storage, className, null, false, false, isConstMethod, isStatic, templateParameters, name));
                }

                if (opensBlock)
                {
                    var key = className is null ? nameText : className + "::" + nameText;
                    DefinedFunctionKey = key;
                    DefinedFunctionClass = className;
                    if (parameterList is null)
                    {
                        return;
                    }

                    foreach (var parameter in parameterList)
                    {
                        if (parameter.Name is not null)
                        {
                            _output.Add(NewDeclaration(parameter.Name, CppDeclarationKind.Variable, parameter.Type, null, CppStorage.Parameter, key, null, false, false, false, false, null, parameter.NameToken));
                        }
                    }
                }

                return;
            }

            // Array bounds.
            while (Punct(i, "["))
            {
                var close = TokenText.FindClosing(_text, _tokens, i, end);
                if (close < 0)
                {
                    return;
                }

                declaratorType.Append('[');
                TokenText.AppendJoined(declaratorType, _text, _tokens, i + 1, close);
                declaratorType.Append(']');
                i = close + 1;
            }

            string? initializerText = null;
            if (Punct(i, "=") || Punct(i, "{") || Punct(i, "("))
            {
                var initStart = Punct(i, "=") ? i + 1 : i;
                var initEnd = NextTopLevelComma(initStart, end);
                if (isConst || sawAuto || IsCallableType(baseType) || pointerConst)
                {
                    initializerText = StoredInitializer(initStart, initEnd);
                }

                i = initEnd;
            }
            else if (Punct(i, ":"))
            {
                // Bit field.
                i = NextTopLevelComma(i + 1, end);
            }

            var declaredName = TokenText.Get(_text, name);
            if (isTypedef)
            {
                _output.Add(NewDeclaration(declaredName, CppDeclarationKind.Alias, TypeText(declaratorType), null, CppStorage.Global, scope == StatementScope.Class ? scopeName : null, null, false, false, false, false, null, name));
            }
            else
            {
                _output.Add(NewDeclaration(declaredName, CppDeclarationKind.Variable, TypeText(declaratorType), null, StorageFor(scope, isStatic, isExtern, qualifier), ScopeFor(scope, scopeName, qualifier), initializerText, isConst || pointerConst, false, false, isStatic, null, name));
            }

            if (!Punct(i, ","))
            {
                return;
            }

            i++;
        }
    }

    /// <summary>
    /// <c>String label("x");</c> at file scope is a variable with constructor arguments, not a function: an
    /// argument that starts with a literal, an address or a sign cannot start a parameter declaration.
    /// </summary>
    private bool IsConstructorArgumentList(int open, int end)
    {
        var close = TokenText.FindClosing(_text, _tokens, open, end);
        if (close < 0)
        {
            return false;
        }

        var partStart = open + 1;
        var depth = 0;
        for (var k = open + 1; k <= close; k++)
        {
            if (k == partStart && k < close)
            {
                var kind = _tokens[k].Kind;
                if (kind is FirmwareTokenKind.String or FirmwareTokenKind.RawString or FirmwareTokenKind.Number or FirmwareTokenKind.Char
                    || Punct(k, "&") || Punct(k, "-") || Punct(k, "!") || Punct(k, "(") || Word(k, "true") || Word(k, "false") || Word(k, "nullptr"))
                {
                    return true;
                }
            }

            if (Punct(k, "(") || Punct(k, "[") || Punct(k, "{"))
            {
                depth++;
            }
            else if (Punct(k, ")") || Punct(k, "]") || Punct(k, "}"))
            {
                depth--;
            }
            else if (depth == 0 && Punct(k, ","))
            {
                partStart = k + 1;
            }
        }

        return false;
    }

    private static string TypeText(StringBuilder builder) => StringBuilderPool.Intern(builder) ?? builder.ToString();

    private static bool IsCallableType(string baseType) => baseType.Contains("function<");

    private bool IsTrailingSpecifier(int i) => Word(i, "const") || Word(i, "volatile") || Word(i, "constexpr") || Word(i, "static") || Word(i, "inline");

    private void AppendWord(int i)
    {
        if (_builder.Length > 0 && FirmwareLexer.IsIdentifierPart(_builder[_builder.Length - 1]))
        {
            _builder.Append(' ');
        }

        _builder.Append(_text, _tokens[i].Start, _tokens[i].Length);
    }

    private int NextTopLevelComma(int i, int end)
    {
        var depth = 0;
        for (; i < end; i++)
        {
            var delta = TokenText.BracketDelta(_text, _tokens[i]);
            depth += delta;
            if (delta == 0 && depth <= 0 && TokenText.IsComma(_text, _tokens[i]))
            {
                return i;
            }
        }

        return end;
    }

    private string? StoredInitializer(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var length = _tokens[end - 1].End - _tokens[start].Start;
        return length > MaxStoredInitializerLength ? null : TokenText.Slice(_text, _tokens, start, end);
    }

    private static CppStorage StorageFor(StatementScope scope, bool isStatic, bool isExtern, string? qualifier)
    {
        if (qualifier is not null)
        {
            return CppStorage.StaticMember;
        }

        return scope switch
        {
            StatementScope.Class => isStatic ? CppStorage.StaticMember : CppStorage.Member,
            StatementScope.Function => isStatic ? CppStorage.StaticLocal : CppStorage.Local,
            _ => isExtern ? CppStorage.Extern : CppStorage.Global,
        };
    }

    private static string? ScopeFor(StatementScope scope, string? scopeName, string? qualifier)
        => qualifier ?? (scope == StatementScope.File ? null : scopeName);

    private CppDeclaration NewDeclaration(string name, CppDeclarationKind kind, string type, string? parameters, CppStorage storage, string? scope, string? initializer, bool isConstant, bool isFunctionPointer, bool isConstMethod, bool isStatic, string? templateParameters, FirmwareToken nameToken)
        => new(name, kind, type, parameters, storage, scope, initializer, isConstant, isFunctionPointer, isConstMethod, isStatic, templateParameters, Loc(nameToken));
}
