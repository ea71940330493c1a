using System.Collections.Generic;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Scanning;

/// <summary>Simple declarations (the types of variables that hold ledgers, ledger data and values), environment calls, token helpers.</summary>
internal sealed partial class DataUseScanner
{
    /// <summary>Words that make up the types the scanner follows; anything else ends a type.</summary>
    private static readonly HashSet<string> TypeWords = new(System.StringComparer.Ordinal)
    {
        "bool", "int", "long", "short", "unsigned", "signed", "char", "float", "double", "size_t",
        "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
        "String", "std", "string", "Ledger", "LedgerData", "Variant", "VariantMap", "VariantArray", "auto",
    };

    private static readonly HashSet<string> Qualifiers = new(System.StringComparer.Ordinal)
    {
        "const", "static", "extern", "constexpr", "volatile", "retained",
    };

    /// <summary>A declaration can start at the statement's start, after <c>; { } ( ,</c>.</summary>
    private bool IsDeclarationStart(int i)
    {
        var s = _statement;
        return i == s.Start || s.Punct(i - 1, ";") || s.Punct(i - 1, "{") || s.Punct(i - 1, "}") || s.Punct(i - 1, "(") || s.Punct(i - 1, ",");
    }

    /// <summary>
    /// <c>[qualifiers] type [*|&amp;] name [= init | {init} | ; | , | )]</c> with a type made of <see cref="TypeWords"/>:
    /// records the name's type; a <c>LedgerData</c>/<c>VariantMap</c> variable collects the keys it is given.
    /// </summary>
    private void TryDeclaration(int i)
    {
        var s = _statement;
        var type = new StringBuilder();
        var t = i;
        while (t < s.End && s.IsKind(t, FirmwareTokenKind.Identifier) && Qualifiers.Contains(s.Get(t)))
        {
            if (s.Get(t) == "const" && type.Length == 0)
            {
                type.Append("const ");
            }

            t++;
        }

        var typeStart = t;
        while (t + 1 < s.End && s.IsKind(t, FirmwareTokenKind.Identifier) && TypeWords.Contains(s.Get(t)) && !IsDeclaredName(t))
        {
            type.Append(s.Get(t));
            t++;
            if (s.Punct(t, "::") && s.IsKind(t + 1, FirmwareTokenKind.Identifier))
            {
                type.Append("::");
                t++;
                continue;
            }

            type.Append(' ');
        }

        if (t == typeStart)
        {
            return;
        }

        var text = type.ToString().Trim();
        if (!text.StartsWith("const char", System.StringComparison.Ordinal) && text.StartsWith("const ", System.StringComparison.Ordinal))
        {
            text = text.Substring(6);
        }

        while (s.Punct(t, "*") || s.Punct(t, "&"))
        {
            text += s.Punct(t, "*") ? "*" : string.Empty;
            t++;
        }

        if (!s.IsKind(t, FirmwareTokenKind.Identifier) || !EndsDeclarator(t + 1))
        {
            return;
        }

        var name = s.Get(t);
        if (s.Punct(t + 1, "["))
        {
            text += "[]";
        }

        _types[Key(_scope, name)] = text;
        if (text == "Ledger" && _isFunctionHead && _scope is not null)
        {
            // void onConfigSync(Ledger ledger) { ... }: the ledger is the one whose onSync names this function.
            var handler = _scope.Substring(_scope.LastIndexOf(':') + 1);
            Add(DataUseKind.Bind, new LedgerReference(LedgerReferenceKind.SyncHandler, handler, null), _scope, default, DataValueType.Unknown, name, _scope, TokenLocation.Of(_path, s[t]));
        }
        else if (text is "LedgerData" or "VariantMap")
        {
            DeclareData(name, t + 1);
        }
        else if (text == "auto" && s.Punct(t + 1, "="))
        {
            var close = EndOfInitializer(t + 2);
            _types[Key(_scope, name)] = TypeOf(s.Sub(t + 2, close)) switch
            {
                DataValueType.Int => "int",
                DataValueType.Double => "double",
                DataValueType.Bool => "bool",
                DataValueType.String => "String",
                _ => "auto",
            };
        }
    }

    /// <summary>A token that is a type word but is followed by a declarator end is the declared name (<c>int String;</c> is not).</summary>
    private bool IsDeclaredName(int t) => t > _statement.Start && !Qualifiers.Contains(_statement.Get(t - 1)) && EndsDeclarator(t + 1) && _statement.IsKind(t - 1, FirmwareTokenKind.Identifier);

    private bool EndsDeclarator(int t)
    {
        var s = _statement;
        return t >= s.End || s.Punct(t, "=") || s.Punct(t, ";") || s.Punct(t, ",") || s.Punct(t, ")") || s.Punct(t, "[") || s.Punct(t, "{");
    }

    private void DeclareData(string name, int after)
    {
        var s = _statement;
        var data = new DataVariable(null);
        _dataVariables[Key(_scope, name)] = data;
        var start = s.Punct(after, "=") ? after + 1 : after;
        if (start < s.End && (s.Punct(start, "{") || s.Word(start, "LedgerData") || s.Word(start, "VariantMap")))
        {
            var writes = new List<DataWrite>();
            var initializer = s.Sub(start, EndOfInitializer(start));
            CollectInitializer(initializer, EquatableArray<string>.Empty, writes, 0);
            data.Writes.AddRange(writes);
            data.ConstantEntries = ConstantEntries(initializer, 0);
        }
    }

    /// <summary>The end (exclusive) of an initializer starting at <paramref name="start"/>: the next top-level <c>,</c> or <c>;</c>.</summary>
    private int EndOfInitializer(int start)
    {
        var s = _statement;
        var depth = 0;
        for (var t = start; t < s.End; t++)
        {
            var delta = TokenText.BracketDelta(s.Text, s[t]);
            depth += delta;
            if (depth < 0 || (depth == 0 && delta == 0 && (s.Punct(t, ",") || s.Punct(t, ";"))))
            {
                return t;
            }
        }

        return s.End;
    }

    /// <summary>The declared type of <paramref name="name"/> in this file (the function's own first), or null.</summary>
    private string? DeclaredType(string name)
    {
        if (_scope is not null && _types.TryGetValue(Key(_scope, name), out var local))
        {
            return local;
        }

        return _types.TryGetValue(Key(null, name), out var global) ? global : null;
    }

    /// <summary>
    /// <c>System.getEnv(name)</c> (a <c>String</c>), <c>System.getEnv(name, out)</c> (the type of <c>out</c>: <c>int</c>,
    /// <c>bool</c> or <c>String</c>), <c>System.hasEnv(name)</c>.
    /// </summary>
    private int ScanEnvironment(int i, bool get)
    {
        var s = _statement;
        var close = s.FindClosing(i + 3);
        if (close < 0 || close == i + 4)
        {
            return close < 0 ? i + 3 : close;
        }

        var arguments = s.Sub(i + 4, close).SplitTopLevel();
        var constant = StringLiteralDecoder.TryDecodeConcatenation(arguments[0], out var name);
        var reference = new LedgerReference(constant ? LedgerReferenceKind.None : LedgerReferenceKind.RunTimeName, constant ? name : arguments[0].Join(), null);
        var type = get ? DataValueType.String : DataValueType.Unknown;
        string? subject = null;
        if (get && arguments.Count > 1)
        {
            type = DataValueType.Unknown;
            var output = arguments[1];
            if (output.Length == 1 && s.IsKind(output.Start, FirmwareTokenKind.Identifier))
            {
                var variable = s.Get(output.Start);
                if (DeclaredType(variable) is { } declared)
                {
                    type = CppValueType(declared);
                }
                else
                {
                    subject = variable;
                }
            }
        }

        Add(get ? DataUseKind.EnvironmentGet : DataUseKind.EnvironmentHas, reference, _scope, default, type, subject, null, Location(arguments[0]));
        return close;
    }

    /// <summary>The member name when token <paramref name="i"/> starts <c>apiObject . member (</c>, else null.</summary>
    private string? MemberCall(int i, string apiObject)
    {
        var s = _statement;
        return s.Word(i, apiObject) && s.Punct(i + 1, ".") && s.IsKind(i + 2, FirmwareTokenKind.Identifier) && s.Punct(i + 3, "(") ? s.Get(i + 2) : null;
    }

    private bool IsMemberAccess(int i)
    {
        var s = _statement;
        return i > s.Start && (s.Punct(i - 1, ".") || s.Punct(i - 1, "->") || s.Punct(i - 1, "::"));
    }

    /// <summary>The variable an expression starting at <paramref name="expressionStart"/> is assigned to (<c>x = ...</c>), or null.</summary>
    private string? AssignedVariable(int expressionStart)
    {
        var s = _statement;
        if (expressionStart - 2 < s.Start || !s.Punct(expressionStart - 1, "=") || !s.IsKind(expressionStart - 2, FirmwareTokenKind.Identifier))
        {
            return null;
        }

        return IsMemberAccess(expressionStart - 2) ? null : s.Get(expressionStart - 2);
    }

    private FirmwareLocation NameLocation(int start, int end) =>
        end > start ? TokenLocation.Span(_path, _statement[start], _statement[end - 1]) : TokenLocation.Of(_path, _statement[start - 1]);

    private FirmwareLocation Location(TokenRange range) =>
        range.IsEmpty ? TokenLocation.Of(_path, _statement[_statement.Start]) : TokenLocation.Span(_path, range[range.Start], range[range.End - 1]);
}
