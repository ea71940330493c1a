using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Lexing;

/// <summary>Source locations of tokens: the one place a token position becomes a <see cref="FirmwareLocation"/>.</summary>
internal static class TokenLocation
{
    /// <summary>The location of one token.</summary>
    public static FirmwareLocation Of(string path, FirmwareToken token) => Span(path, token, token);

    /// <summary>From the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static FirmwareLocation Span(string path, FirmwareToken first, FirmwareToken last)
        => new(path, first.Line, first.Column, first.Start, last.End - first.Start, last.Line, last.Column + last.Length);
}
