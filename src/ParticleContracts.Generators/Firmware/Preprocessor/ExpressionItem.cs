using System.Globalization;

namespace ParticleContracts.Generators.Firmware.Preprocessor;

/// <summary>What an <see cref="ExpressionItem"/> is.</summary>
internal enum ItemKind : byte
{
    None,
    Name,
    Number,
    Operator,
}

/// <summary>One token of an <c>#if</c> expression: a name, a number or an operator.</summary>
internal readonly struct ExpressionItem
{
    public ExpressionItem(ItemKind kind, string? text, long value)
    {
        Kind = kind;
        Text = text;
        Value = value;
    }

    public ItemKind Kind { get; }

    public string? Text { get; }

    public long Value { get; }

    public override string ToString() => Text ?? Value.ToString(CultureInfo.InvariantCulture);
}
