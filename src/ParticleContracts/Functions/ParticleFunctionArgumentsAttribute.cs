namespace ParticleContracts;

/// <summary>
/// Declares the argument grammar the generator inferred for one cloud function of a generated device contract, on the
/// contract's interface. The analyzers read it to check constant arguments passed to the raw <c>string</c> members.
/// </summary>
/// <param name="name">The cloud function name, exactly as the firmware registers it.</param>
/// <param name="kind">What the handler does with the argument.</param>
/// <param name="separator">For <see cref="ParticleArgumentKind.Fields"/>: the text between fields; otherwise empty.</param>
/// <param name="ignoreCase">For <see cref="ParticleArgumentKind.Words"/>: true when the handler ignores case.</param>
/// <param name="items">
/// Words: the exact words. Fields and JSON: one <c>type name</c> per field, where type is <c>integer</c>, <c>number</c>,
/// <c>text</c> or <c>boolean</c>.
/// </param>
[AttributeUsage(AttributeTargets.Interface, AllowMultiple = true, Inherited = false)]
public sealed class ParticleFunctionArgumentsAttribute(string name, ParticleArgumentKind kind, string separator, bool ignoreCase, params string[] items) : Attribute
{
    /// <summary>The cloud function name (case-sensitive).</summary>
    public string Name { get; } = name;

    /// <summary>What the handler does with the argument.</summary>
    public ParticleArgumentKind Kind { get; } = kind;

    /// <summary>The text between positional fields, or empty.</summary>
    public string Separator { get; } = separator;

    /// <summary>True when words are compared ignoring case.</summary>
    public bool IgnoreCase { get; } = ignoreCase;

    /// <summary>The words, or the fields as <c>type name</c>.</summary>
    public IReadOnlyList<string> Items { get; } = items ?? [];
}
