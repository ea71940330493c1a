using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Lexing;

namespace ParticleContracts.Generators.Firmware.Handlers;

/// <summary>A lambda written in the registration (<c>Particle.function("x", [](String a) { ... })</c>): its body, read in place.</summary>
internal static class LambdaHandler
{
    /// <summary>The lambda's shape, or null when <paramref name="argument"/> is not a lambda with one string parameter
    /// (for <paramref name="eventHandler"/>: with a subscription handler's parameters).</summary>
    public static HandlerShape? Read(SiteArgument argument, string key, bool eventHandler = false)
    {
        var text = argument.Text;
        var range = TokenRange.Lex(text);
        var start = range.Start;
        while (start < range.End && range.Punct(start, "("))
        {
            start++;
        }

        if (!range.Punct(start, "["))
        {
            return null;
        }

        var captureEnd = range.FindClosing(start);
        if (captureEnd < 0 || !range.Punct(captureEnd + 1, "("))
        {
            return null;
        }

        var parametersEnd = range.FindClosing(captureEnd + 1);
        var kind = HandlerParameterKind.FunctionArgument;
        if (parametersEnd < 0)
        {
            return null;
        }

        var parameters = range.Sub(captureEnd + 2, parametersEnd);
        if ((eventHandler ? HandlerHead.EventParameterName(parameters, out kind) : HandlerHead.ParameterName(parameters)) is not { } parameter)
        {
            return null;
        }

        var open = parametersEnd + 1;
        while (open < range.End && !range.Punct(open, "{"))
        {
            open++;
        }

        var close = open < range.End ? range.FindClosing(open) : -1;
        if (close < 0)
        {
            return null;
        }

        var location = argument.Location;
        var shape = HandlerBodyReader.Read(range.Sub(open + 1, close), parameter, key, location.File, 1, HandlerCollector.HasOptOut(text, 0, text.Length), kind);
        return Shift(shape, location.Line - 1, location.Start);
    }

    /// <summary>Lines and offsets of a lambda lexed on its own, moved to where it is in its file.</summary>
    private static HandlerShape Shift(HandlerShape shape, int lines, int offset)
    {
        var grammarLines = new int[shape.Grammar.Lines.Count];
        for (var i = 0; i < grammarLines.Length; i++)
        {
            grammarLines[i] = shape.Grammar.Lines[i] + lines;
        }

        var returns = new ReturnSite[shape.Returns.Count];
        for (var i = 0; i < returns.Length; i++)
        {
            var site = shape.Returns[i];
            returns[i] = site with { Line = site.Line + lines, Offset = site.Offset + offset };
        }

        return shape with
        {
            Grammar = shape.Grammar with { Lines = new EquatableArray<int>(grammarLines) },
            Returns = new EquatableArray<ReturnSite>(returns),
            Line = shape.Line + lines,
        };
    }
}
