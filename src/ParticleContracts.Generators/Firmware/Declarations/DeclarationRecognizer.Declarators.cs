using System.Text;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>The declarators after the base type: <c>*name[64] = init, other</c>, function pointers, bit fields.</summary>
internal sealed partial class DeclarationRecognizer
{
    private const int MaxStoredInitializerLength = 4096;

    private void RecognizeDeclarators(int i, DeclarationContext context, string? presetBaseType)
    {
        if (!ReadSpecifiers(ref i, presetBaseType, out var specifiers))
        {
            return;
        }

        // Only a name, a pointer/reference mark or `(*` can follow a declaration's type.
        if (_statement[i].Kind != FirmwareTokenKind.Identifier && !Punct(i, "*") && !Punct(i, "&") && !Punct(i, "&&") && !Punct(i, "("))
        {
            return;
        }

        if (Punct(i, "(") && !Punct(i + 1, "*"))
        {
            return;
        }

        var baseType = StringBuilderPool.Intern(_builder) ?? _builder.ToString();
        while (i >= 0 && i < _statement.End)
        {
            i = RecognizeDeclarator(i, baseType, specifiers, context);
        }
    }

    /// <summary>Reads one declarator; returns the index after its <c>,</c>, or -1 when the statement is done.</summary>
    private int RecognizeDeclarator(int i, string baseType, Specifiers specifiers, DeclarationContext context)
    {
        var end = _statement.End;

        // Pointer and reference marks belong to each declarator.
        var declaratorType = _declaratorBuilder.Clear().Append(baseType);
        var pointerConst = false;
        while (i < end && (Punct(i, "*") || Punct(i, "&") || Punct(i, "&&") || Word(i, "const") || Word(i, "volatile")))
        {
            if (_statement[i].Kind == FirmwareTokenKind.Identifier)
            {
                pointerConst |= Word(i, "const");
                declaratorType.Append(' ');
            }

            declaratorType.Append(_statement.Text, _statement[i].Start, _statement[i].Length);
            i++;
        }

        specifiers.IsConst |= pointerConst;
        if (Punct(i, "(") && Punct(i + 1, "*") && i + 2 < end && _statement[i + 2].Kind == FirmwareTokenKind.Identifier && Punct(i + 3, ")") && Punct(i + 4, "("))
        {
            return RecognizeFunctionPointer(i, declaratorType, specifiers, context);
        }

        if (i >= end || _statement[i].Kind != FirmwareTokenKind.Identifier || IsStatementKeyword(i))
        {
            return -1;
        }

        // The declarator name, possibly qualified (`WeatherSensors::calibrate`).
        string? qualifier = null;
        var nameIndex = i;
        while (Punct(nameIndex + 1, "::") && nameIndex + 2 < end && _statement[nameIndex + 2].Kind == FirmwareTokenKind.Identifier)
        {
            qualifier = _statement.Get(nameIndex);
            nameIndex += 2;
        }

        if (Punct(nameIndex + 1, "::") && Punct(nameIndex + 2, "~"))
        {
            return -1;
        }

        i = nameIndex + 1;
        string? specialisation = null;
        if (Punct(i, "<"))
        {
            // `template <> int read<int>()`: an explicit specialisation. Any other template-id declares nothing the
            // reader can use, and must not be taken for a variable named `read`.
            var close = _statement.FindTemplateClosing(i);
            if (close < 0 || !Punct(close + 1, "("))
            {
                return -1;
            }

            specialisation = _statement.Sub(i + 1, close).Join();
            i = close + 1;
        }

        if (Punct(i, "(") && (context.Scope != StatementScope.Function || context.OpensBlock) && (context.OpensBlock || !IsConstructorArgumentList(i)))
        {
            RecognizeFunctionHead(nameIndex, i, qualifier, specialisation, TypeText(declaratorType), specifiers, context);
            return -1;
        }

        if (specialisation is not null)
        {
            return -1;
        }

        return RecognizeVariable(nameIndex, qualifier, baseType, declaratorType, specifiers, context);
    }

    /// <summary>Function pointer: <c>int (*getter)(void)</c> at <paramref name="i"/>.</summary>
    private int RecognizeFunctionPointer(int i, StringBuilder declaratorType, Specifiers specifiers, DeclarationContext context)
    {
        var nameToken = _statement[i + 2];
        var close = _statement.FindClosing(i + 4);
        if (close < 0)
        {
            return -1;
        }

        var parameters = CppParameterList.Parse(_statement.Sub(i + 5, close), null);
        i = close + 1;
        string? initializer = null;
        if (Punct(i, "="))
        {
            var initEnd = NextTopLevelComma(i + 1);
            initializer = StoredInitializer(i + 1, initEnd);
            i = initEnd;
        }

        _output.Add(new CppDeclaration(
            TokenText.Get(_statement.Text, nameToken),
            context.IsTypedef ? CppDeclarationKind.Alias : CppDeclarationKind.Variable,
            TypeText(declaratorType),
            TokenLocation.Of(_path, nameToken),
            Parameters: parameters,
            Storage: StorageFor(context.Scope, specifiers, null),
            Scope: ScopeFor(context, null),
            Initializer: initializer,
            IsConstant: specifiers.IsConst,
            IsFunctionPointer: true,
            IsStatic: specifiers.IsStatic));
        return Punct(i, ",") ? i + 1 : -1;
    }

    /// <summary>A variable (or typedef) declarator after its name: array bounds, initializer or bit field.</summary>
    private int RecognizeVariable(int nameIndex, string? qualifier, string baseType, StringBuilder declaratorType, Specifiers specifiers, DeclarationContext context)
    {
        var i = nameIndex + 1;
        while (Punct(i, "["))
        {
            var close = _statement.FindClosing(i);
            if (close < 0)
            {
                return -1;
            }

            declaratorType.Append('[');
            _statement.Sub(i + 1, close).AppendJoinedTo(declaratorType);
            declaratorType.Append(']');
            i = close + 1;
        }

        string? initializerText = null;
        if (Punct(i, "=") || Punct(i, "{") || Punct(i, "("))
        {
            var initStart = Punct(i, "=") ? i + 1 : i;
            var initEnd = NextTopLevelComma(initStart);
            if (specifiers.IsConst || specifiers.SawAuto || IsCallableType(baseType))
            {
                initializerText = StoredInitializer(initStart, initEnd);
            }

            i = initEnd;
        }
        else if (Punct(i, ":"))
        {
            // Bit field.
            i = NextTopLevelComma(i + 1);
        }

        var name = _statement[nameIndex];
        var location = TokenLocation.Of(_path, name);
        var declaredName = TokenText.Get(_statement.Text, name);
        _output.Add(context.IsTypedef
            ? new CppDeclaration(declaredName, CppDeclarationKind.Alias, TypeText(declaratorType), location, Scope: context.MemberOf)
            : new CppDeclaration(
                declaredName,
                CppDeclarationKind.Variable,
                TypeText(declaratorType),
                location,
                Storage: StorageFor(context.Scope, specifiers, qualifier),
                Scope: ScopeFor(context, qualifier),
                Initializer: initializerText,
                IsConstant: specifiers.IsConst,
                IsStatic: specifiers.IsStatic));
        return Punct(i, ",") ? i + 1 : -1;
    }

    /// <summary>
    /// <c>String label("x");</c> at file scope is a variable with constructor arguments, not a function: an
    /// argument that starts with a literal, an address or a sign cannot start a parameter declaration.
    /// </summary>
    private bool IsConstructorArgumentList(int open)
    {
        var close = _statement.FindClosing(open);
        if (close < 0)
        {
            return false;
        }

        var partStart = open + 1;
        var depth = 0;
        for (var k = open + 1; k <= close; k++)
        {
            if (k == partStart && k < close && StartsArgument(k))
            {
                return true;
            }

            var delta = TokenText.BracketDelta(_statement.Text, _statement[k]);
            depth += delta;
            if (delta == 0 && depth == 0 && TokenText.IsComma(_statement.Text, _statement[k]))
            {
                partStart = k + 1;
            }
        }

        return false;
    }

    private bool StartsArgument(int k)
    {
        var kind = _statement[k].Kind;
        return kind is FirmwareTokenKind.String or FirmwareTokenKind.RawString or FirmwareTokenKind.Number or FirmwareTokenKind.Char
            || Punct(k, "&") || Punct(k, "-") || Punct(k, "!") || Punct(k, "(") || Word(k, "true") || Word(k, "false") || Word(k, "nullptr");
    }

    private static bool IsCallableType(string baseType) => baseType.Contains("function<");

    private int NextTopLevelComma(int i)
    {
        var end = _statement.End;
        var depth = 0;
        for (; i < end; i++)
        {
            var delta = TokenText.BracketDelta(_statement.Text, _statement[i]);
            depth += delta;
            if (delta == 0 && depth <= 0 && TokenText.IsComma(_statement.Text, _statement[i]))
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

        var length = _statement[end - 1].End - _statement[start].Start;
        return length > MaxStoredInitializerLength ? null : _statement.Sub(start, end).Slice();
    }

    private static CppStorage StorageFor(StatementScope scope, Specifiers specifiers, string? qualifier)
    {
        if (qualifier is not null)
        {
            return CppStorage.StaticMember;
        }

        return scope switch
        {
            StatementScope.Class => specifiers.IsStatic ? CppStorage.StaticMember : CppStorage.Member,
            StatementScope.Function => specifiers.IsStatic ? CppStorage.StaticLocal : CppStorage.Local,
            _ => specifiers.IsExtern ? CppStorage.Extern : CppStorage.Global,
        };
    }

    private static string? ScopeFor(DeclarationContext context, string? qualifier)
        => qualifier ?? (context.Scope == StatementScope.File ? null : context.ScopeName);
}
