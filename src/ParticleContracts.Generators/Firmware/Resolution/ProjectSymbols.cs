using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Declarations;
using ParticleContracts.Generators.Firmware.Lexing;
using ParticleContracts.Generators.Firmware.Preprocessor;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>
/// The declarations and macros of every file of one project, indexed by name, so that a registration in one file
/// can be resolved against a header or another source file.
/// </summary>
internal sealed class ProjectSymbols
{
    private const int MaxAliasDepth = 8;

    private readonly Dictionary<string, List<CppDeclaration>> _declarations = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<MacroDefinition>> _macros = new(System.StringComparer.Ordinal);

    public ProjectSymbols(IReadOnlyList<FirmwareFileModel> files)
    {
        foreach (var file in files)
        {
            foreach (var declaration in file.Declarations)
            {
                if (!_declarations.TryGetValue(declaration.Name, out var list))
                {
                    list = new List<CppDeclaration>();
                    _declarations.Add(declaration.Name, list);
                }

                list.Add(declaration);
            }

            foreach (var macro in file.Macros)
            {
                if (!_macros.TryGetValue(macro.Name, out var list))
                {
                    list = new List<MacroDefinition>();
                    _macros.Add(macro.Name, list);
                }

                list.Add(macro);
            }
        }
    }

    public IReadOnlyList<CppDeclaration> Declarations(string name)
        => _declarations.TryGetValue(name, out var list) ? list : (IReadOnlyList<CppDeclaration>)System.Array.Empty<CppDeclaration>();

    /// <summary>The macro visible at <paramref name="file"/>:<paramref name="offset"/>: the last earlier one in that file, else the first in another file.</summary>
    public MacroDefinition? FindMacro(string name, string file, int offset)
    {
        if (!_macros.TryGetValue(name, out var list))
        {
            return null;
        }

        MacroDefinition? sameFile = null;
        MacroDefinition? otherFile = null;
        foreach (var macro in list)
        {
            if (macro.Location.File == file)
            {
                if (macro.Location.Start < offset)
                {
                    sameFile = macro;
                }
            }
            else
            {
                otherFile ??= macro;
            }
        }

        return sameFile ?? otherFile;
    }

    /// <summary>True when <paramref name="name"/> is defined somewhere in <paramref name="file"/>.</summary>
    public bool IsDefinedInFile(string name, string file)
    {
        if (!_macros.TryGetValue(name, out var list))
        {
            return false;
        }

        foreach (var macro in list)
        {
            if (macro.Location.File == file)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A scope for deciding a condition left open by the per-file pass, at a place in a file.</summary>
    public IMacroScope ScopeAt(string file, int offset) => new PositionedMacroScope(this, file, offset);

    /// <summary>Finds what an identifier names where a registration is: a local or parameter, a member, a global.</summary>
    public CppDeclaration? FindValue(string name, string file, int offset, string? function, string? className)
    {
        var candidates = Declarations(name);
        if (candidates.Count == 0)
        {
            return null;
        }

        CppDeclaration? local = null;
        if (function is not null)
        {
            foreach (var candidate in candidates)
            {
                if ((candidate.Storage is CppStorage.Local or CppStorage.StaticLocal or CppStorage.Parameter)
                    && candidate.Scope == function && candidate.Location.File == file && candidate.Location.Start < offset)
                {
                    local = candidate;
                }
            }
        }

        if (local is not null)
        {
            return local;
        }

        if (className is not null && FindMember(className, name) is { } member)
        {
            return member;
        }

        return FindGlobal(name, file);
    }

    /// <summary>A variable or function at file scope, preferring a definition over <c>extern</c>, and the same file.</summary>
    public CppDeclaration? FindGlobal(string name, string file)
    {
        CppDeclaration? best = null;
        var bestScore = -1;
        foreach (var candidate in Declarations(name))
        {
            if (candidate.Kind is not (CppDeclarationKind.Variable or CppDeclarationKind.Function))
            {
                continue;
            }

            if (candidate.Storage is not (CppStorage.Global or CppStorage.Extern) || candidate.Scope is not null)
            {
                continue;
            }

            var score = (candidate.Storage == CppStorage.Global ? 2 : 0) + (candidate.Location.File == file ? 1 : 0);
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>A member (variable or method) of <paramref name="className"/>, preferring the declaration in the class body.</summary>
    public CppDeclaration? FindMember(string? className, string name)
    {
        CppDeclaration? found = null;
        foreach (var candidate in Declarations(name))
        {
            if (candidate.Kind is not (CppDeclarationKind.Variable or CppDeclarationKind.Function)
                || candidate.Storage is not (CppStorage.Member or CppStorage.StaticMember))
            {
                continue;
            }

            if (className is null || candidate.Scope == className)
            {
                // The in-class declaration carries `static`; an out-of-class definition does not.
                if (found is null || (candidate.IsStatic && !found.IsStatic))
                {
                    found = candidate;
                }
            }
        }

        return found;
    }

    /// <summary>Functions named <paramref name="name"/> in <paramref name="className"/> (null: free functions).</summary>
    public IEnumerable<CppDeclaration> FindFunctions(string name, string? className)
    {
        foreach (var candidate in Declarations(name))
        {
            if (candidate.Kind == CppDeclarationKind.Function && candidate.Scope == className)
            {
                yield return candidate;
            }
        }
    }

    public bool IsEnum(string typeName)
    {
        foreach (var candidate in Declarations(StripQualifier(typeName)))
        {
            if (candidate.Kind == CppDeclarationKind.Enum)
            {
                return true;
            }
        }

        return false;
    }

    public bool IsClass(string typeName)
    {
        foreach (var candidate in Declarations(StripQualifier(typeName)))
        {
            if (candidate.Kind == CppDeclarationKind.Class)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The alias declaration for a type name, or null.</summary>
    public CppDeclaration? FindAlias(string typeName)
    {
        foreach (var candidate in Declarations(StripQualifier(typeName)))
        {
            if (candidate.Kind == CppDeclarationKind.Alias)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Expands <c>typedef</c>/<c>using</c> aliases in a type text (not function-pointer aliases).</summary>
    public string ExpandAliases(string type)
    {
        for (var depth = 0; depth < MaxAliasDepth; depth++)
        {
            var shape = CppTypeShape.Parse(type);
            var alias = FindAlias(shape.Base);
            if (alias is null || alias.IsFunctionPointer || alias.Type == shape.Base)
            {
                return type;
            }

            type = shape.WithBase(alias.Type);
        }

        return type;
    }

    public static string StripQualifier(string name)
    {
        var index = name.LastIndexOf("::", System.StringComparison.Ordinal);
        return index < 0 ? name : name.Substring(index + 2);
    }

    private sealed class PositionedMacroScope : IMacroScope
    {
        private readonly ProjectSymbols _symbols;
        private readonly string _file;
        private readonly int _offset;

        public PositionedMacroScope(ProjectSymbols symbols, string file, int offset)
        {
            _symbols = symbols;
            _file = file;
            _offset = offset;
        }

        public MacroState Lookup(string name, out string? value)
        {
            value = null;
            var macro = _symbols.FindMacro(name, _file, _offset);
            if (macro is not null)
            {
                value = macro.IsFunctionLike ? null : macro.Value;
                return MacroState.Defined;
            }

            // Defined only later in the same file (an include guard, a default): not defined here.
            return _symbols.IsDefinedInFile(name, _file) ? MacroState.Undefined : MacroState.Unknown;
        }
    }
}
