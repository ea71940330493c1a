using System.Collections.Generic;
using System.Text;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Scanning;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>
/// Recognizes C++ declarations in one statement (the tokens up to <c>;</c> or a block's <c>{</c>): variables
/// (with array bounds, pointers, initializers), functions, function pointers, <c>typedef</c>/<c>using</c> aliases,
/// enums and classes. It is deliberately forgiving: a statement it does not understand declares nothing. The
/// specifiers and base type, the declarators and function heads are read in the other parts of this class.
/// </summary>
internal sealed partial class DeclarationRecognizer
{
    private readonly string _path;
    private readonly List<CppDeclaration> _output;
    private readonly StringBuilder _builder = new();
    private readonly StringBuilder _declaratorBuilder = new();
    private TokenRange _statement;

    public DeclarationRecognizer(string path, List<CppDeclaration> output)
    {
        _path = path;
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

    private bool Word(int i, string value) => _statement.Word(i, value);

    private bool Punct(int i, string value) => _statement.Punct(i, value);

    /// <summary>Recognizes the declarations of <paramref name="statement"/> (its terminator is not included).</summary>
    /// <param name="statement">The statement's tokens.</param>
    /// <param name="scope">Where the statement is.</param>
    /// <param name="scopeName">The class name (class scope) or function key (function scope).</param>
    /// <param name="opensBlock">True when the statement ends with a block's <c>{</c> (a function definition head).</param>
    public void Recognize(TokenRange statement, StatementScope scope, string? scopeName, bool opensBlock)
    {
        _statement = statement;
        DefinedFunctionKey = null;
        DefinedFunctionClass = null;
        var end = statement.End;
        var i = StatementPrefix.Skip(statement, out var templateHeader);
        if (i >= end)
        {
            return;
        }

        var first = statement[i];
        if ((first.Kind != FirmwareTokenKind.Identifier && !Punct(i, "::")) || IsStatementKeyword(i))
        {
            return;
        }

        var context = new DeclarationContext(scope, scopeName, opensBlock, templateHeader.IsEmpty ? null : TemplateParameterNames(templateHeader));
        if (Word(i, "typedef"))
        {
            RecognizeDeclarators(i + 1, context with { IsTypedef = true, OpensBlock = false, TemplateParameters = null }, presetBaseType: null);
            return;
        }

        if (Word(i, "using"))
        {
            if (i + 2 < end && statement[i + 1].Kind == FirmwareTokenKind.Identifier && Punct(i + 2, "="))
            {
                RecognizeUsingAlias(i + 1, i + 3, context);
            }

            return;
        }

        if (Word(i, "namespace") || Word(i, "friend") || Word(i, "static_assert"))
        {
            return;
        }

        if ((Word(i, "class") || Word(i, "struct") || Word(i, "union") || Word(i, "enum")) && !opensBlock && IsForwardDeclaration(i, context))
        {
            return;
        }

        RecognizeDeclarators(i, context, presetBaseType: null);
    }

    /// <summary>
    /// Declarators that follow a class/enum body: <c>} sensors;</c> or <c>typedef enum { ... } Mode;</c>.
    /// </summary>
    public void RecognizeAfterBody(TokenRange statement, StatementScope scope, string? scopeName, string typeName, bool isTypedef)
    {
        _statement = statement;
        RecognizeDeclarators(statement.Start, new DeclarationContext(scope, scopeName, false, null) { IsTypedef = isTypedef }, presetBaseType: typeName);
    }

    /// <summary>Records a class or enum declared by a type body's head (<c>struct Sensors {</c>).</summary>
    public void AddType(string name, bool isEnum, string? className, FirmwareToken nameToken)
        => _output.Add(new CppDeclaration(name, isEnum ? CppDeclarationKind.Enum : CppDeclarationKind.Class, name, TokenLocation.Of(_path, nameToken), Scope: className));

    /// <summary>`struct Foo;` / `enum class Mode : uint8_t;` are forward declarations; `struct Foo foo;` declares foo.</summary>
    private bool IsForwardDeclaration(int keyword, DeclarationContext context)
    {
        var end = _statement.End;
        var j = keyword + 1;
        if (Word(j, "class") || Word(j, "struct"))
        {
            j++;
        }

        if (j + 1 < end && !Punct(j + 1, ":"))
        {
            return false;
        }

        if (j < end && _statement[j].Kind == FirmwareTokenKind.Identifier)
        {
            AddType(_statement.Get(j), Word(keyword, "enum"), context.MemberOf, _statement[j]);
        }

        return true;
    }

    private bool IsStatementKeyword(int i)
    {
        var token = _statement[i];
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

    private string TemplateParameterNames(TokenRange header)
    {
        _builder.Clear();
        foreach (var part in header.SplitTopLevel())
        {
            // `typename T`, `class T = int`, `int N`: the name is the identifier before any `=`.
            var nameIndex = -1;
            for (var i = part.Start; i < part.End; i++)
            {
                if (part.Punct(i, "="))
                {
                    break;
                }

                if (part[i].Kind == FirmwareTokenKind.Identifier)
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

                _builder.Append(part.Text, part[nameIndex].Start, part[nameIndex].Length);
            }
        }

        return _builder.ToString();
    }

    private void RecognizeUsingAlias(int nameIndex, int typeStart, DeclarationContext context)
    {
        var end = _statement.End;
        var name = _statement.Get(nameIndex);
        var location = TokenLocation.Of(_path, _statement[nameIndex]);

        // `using Getter = int (*)();`
        for (var k = typeStart; k < end; k++)
        {
            if (Punct(k, "(") && Punct(k + 1, "*") && Punct(k + 2, ")") && Punct(k + 3, "("))
            {
                var close = _statement.FindClosing(k + 3);
                var parameters = close < 0 ? string.Empty : CppParameterList.Parse(_statement.Sub(k + 4, close), null);
                _output.Add(new CppDeclaration(name, CppDeclarationKind.Alias, _statement.Sub(typeStart, k).Join(), location, Parameters: parameters, Scope: context.MemberOf, IsFunctionPointer: true));
                return;
            }
        }

        _output.Add(new CppDeclaration(name, CppDeclarationKind.Alias, _statement.Sub(typeStart, end).Join(), location, Scope: context.MemberOf));
    }

    private static string TypeText(StringBuilder builder) => StringBuilderPool.Intern(builder) ?? builder.ToString();

    /// <summary>What every declarator of one statement shares.</summary>
    /// <param name="Scope">Where the statement is.</param>
    /// <param name="ScopeName">The class name (class scope) or function key (function scope).</param>
    /// <param name="OpensBlock">True for a function definition head.</param>
    /// <param name="TemplateParameters">The names of a template header before the statement, or null.</param>
    private readonly record struct DeclarationContext(StatementScope Scope, string? ScopeName, bool OpensBlock, string? TemplateParameters)
    {
        public bool IsTypedef { get; init; }

        /// <summary>The class a type or alias declared here belongs to.</summary>
        public string? MemberOf => Scope == StatementScope.Class ? ScopeName : null;
    }
}
