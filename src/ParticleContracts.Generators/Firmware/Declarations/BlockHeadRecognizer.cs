using System.Globalization;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Scanning;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>
/// Decides what a block opened by <c>{</c> is from the statement before it (its head): a namespace, a class or enum
/// body (recorded as a declaration), a function body (its head recognized as a function definition) or a plain block.
/// </summary>
internal sealed class BlockHeadRecognizer
{
    private readonly DeclarationRecognizer _recognizer;
    private int _anonymousTypes;

    public BlockHeadRecognizer(DeclarationRecognizer recognizer) => _recognizer = recognizer;

    /// <summary>The frame of the block whose head is <paramref name="head"/>.</summary>
    /// <param name="head">The tokens before the <c>{</c>.</param>
    /// <param name="scopes">The blocks open around the head.</param>
    /// <param name="sitesAtEntry">Registration sites found so far in the file.</param>
    /// <param name="pendingAtEntry">Deferred local statements so far.</param>
    public ScopeFrame Recognize(TokenRange head, ScopeStack scopes, int sitesAtEntry, int pendingAtEntry)
    {
        var count = head.End;
        var first = StatementPrefix.Skip(head, out _);
        var (scope, scopeName, inEnum) = scopes.CurrentStatementScope();
        if (first >= count || inEnum)
        {
            return new ScopeFrame(ScopeKind.Block, null, null, false);
        }

        if (head.Word(first, "namespace") || (head.Word(first, "extern") && first + 1 < count && head[first + 1].Kind == FirmwareTokenKind.String))
        {
            return new ScopeFrame(ScopeKind.Namespace, null, null, false);
        }

        if (TypeBody(head, first, scope, scopeName) is { } typeBody)
        {
            return typeBody;
        }

        if (scope != StatementScope.Function && !IsControlKeyword(head, first))
        {
            var frame = FunctionBody(head, first, scope, scopeName);
            return new ScopeFrame(ScopeKind.Function, frame.Name, frame.ClassName, false)
            {
                Head = PendingStatement.Of(head, scopeName),
                HeadScope = scope,
                SitesAtEntry = sitesAtEntry,
                PendingAtEntry = pendingAtEntry,
            };
        }

        return new ScopeFrame(ScopeKind.Block, null, null, false);
    }

    private static bool IsControlKeyword(TokenRange head, int i)
        => head.Word(i, "if") || head.Word(i, "else") || head.Word(i, "for") || head.Word(i, "while") || head.Word(i, "do") || head.Word(i, "switch")
        || head.Word(i, "try") || head.Word(i, "catch");

    private ScopeFrame? TypeBody(TokenRange head, int first, StatementScope scope, string? scopeName)
    {
        var isTypedef = head.Word(first, "typedef");
        var keyword = isTypedef ? first + 1 : first;
        var isEnum = head.Word(keyword, "enum");
        if (!isEnum && !head.Word(keyword, "class") && !head.Word(keyword, "struct") && !head.Word(keyword, "union"))
        {
            return null;
        }

        var i = keyword + 1;
        if (isEnum && (head.Word(i, "class") || head.Word(i, "struct")))
        {
            i++;
        }

        var nameIndex = TypeNameIndex(head, i);
        string name;
        if (nameIndex < 0)
        {
            name = "<anonymous#" + (++_anonymousTypes).ToString(CultureInfo.InvariantCulture) + ">";
        }
        else
        {
            name = head.Get(nameIndex);
            _recognizer.AddType(name, isEnum, scope == StatementScope.Class ? scopeName : null, head[nameIndex]);
        }

        return new ScopeFrame(isEnum ? ScopeKind.Enum : ScopeKind.Class, name, name, isTypedef);
    }

    /// <summary>The last plain identifier before a base clause (<c>:</c>), skipping attributes; -1 when anonymous.</summary>
    private static int TypeNameIndex(TokenRange head, int i)
    {
        var nameIndex = -1;
        for (; i < head.End; i++)
        {
            if (head.Punct(i, ":"))
            {
                break;
            }

            if (head.Punct(i, "[") || head.Punct(i, "("))
            {
                var close = head.FindClosing(i);
                if (close < 0)
                {
                    break;
                }

                i = close;
                continue;
            }

            if (head[i].Kind == FirmwareTokenKind.Identifier && !head.Word(i, "final") && !head.Word(i, "__attribute__") && !head.Word(i, "alignas"))
            {
                nameIndex = i;
            }
        }

        return nameIndex;
    }

    /// <summary>The function key and class of a function body's head (only their names are used).</summary>
    private ScopeFrame FunctionBody(TokenRange head, int first, StatementScope scope, string? scopeName)
    {
        // From the statement start: the template header (skipped in `first`) names the template parameters.
        _recognizer.RecordParameters = false;
        _recognizer.Recognize(head, scope, scopeName, opensBlock: true);
        _recognizer.RecordParameters = true;
        if (_recognizer.DefinedFunctionKey is { } key)
        {
            return new ScopeFrame(ScopeKind.Function, key, _recognizer.DefinedFunctionClass, false);
        }

        // Constructors, operators, unusual heads: derive the key from the name before the parameter list.
        var end = ParameterListEnd(head, first);
        for (var i = end - 1; i > first; i--)
        {
            if (head.Punct(i, "(") && head[i - 1].Kind == FirmwareTokenKind.Identifier)
            {
                var name = head.Get(i - 1);
                string? className = scope == StatementScope.Class ? scopeName : null;
                if (i - 3 >= first && head.Punct(i - 2, "::") && head[i - 3].Kind == FirmwareTokenKind.Identifier)
                {
                    className = head.Get(i - 3);
                }

                return new ScopeFrame(ScopeKind.Function, className is null ? name : className + "::" + name, className, false);
            }
        }

        return new ScopeFrame(ScopeKind.Function, "<unknown>", null, false);
    }

    /// <summary>Where a constructor's initializer list starts (the <c>:</c> after <c>)</c>), or the head's end.</summary>
    private static int ParameterListEnd(TokenRange head, int first)
    {
        var depth = 0;
        for (var i = first; i < head.End; i++)
        {
            if (head.Punct(i, "(") || head.Punct(i, "["))
            {
                depth++;
            }
            else if (head.Punct(i, ")") || head.Punct(i, "]"))
            {
                depth--;
            }
            else if (depth == 0 && head.Punct(i, ":") && i > first && head.Punct(i - 1, ")"))
            {
                return i;
            }
        }

        return head.End;
    }
}
