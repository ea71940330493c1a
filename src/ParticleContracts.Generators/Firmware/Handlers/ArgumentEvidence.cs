using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>What a handler body was seen doing with its argument; <see cref="Decide"/> turns it into one grammar.</summary>
internal sealed class ArgumentEvidence
{
    public int Uses { get; set; }

    public bool Integer { get; set; }

    public bool Number { get; set; }

    public List<string> Words { get; } = new();

    public bool AnyCaseSensitiveWord { get; set; }

    public bool CaseFolded { get; set; }

    public List<ArgumentField>? ScanFields { get; set; }

    public string? ScanSeparator { get; set; }

    public string? IndexSeparator { get; set; }

    public List<ArgumentField> SubstringFields { get; } = new();

    public string? TokenSeparator { get; set; }

    public List<ArgumentField> TokenFields { get; } = new();

    public bool Json { get; set; }

    public List<ArgumentField> JsonFields { get; } = new();

    public string? Helper { get; set; }

    /// <summary>Why the evidence cannot be trusted (a prefix test, fields read in a loop, ...), or null.</summary>
    public string? Unsure { get; set; }

    public SortedSet<int> Lines { get; } = new();

    private readonly HashSet<string> _wordsComparedIgnoringCase = new(System.StringComparer.Ordinal);

    public List<WordSite> Unreachable { get; } = new();

    /// <summary>The line of the first number parse, or 0.</summary>
    public int ParseLine { get; set; }

    /// <summary>True when the first parse's result is compared (or clamped) somewhere.</summary>
    public bool ParseChecked { get; set; }

    public void AddWord(string word, bool ignoreCase, int line, bool inElseIf = false)
    {
        var seen = false;
        foreach (var existing in Words)
        {
            // An earlier comparison that ignored case takes every spelling of its word.
            var earlierIgnoredCase = CaseFolded || _wordsComparedIgnoringCase.Contains(existing);
            seen |= string.Equals(existing, word, earlierIgnoredCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal);
        }

        if (ignoreCase)
        {
            _wordsComparedIgnoringCase.Add(word);
        }

        if (seen && inElseIf)
        {
            Unreachable.Add(new WordSite(word, line));
        }

        if (!Words.Contains(word))
        {
            Words.Add(word);
        }

        AnyCaseSensitiveWord |= !ignoreCase;
        Lines.Add(line);
    }

    public static void AddField(List<ArgumentField> fields, string name, ArgumentFieldType type)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == name)
            {
                return;
            }
        }

        fields.Add(new ArgumentField(name, type));
    }

    /// <summary>The one grammar the evidence supports; any string with a reason when it supports none or several.</summary>
    public ArgumentGrammar Decide()
    {
        var lines = new EquatableArray<int>(Lines);
        if (Uses == 0)
        {
            return ArgumentGrammar.Of(ArgumentKind.None, lines);
        }

        var hasFields = ScanFields is not null || TokenSeparator is not null || SubstringFields.Count > 0;
        var hasNumber = Integer || Number;
        var kinds = (Json ? 1 : 0) + (hasFields ? 1 : 0) + (Words.Count > 0 ? 1 : 0) + (hasNumber && !hasFields && !Json ? 1 : 0);
        if (Unsure is { } unsure)
        {
            return ArgumentGrammar.AnyText(unsure);
        }

        if (kinds > 1)
        {
            return ArgumentGrammar.AnyText("the handler reads its argument in more than one way (" + Describe() + ")");
        }

        if (Json)
        {
            return JsonFields.Count == 0
                ? ArgumentGrammar.AnyText("it parses the argument as JSON but reads no key by a constant name")
                : new ArgumentGrammar(ArgumentKind.Json, EquatableArray<string>.Empty, false, string.Empty, new EquatableArray<ArgumentField>(JsonFields), null, lines);
        }

        if (hasFields)
        {
            return DecideFields(lines);
        }

        if (Words.Count > 0)
        {
            return new ArgumentGrammar(ArgumentKind.Words, new EquatableArray<string>(Words), CaseFolded || !AnyCaseSensitiveWord, string.Empty, EquatableArray<ArgumentField>.Empty, null, lines);
        }

        if (Integer && Number)
        {
            return ArgumentGrammar.AnyText("it parses the argument both as a whole number and as a number");
        }

        if (hasNumber)
        {
            return ArgumentGrammar.Of(Integer ? ArgumentKind.Integer : ArgumentKind.Number, lines);
        }

        return ArgumentGrammar.AnyText(Helper is null
            ? "it only uses the argument in ways the reader does not follow (no parse, comparison, split or JSON read)"
            : "it passes the argument to " + Helper + ", whose body is not in this project");
    }

    private ArgumentGrammar DecideFields(EquatableArray<int> lines)
    {
        List<ArgumentField> fields;
        string? separator;
        if (ScanFields is not null)
        {
            fields = ScanFields;
            separator = ScanSeparator;
        }
        else if (TokenSeparator is not null)
        {
            fields = TokenFields;
            separator = TokenSeparator;
        }
        else
        {
            fields = SubstringFields;
            separator = IndexSeparator;
        }

        if (separator is null || separator.Length == 0)
        {
            return ArgumentGrammar.AnyText("it splits the argument, but the separator is not a constant");
        }

        if (fields.Count < 2)
        {
            return ArgumentGrammar.AnyText("it splits the argument at '" + separator + "' but reads fewer than two fields");
        }

        return new ArgumentGrammar(ArgumentKind.Fields, EquatableArray<string>.Empty, false, separator, new EquatableArray<ArgumentField>(fields), null, lines);
    }

    private string Describe()
    {
        var parts = new List<string>();
        if (Json)
        {
            parts.Add("JSON");
        }

        if (ScanFields is not null || TokenSeparator is not null || SubstringFields.Count > 0)
        {
            parts.Add("fields");
        }

        if (Words.Count > 0)
        {
            parts.Add("words");
        }

        if (Integer || Number)
        {
            parts.Add("a number");
        }

        return string.Join(", ", parts);
    }
}
