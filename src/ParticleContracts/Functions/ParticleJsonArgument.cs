namespace ParticleContracts;

/// <summary>One named field of a JSON function argument (see <see cref="ParticleFunctionArguments.Json"/>).</summary>
public readonly struct ParticleJsonArgument
{
    private ParticleJsonArgument(string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Value = value;
    }

    /// <summary>The JSON key, exactly as the firmware reads it.</summary>
    public string Name { get; }

    internal object? Value { get; }

    /// <summary>A whole-number field.</summary>
    /// <param name="name">The JSON key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The field.</returns>
    public static ParticleJsonArgument WholeNumber(string name, long value) => new(name, value);

    /// <summary>A number field (must be finite).</summary>
    /// <param name="name">The JSON key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The field.</returns>
    public static ParticleJsonArgument Number(string name, double value) => new(name, value);

    /// <summary>A text field.</summary>
    /// <param name="name">The JSON key.</param>
    /// <param name="value">The value; null writes JSON <c>null</c>.</param>
    /// <returns>The field.</returns>
    public static ParticleJsonArgument Text(string name, string? value) => new(name, value);

    /// <summary>A boolean field.</summary>
    /// <param name="name">The JSON key.</param>
    /// <param name="value">The value.</param>
    /// <returns>The field.</returns>
    public static ParticleJsonArgument Boolean(string name, bool value) => new(name, value);
}
