using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Analyzers;

/// <summary>The argument grammar of one cloud function, as <c>[ParticleFunctionArguments]</c> states it.</summary>
/// <param name="Kind">The runtime <c>ParticleArgumentKind</c> value: 0 text, 1 none, 2 whole number, 3 number, 4 words, 5 fields, 6 JSON.</param>
/// <param name="Separator">The text between fields.</param>
/// <param name="IgnoreCase">True when words are compared ignoring case.</param>
/// <param name="Items">The words, or the fields as <c>type name</c>.</param>
internal sealed record FunctionGrammar(int Kind, string Separator, bool IgnoreCase, ImmutableArray<string> Items)
{
    public const int WholeNumber = 2;
    public const int Number = 3;
    public const int Words = 4;
    public const int Fields = 5;
}

/// <summary>One problem of a constant argument: the rule, its message arguments and (for words) the closest word.</summary>
internal sealed record ArgumentProblem(string Id, string[] Arguments, string? Suggestion);

/// <summary>
/// Checks a constant argument against a function's grammar the way the firmware reads it (PCT2020–PCT2022). Pure, so
/// it is tested without a compilation.
/// </summary>
internal static class ArgumentGrammarCheck
{
    public static ArgumentProblem? Check(string function, FunctionGrammar grammar, string argument)
    {
        switch (grammar.Kind)
        {
            case FunctionGrammar.Words:
                return CheckWord(function, grammar, argument);
            case FunctionGrammar.WholeNumber:
            case FunctionGrammar.Number:
                return IsNumber(argument, grammar.Kind == FunctionGrammar.WholeNumber)
                    ? null
                    : new ArgumentProblem(DiagnosticIds.ArgumentNotANumber, new[] { "The argument", function, argument, NumberText(grammar.Kind) }, null);
            case FunctionGrammar.Fields when grammar.Separator.Length > 0:
                return CheckFields(function, grammar, argument);
            default:
                return null;
        }
    }

    private static ArgumentProblem? CheckWord(string function, FunctionGrammar grammar, string argument)
    {
        var comparison = grammar.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var word in grammar.Items)
        {
            if (string.Equals(word, argument, comparison))
            {
                return null;
            }
        }

        var suggestions = NameSuggester.Suggest(argument, grammar.Items);
        string? suggestion = suggestions.IsEmpty ? null : suggestions[0];
        if (suggestion is null && grammar.IgnoreCase is false)
        {
            foreach (var word in grammar.Items)
            {
                if (string.Equals(word, argument, StringComparison.OrdinalIgnoreCase))
                {
                    suggestion = word;
                }
            }
        }

        var words = string.Join(", ", grammar.Items);
        var suffix = suggestion is null ? string.Empty : "; did you mean '" + suggestion + "'?";
        return new ArgumentProblem(DiagnosticIds.ArgumentNotAWord, new[] { argument, function, words, suffix }, suggestion);
    }

    private static ArgumentProblem? CheckFields(string function, FunctionGrammar grammar, string argument)
    {
        var parts = argument.Split(new[] { grammar.Separator }, StringSplitOptions.None);
        if (parts.Length != grammar.Items.Length)
        {
            var names = new List<string>(grammar.Items.Length);
            foreach (var item in grammar.Items)
            {
                names.Add(FieldName(item));
            }

            return new ArgumentProblem(
                DiagnosticIds.ArgumentFieldCount,
                new[] { function, parts.Length.ToString(CultureInfo.InvariantCulture), grammar.Separator, grammar.Items.Length.ToString(CultureInfo.InvariantCulture), string.Join(grammar.Separator, names) },
                null);
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var item = grammar.Items[i];
            var kind = item.StartsWith("integer ", StringComparison.Ordinal) ? FunctionGrammar.WholeNumber
                : item.StartsWith("number ", StringComparison.Ordinal) ? FunctionGrammar.Number : 0;
            if (kind != 0 && !IsNumber(parts[i], kind == FunctionGrammar.WholeNumber))
            {
                var what = "Field " + (i + 1).ToString(CultureInfo.InvariantCulture) + " (" + FieldName(item) + ")";
                return new ArgumentProblem(DiagnosticIds.ArgumentNotANumber, new[] { what, function, parts[i], NumberText(kind) }, null);
            }
        }

        return null;
    }

    private static string FieldName(string item)
    {
        var space = item.IndexOf(' ');
        return space >= 0 ? item.Substring(space + 1) : item;
    }

    private static string NumberText(int kind) => kind == FunctionGrammar.WholeNumber ? "a whole number" : "a number (invariant culture, '.' as decimal separator)";

    /// <summary>The number rule shared with the simulator (<see cref="Contracts.ArgumentText.IsNumber"/>).</summary>
    internal static bool IsNumber(string text, bool whole) => Contracts.ArgumentText.IsNumber(text, whole);
}
