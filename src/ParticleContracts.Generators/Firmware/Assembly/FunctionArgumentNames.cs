using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>The C# names of one function's typed member: its argument and result types, parameters, enum members.</summary>
/// <param name="ArgumentType">The words enum or JSON record (nested in the proxy class), or null.</param>
/// <param name="ParameterName">The parameter for a single-value argument (number, words, JSON record).</param>
/// <param name="ItemNames">Words: the enum members; fields: the parameters; JSON: the record's properties (aligned with the grammar).</param>
/// <param name="ResultType">The result struct when return codes are known, else null (the member returns <c>int</c>).</param>
/// <param name="CodeType">The enum of known return codes, or null.</param>
/// <param name="CodeNames">The enum members, aligned with the return codes.</param>
internal sealed record FunctionArgumentNaming(
    string? ArgumentType,
    string ParameterName,
    EquatableArray<string> ItemNames,
    string? ResultType,
    string? CodeType,
    EquatableArray<string> CodeNames);

/// <summary>
/// Where a typed function member's C# names come from. Types are prefixed with the member's name
/// (<c>SetVentAsync</c> → <c>SetVentPosition</c>, <c>SetVentResult</c>, <c>SetVentCode</c>); identifiers follow
/// <see cref="ContractNaming.ToIdentifier"/>; a clash with a name already taken gets a number.
/// </summary>
internal static class FunctionArgumentNames
{
    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    private static readonly HashSet<string> GenericParameters = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "arg", "args", "argument", "arguments", "command", "cmd", "data", "value", "input", "s", "str", "text", "param",
        "params", "p", "a", "x", "payload", "extra", "string", "msg", "message", "c", "cmnd",
    };

    /// <summary>Names for <paramref name="contract"/>'s member <paramref name="memberName"/>; <paramref name="taken"/> holds the class's names and grows.</summary>
    public static FunctionArgumentNaming Assign(FunctionArgumentContract contract, string memberName, HashSet<string> taken)
    {
        var prefix = memberName.EndsWith("Async", System.StringComparison.Ordinal) ? memberName.Substring(0, memberName.Length - 5) : memberName;
        var grammar = contract.Grammar;
        var generic = contract.Parameter is null || GenericParameters.Contains(contract.Parameter);
        string? argumentType = null;
        var parameter = generic ? "argument" : CamelIdentifier(contract.Parameter!);
        var items = new List<string>();
        switch (grammar.Kind)
        {
            case ArgumentKind.Words:
                argumentType = Unique(prefix + (generic ? "Argument" : ContractNaming.ToIdentifier(contract.Parameter)), taken);
                parameter = generic ? "value" : parameter;
                var members = new HashSet<string>(System.StringComparer.Ordinal);
                foreach (var word in grammar.Words)
                {
                    items.Add(Unique(word.Length == 0 ? "Empty" : ContractNaming.ToIdentifier(word), members));
                }

                break;
            case ArgumentKind.Json:
                argumentType = Unique(prefix + "Arguments", taken);
                parameter = "arguments";
                var properties = new HashSet<string>(System.StringComparer.Ordinal) { argumentType, "EqualityContract" };
                foreach (var field in grammar.Fields)
                {
                    items.Add(Unique(ContractNaming.ToIdentifier(field.Name), properties));
                }

                break;
            case ArgumentKind.Fields:
                var parameters = new HashSet<string>(System.StringComparer.Ordinal) { "cancellationToken" };
                foreach (var field in grammar.Fields)
                {
                    items.Add(Unique(CamelIdentifier(field.Name), parameters));
                }

                break;
        }

        string? resultType = null;
        string? codeType = null;
        var codeNames = new List<string>();
        if (!contract.ReturnCodes.IsEmpty)
        {
            resultType = Unique(prefix + "Result", taken);
            codeType = Unique(prefix + "Code", taken);
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            var unnamed = 0;
            foreach (var code in contract.ReturnCodes)
            {
                var name = code.Constant is { } constant ? ConstantName(constant) : null;
                if (name is null || !names.Add(name))
                {
                    do
                    {
                        name = "Value" + (++unnamed).ToString(CultureInfo.InvariantCulture);
                    }
                    while (!names.Add(name));
                }

                codeNames.Add(name);
            }
        }

        return new FunctionArgumentNaming(argumentType, parameter, items.ToEquatableArray(), resultType, codeType, codeNames.ToEquatableArray());
    }

    /// <summary><c>ERR_BAD_ARG</c> → <c>ErrBadArg</c>, <c>kSuccess</c> → <c>Success</c>, <c>Status::Ready</c> → <c>Ready</c>.</summary>
    internal static string ConstantName(string constant)
    {
        var separator = constant.LastIndexOf("::", System.StringComparison.Ordinal);
        var name = separator >= 0 ? constant.Substring(separator + 2) : constant;
        if (name.Length > 1 && name[0] == 'k' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }

        return ContractNaming.ToIdentifier(name);
    }

    /// <summary>A camelCase C# identifier (<c>@</c>-escaped when it is a keyword).</summary>
    internal static string CamelIdentifier(string name)
    {
        var pascal = ContractNaming.ToIdentifier(name);
        var camel = pascal[0] == '_' ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = name + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
