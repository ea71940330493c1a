using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>
/// What one function body with a single string parameter does with that parameter, read in the file pass (before it
/// is known which functions are handlers). Helpers and constants are resolved later, across the project's files.
/// </summary>
/// <param name="Key">The function key: <c>name</c> or <c>Class::name</c>.</param>
/// <param name="Parameter">The parameter's name.</param>
/// <param name="Grammar">The argument grammar the body itself shows.</param>
/// <param name="Returns">Every <c>return</c> of the body, in source order.</param>
/// <param name="ArgumentHelper">A function the argument is passed on to (when the body reads it no other way), or null.</param>
/// <param name="OptedOut">True when a <c>// @particle-arg string</c> comment switches inference off.</param>
/// <param name="File">The file of the body.</param>
/// <param name="Line">The 1-based line where the body starts.</param>
/// <param name="FallsOffEnd">True when the body's last statement is not a <c>return</c> while other paths return a value.</param>
/// <param name="UncheckedParseLine">The line of a number parse whose result the body never compares, or 0.</param>
/// <param name="UnreachableWords">Words compared again in an <c>else if</c> after an earlier branch took them.</param>
/// <param name="Kind">Which parameter <paramref name="Parameter"/> is: a function's argument or a subscription handler's event data.</param>
internal sealed record HandlerShape(
    string Key,
    string Parameter,
    ArgumentGrammar Grammar,
    EquatableArray<ReturnSite> Returns,
    string? ArgumentHelper,
    bool OptedOut,
    string File,
    int Line,
    bool FallsOffEnd,
    int UncheckedParseLine = 0,
    EquatableArray<WordSite> UnreachableWords = default,
    HandlerParameterKind Kind = HandlerParameterKind.FunctionArgument);

/// <summary>What the followed parameter of a handler body holds.</summary>
internal enum HandlerParameterKind
{
    /// <summary>The one <c>String</c>/<c>const char*</c> argument of a <c>Particle.function</c> handler.</summary>
    FunctionArgument,

    /// <summary>The data text of a subscription handler: <c>(const char* name, const char* data)</c>, also with size and content type (6.2+).</summary>
    EventText,

    /// <summary>The decoded data of a 6.2+ subscription handler: <c>(const char* name, EventData data)</c> (a <c>Variant</c>).</summary>
    EventVariant,

    /// <summary>The event of a 6.3+ subscription handler, <c>(CloudEvent event)</c>: its <c>data()</c> (a <c>Variant</c>) or <c>dataString()</c>.</summary>
    CloudEvent,
}

/// <summary>A word compared at a line.</summary>
internal readonly record struct WordSite(string Word, int Line);

/// <summary>One <c>return</c> in a handler body.</summary>
/// <param name="Constant">The identifier returned (a <c>#define</c>, constant or enumerator), or null.</param>
/// <param name="Value">The literal value returned, or null.</param>
/// <param name="Helper">The function whose result is returned when it is called with the argument (<c>return apply(arg);</c>), or null.</param>
/// <param name="Line">The 1-based line of the <c>return</c>.</param>
/// <param name="Offset">The offset of the <c>return</c> in its file (to find the macros visible there).</param>
/// <remarks>All of <paramref name="Constant"/>, <paramref name="Value"/> and <paramref name="Helper"/> null: a computed value.</remarks>
internal sealed record ReturnSite(string? Constant, int? Value, string? Helper, int Line, int Offset);
