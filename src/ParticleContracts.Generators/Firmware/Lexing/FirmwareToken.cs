namespace ParticleContracts.Generators.Firmware.Lexing;

/// <summary>What a <see cref="FirmwareToken"/> is.</summary>
internal enum FirmwareTokenKind : byte
{
    EndOfFile,
    Identifier,
    Number,
    String,
    RawString,
    Char,
    Punctuator,
    Directive,
}

/// <summary>
/// One C++ token: an index range into the file text plus its 1-based position. Tokens are produced one at a
/// time and never stored for the whole file, so the reader allocates per statement, not per token.
/// </summary>
internal readonly struct FirmwareToken
{
    public FirmwareToken(FirmwareTokenKind kind, int start, int length, int line, int column)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    public FirmwareTokenKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int Line { get; }

    public int Column { get; }

    public int End => Start + Length;
}
