namespace ParticleContracts.Generators.Contracts;

/// <summary>What a function handler does with its one <c>String</c> argument.</summary>
internal enum ArgumentKind
{
    /// <summary>Nothing narrower was inferred: any string (the reason says why).</summary>
    Text,

    /// <summary>The handler never reads its argument: callers send an empty string.</summary>
    None,

    /// <summary>The whole argument is parsed as a whole number (<c>toInt</c>, <c>atoi</c>, <c>strtol</c>).</summary>
    Integer,

    /// <summary>The whole argument is parsed as a number (<c>toFloat</c>, <c>atof</c>, <c>strtod</c>).</summary>
    Number,

    /// <summary>The argument is compared with a closed set of words.</summary>
    Words,

    /// <summary>The argument holds positional fields between a separator (<c>sscanf</c>, <c>strtok</c>, <c>indexOf</c>+<c>substring</c>).</summary>
    Fields,

    /// <summary>The argument is a JSON object whose keys the handler reads.</summary>
    Json,
}

/// <summary>The type of one positional or JSON field.</summary>
internal enum ArgumentFieldType
{
    Integer,
    Number,
    Text,
    Boolean,
}

/// <summary>One field of a positional or JSON argument.</summary>
/// <param name="Name">The firmware's name for it (the variable it is read into, or the JSON key).</param>
/// <param name="Type">How the handler reads it.</param>
internal sealed record ArgumentField(string Name, ArgumentFieldType Type);

/// <summary>The grammar of a function argument, as far as the handler body shows it.</summary>
/// <param name="Kind">What the argument is.</param>
/// <param name="Words">For <see cref="ArgumentKind.Words"/>: the exact words, in source order, no duplicates.</param>
/// <param name="IgnoreCase">For words: true when every comparison ignores case.</param>
/// <param name="Separator">For <see cref="ArgumentKind.Fields"/>: the text between fields.</param>
/// <param name="Fields">For fields and JSON: the fields, in order.</param>
/// <param name="Reason">For <see cref="ArgumentKind.Text"/>: why nothing narrower was inferred; otherwise null.</param>
/// <param name="Lines">The 1-based firmware lines the grammar was read from, ascending.</param>
internal sealed record ArgumentGrammar(
    ArgumentKind Kind,
    EquatableArray<string> Words,
    bool IgnoreCase,
    string Separator,
    EquatableArray<ArgumentField> Fields,
    string? Reason,
    EquatableArray<int> Lines)
{
    /// <summary>Any string, for <paramref name="reason"/>.</summary>
    public static ArgumentGrammar AnyText(string reason) =>
        new(ArgumentKind.Text, EquatableArray<string>.Empty, false, string.Empty, EquatableArray<ArgumentField>.Empty, reason, EquatableArray<int>.Empty);

    /// <summary>A grammar without words or fields.</summary>
    public static ArgumentGrammar Of(ArgumentKind kind, EquatableArray<int> lines) =>
        new(kind, EquatableArray<string>.Empty, false, string.Empty, EquatableArray<ArgumentField>.Empty, null, lines);
}

/// <summary>A value a handler is seen to return.</summary>
/// <param name="Value">The value.</param>
/// <param name="Constant">The firmware constant returned (a <c>#define</c> or constant; it names the value), or null for a literal.</param>
/// <param name="Line">The 1-based line of the first <c>return</c> of this value.</param>
internal sealed record ReturnCode(int Value, string? Constant, int Line);

/// <summary>What a function's handler accepts and returns, inferred from its body.</summary>
/// <param name="FunctionName">The cloud name of the function.</param>
/// <param name="Grammar">The argument grammar.</param>
/// <param name="ReturnCodes">Every known return value, in ascending value order; empty when any path returns a computed value.</param>
/// <param name="File">The file of the handler body (for docs), or null when the body was not found.</param>
/// <param name="Line">The 1-based line where the handler body starts, or 0.</param>
/// <param name="Parameter">The handler's parameter name, or null when the body was not found.</param>
internal sealed record FunctionArgumentContract(
    string FunctionName,
    ArgumentGrammar Grammar,
    EquatableArray<ReturnCode> ReturnCodes,
    string? File,
    int Line,
    string? Parameter);
