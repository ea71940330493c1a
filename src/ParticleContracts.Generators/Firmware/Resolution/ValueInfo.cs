namespace ParticleContracts.Generators.Firmware.Resolution;

/// <summary>Where an expression is evaluated: the file position and enclosing function/class of a registration.</summary>
internal readonly record struct ExpressionContext(string File, int Offset, string? Function, string? Class);

/// <summary>What an argument expression turned out to be.</summary>
internal enum ValueKind
{
    /// <summary>Not understood (a call result, arithmetic, ...).</summary>
    Other,

    /// <summary>A name that no declaration in the project matches.</summary>
    Unresolved,

    /// <summary>An object: a variable, member, array element.</summary>
    Object,

    /// <summary>A string literal.</summary>
    StringLiteral,

    /// <summary>A lambda expression written in place.</summary>
    Lambda,

    /// <summary>A function, function template instance or static member function.</summary>
    Function,

    /// <summary>A function pointer variable.</summary>
    FunctionPointer,

    /// <summary>A <c>std::function</c> or other callable object, or an <c>auto</c> variable holding a lambda.</summary>
    CallableObject,
}

/// <summary>The analysis of one argument expression.</summary>
internal sealed class ValueInfo
{
    public ValueKind Kind { get; set; }

    public CppDeclaration? Declaration { get; set; }

    /// <summary>Objects: the (alias-expanded) type. Callables: the return type. Null when unknown.</summary>
    public string? Type { get; set; }

    /// <summary>Callables: the parameter types joined with <c>,</c>.</summary>
    public string? Parameters { get; set; }

    public bool AddressOf { get; set; }

    public bool Subscripted { get; set; }

    /// <summary>The unresolved name, for messages.</summary>
    public string? Name { get; set; }

    /// <summary>True when the callable is a lambda (in place or in an <c>auto</c> variable).</summary>
    public bool IsLambda { get; set; }
}
