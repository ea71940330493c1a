using System.Collections.Generic;
using System.Text;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>
/// Function template instances (<c>read&lt;int&gt;</c>) and <c>std::function</c> temporaries. An instance's type is an
/// explicit specialisation's for exactly its arguments, else the primary template's with the parameters replaced;
/// when neither is declared the type is unknown, never another instance's.
/// </summary>
internal sealed partial class ExpressionTypeEvaluator
{
    /// <summary>The declaration <c>name&lt;arguments&gt;</c> names: a matching explicit specialisation, else the primary template.</summary>
    private CppDeclaration? FindInstance(string name, CppDeclaration? found, string arguments)
    {
        var className = found is { Kind: CppDeclarationKind.Function } ? found.Scope : null;
        CppDeclaration? primary = null;
        foreach (var candidate in _symbols.FindFunctions(name, className))
        {
            if (candidate.TemplateArguments == arguments)
            {
                return candidate;
            }

            if (candidate.TemplateParameters is not null && candidate.TemplateArguments is null)
            {
                primary ??= candidate;
            }
        }

        return primary;
    }

    /// <summary>The return type of <paramref name="function"/> instantiated with <paramref name="arguments"/>, or null when unknown.</summary>
    private static string? InstanceReturnType(CppDeclaration function, string arguments)
    {
        if (function.TemplateArguments is not null)
        {
            return function.TemplateArguments == arguments ? function.Type : null;
        }

        return function.TemplateParameters is { } parameters ? Substitute(function.Type, parameters, arguments) : null;
    }

    /// <summary>
    /// Replaces every template parameter name in <paramref name="type"/> by its argument (whole names only); null when
    /// the type uses a parameter the arguments do not give.
    /// </summary>
    internal static string? Substitute(string type, string parameters, string arguments)
    {
        var names = parameters.Split(',');
        var values = new List<string>();
        foreach (var part in TokenRange.Lex(arguments).SplitTopLevel())
        {
            values.Add(part.Join());
        }

        var tokens = TokenRange.Lex(type);
        var builder = new StringBuilder(type.Length + arguments.Length);
        var copied = 0;
        for (var i = tokens.Start; i < tokens.End; i++)
        {
            var token = tokens[i];
            var index = token.Kind == FirmwareTokenKind.Identifier ? System.Array.IndexOf(names, tokens.Get(i)) : -1;
            if (index < 0)
            {
                continue;
            }

            if (index >= values.Count)
            {
                return null;
            }

            builder.Append(type, copied, token.Start - copied).Append(values[index]);
            copied = token.End;
        }

        return builder.Append(type, copied, type.Length - copied).ToString();
    }

    /// <summary><c>std::function&lt;R(P)&gt;(...)</c> or <c>std::function&lt;R(P)&gt;{...}</c> spanning the whole expression.</summary>
    private static (string ReturnType, string Parameters)? StdFunctionTemporary(TokenRange expression)
    {
        var i = expression.Start;
        if (expression.Word(i, "std") && expression.Punct(i + 1, "::"))
        {
            i += 2;
        }

        if (!expression.Word(i, "function") || !expression.Punct(i + 1, "<"))
        {
            return null;
        }

        var close = expression.FindTemplateClosing(i + 1);
        if (close < 0 || !(expression.Punct(close + 1, "(") || expression.Punct(close + 1, "{")) || expression.FindClosing(close + 1) != expression.End - 1)
        {
            return null;
        }

        var type = "std::function<" + expression.Sub(i + 2, close).Join() + ">";
        return TrySplitStdFunction(type, out var returnType, out var parameters) ? (returnType, parameters) : null;
    }

    /// <summary><c>name&lt;arguments&gt;(...)</c> spanning the whole expression.</summary>
    private static bool IsTemplateCall(TokenRange expression)
    {
        var start = expression.Start;
        if (!expression.IsKind(start, FirmwareTokenKind.Identifier) || !expression.Punct(start + 1, "<"))
        {
            return false;
        }

        var close = expression.FindTemplateClosing(start + 1);
        return close > 0 && expression.Punct(close + 1, "(") && expression.FindClosing(close + 1) == expression.End - 1;
    }

    /// <summary>The result type of a template instance call (see <see cref="IsTemplateCall"/>), or null when unknown.</summary>
    private string? TemplateCallType(TokenRange expression, ExpressionContext context)
    {
        var start = expression.Start;
        var close = expression.FindTemplateClosing(start + 1);
        var name = expression.Get(start);
        var arguments = expression.Sub(start + 2, close).Join();
        var found = _symbols.FindValue(name, context.File, context.Offset, context.Function, context.Class);
        var instance = FindInstance(name, found, arguments);
        var returnType = instance is null ? null : InstanceReturnType(instance, arguments);
        return returnType is null ? null : _symbols.ExpandAliases(returnType);
    }
}
