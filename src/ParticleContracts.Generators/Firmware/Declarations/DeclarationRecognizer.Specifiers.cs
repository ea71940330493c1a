using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Declarations;

/// <summary>The declaration specifiers and base type: <c>static const unsigned int</c>, <c>std::vector&lt;int&gt;</c>.</summary>
internal sealed partial class DeclarationRecognizer
{
    /// <summary>
    /// Reads the specifiers and base type from <paramref name="i"/>; false when the statement is not a declaration.
    /// On success <paramref name="i"/> is the first declarator token and the base type is in <see cref="_builder"/>.
    /// </summary>
    private bool ReadSpecifiers(ref int i, string? presetBaseType, out Specifiers specifiers)
    {
        var end = _statement.End;
        specifiers = new Specifiers { SawType = presetBaseType is not null };
        _builder.Clear();
        if (presetBaseType is not null)
        {
            _builder.Append(presetBaseType);
        }

        while (i < end && (!specifiers.SawType || IsTrailingSpecifier(i)))
        {
            if (!ReadSpecifier(ref i, ref specifiers))
            {
                return false;
            }
        }

        return specifiers.SawType && i < end;
    }

    /// <summary>Reads one specifier or the type name at <paramref name="i"/>; false when it cannot be part of a declaration.</summary>
    private bool ReadSpecifier(ref int i, ref Specifiers specifiers)
    {
        var token = _statement[i];
        if (token.Kind == FirmwareTokenKind.Punctuator)
        {
            if (Punct(i, "::") && !specifiers.SawType)
            {
                i++;
                return true;
            }

            return false;
        }

        if (token.Kind != FirmwareTokenKind.Identifier)
        {
            return false;
        }

        if (Word(i, "static"))
        {
            specifiers.IsStatic = true;
            i++;
            return true;
        }

        if (Word(i, "extern"))
        {
            specifiers.IsExtern = true;
            i++;
            if (i < _statement.End && _statement[i].Kind == FirmwareTokenKind.String)
            {
                i++;
            }

            return true;
        }

        if (IsIgnoredSpecifier(i))
        {
            if (Word(i, "__attribute__") && Punct(i + 1, "("))
            {
                var close = _statement.FindClosing(i + 1);
                i = close < 0 ? _statement.End : close + 1;
                return true;
            }

            i++;
            return true;
        }

        if (Word(i, "constexpr"))
        {
            specifiers.IsConst = true;
            i++;
            return true;
        }

        if (Word(i, "const") || Word(i, "volatile"))
        {
            specifiers.IsConst |= Word(i, "const");
            AppendWord(i);
            i++;
            return true;
        }

        return ReadBaseType(ref i, ref specifiers);
    }

    /// <summary>A builtin type (<c>unsigned long</c>), <c>auto</c>, or a qualified, possibly templated type name.</summary>
    private bool ReadBaseType(ref int i, ref Specifiers specifiers)
    {
        var end = _statement.End;
        specifiers.SawType = true;
        if (CppTypeShape.IsBuiltinWord(_statement.Text, _statement[i]))
        {
            while (i < end && (CppTypeShape.IsBuiltinWord(_statement.Text, _statement[i]) || Word(i, "const") || Word(i, "volatile")))
            {
                specifiers.IsConst |= Word(i, "const");
                AppendWord(i);
                i++;
            }

            return true;
        }

        if (Word(i, "auto"))
        {
            specifiers.SawAuto = true;
            AppendWord(i);
            i++;
            return true;
        }

        AppendWord(i);
        i++;
        while (true)
        {
            if (Punct(i, "<"))
            {
                var close = _statement.FindTemplateClosing(i);
                if (close < 0)
                {
                    return false;
                }

                _statement.Sub(i, close + 1).AppendJoinedTo(_builder);
                i = close + 1;
            }

            if (Punct(i, "::") && i + 1 < end && _statement[i + 1].Kind == FirmwareTokenKind.Identifier)
            {
                _builder.Append("::");
                _builder.Append(_statement.Text, _statement[i + 1].Start, _statement[i + 1].Length);
                i += 2;
                continue;
            }

            return true;
        }
    }

    private bool IsIgnoredSpecifier(int i)
        => Word(i, "inline") || Word(i, "virtual") || Word(i, "explicit") || Word(i, "register") || Word(i, "thread_local")
        || Word(i, "mutable") || Word(i, "retained") || Word(i, "typename") || Word(i, "struct") || Word(i, "class")
        || Word(i, "union") || Word(i, "enum") || Word(i, "__attribute__") || Word(i, "PROGMEM");

    private bool IsTrailingSpecifier(int i) => Word(i, "const") || Word(i, "volatile") || Word(i, "constexpr") || Word(i, "static") || Word(i, "inline");

    private void AppendWord(int i)
    {
        if (_builder.Length > 0 && FirmwareLexer.IsIdentifierPart(_builder[_builder.Length - 1]))
        {
            _builder.Append(' ');
        }

        _builder.Append(_statement.Text, _statement[i].Start, _statement[i].Length);
    }

    /// <summary>What the specifiers said about every declarator of the statement.</summary>
    private struct Specifiers
    {
        public bool IsStatic;
        public bool IsExtern;
        public bool IsConst;
        public bool SawType;
        public bool SawAuto;
    }
}
