using ParticleContracts.Generators.Firmware.Preprocessor;
using ParticleContracts.Generators.Firmware.Resolution;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// The value of a constant a handler returns: a <c>#define</c>, a <c>const int</c> (or <c>constexpr</c>), or an
/// enumerator of a plain <c>enum</c> or an <c>enum class</c> (<c>Result::Ok</c>), with explicit or implicit values.
/// Values are integer expressions over literals, macros and other such constants (<c>ERR_BASE - 1</c>), evaluated with
/// the preprocessor's arithmetic; anything else (a call, a float, a name the project does not define) is unknown.
/// </summary>
internal sealed class ReturnConstantResolver
{
    private readonly ProjectSymbols _symbols;

    public ReturnConstantResolver(ProjectSymbols symbols) => _symbols = symbols;

    /// <summary>The value of <paramref name="constant"/> (<c>NAME</c> or <c>Scope::NAME</c>) returned at <paramref name="file"/>:<paramref name="offset"/>, or null.</summary>
    public int? Value(string constant, string file, int offset)
    {
        var separator = constant.LastIndexOf("::", System.StringComparison.Ordinal);
        var name = separator >= 0 ? constant.Substring(separator + 2) : constant;
        var qualifier = separator > 0 ? ProjectSymbols.StripQualifier(constant.Substring(0, separator)) : null;
        if (name.Length == 0)
        {
            return null;
        }

        var scope = new ConstantScope(this, file, offset, qualifier);

        // A qualified name (Result::Ok) is never a macro; a plain one is when a #define is visible where it is returned.
        var text = separator >= 0 ? ConstantText(name, qualifier) : scope.Lookup(name, out var found) == MacroState.Defined ? found : null;
        if (text is null)
        {
            return null;
        }

        var value = PreprocessorExpression.Evaluate(text, scope);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;
    }

    /// <summary>The value text of a constant or enumerator named <paramref name="name"/>, preferring the enum <paramref name="scope"/>; null when there is none.</summary>
    private string? ConstantText(string name, string? scope)
    {
        string? fallback = null;
        foreach (var declaration in _symbols.Declarations(name))
        {
            if (declaration.Initializer is not { } initializer || !declaration.IsConstant)
            {
                continue;
            }

            if (declaration.Kind == CppDeclarationKind.Enumerator)
            {
                if (scope is null || string.Equals(declaration.Scope, scope, System.StringComparison.Ordinal))
                {
                    return initializer;
                }

                fallback ??= initializer;
            }
            else if (declaration.Kind == CppDeclarationKind.Variable)
            {
                fallback ??= initializer.Trim().TrimStart('=').Trim().Trim('{', '}').Trim();
            }
        }

        return fallback;
    }

    /// <summary>Names in a constant's expression: macros visible where the handler returns, then constants and enumerators.</summary>
    private sealed class ConstantScope : IMacroScope
    {
        private readonly ReturnConstantResolver _owner;
        private readonly string _file;
        private readonly int _offset;
        private readonly string? _enumScope;

        public ConstantScope(ReturnConstantResolver owner, string file, int offset, string? enumScope)
        {
            _owner = owner;
            _file = file;
            _offset = offset;
            _enumScope = enumScope;
        }

        public MacroState Lookup(string name, out string? value)
        {
            if (_owner._symbols.FindMacro(name, _file, _offset) is { } macro)
            {
                value = macro.IsFunctionLike ? null : macro.Value;
                return value is null ? MacroState.Unknown : MacroState.Defined;
            }

            value = _owner.ConstantText(name, _enumScope);
            if (value is null)
            {
                return MacroState.Unknown;
            }

            value = "(" + value + ")";
            return MacroState.Defined;
        }
    }
}
