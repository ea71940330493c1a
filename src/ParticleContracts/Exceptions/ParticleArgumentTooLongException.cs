namespace ParticleContracts;

/// <summary>
/// A function argument is longer than the limit: <see cref="ParticleCloudOptions.FunctionArgumentLimit"/>, or the smaller
/// limit a generated device proxy carries from its firmware contract. Nothing was sent. Every call path (the client and
/// generated proxies) throws this type.
/// </summary>
public sealed class ParticleArgumentTooLongException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public ParticleArgumentTooLongException(string functionName, int actualBytes, int limitBytes)
        : this(functionName, actualBytes, limitBytes, "ParticleCloudOptions.FunctionArgumentLimit")
    {
    }

    internal ParticleArgumentTooLongException(string functionName, int actualBytes, int limitBytes, string limitName)
        : base($"The argument for function '{functionName}' is {actualBytes} UTF-8 bytes; the limit is {limitBytes} bytes ({limitName}). Nothing was sent.", "argument")
    {
        FunctionName = functionName;
        ActualBytes = actualBytes;
        LimitBytes = limitBytes;
    }

    /// <summary>The function that was to be called.</summary>
    public string FunctionName { get; }

    /// <summary>The argument's size in UTF-8 bytes.</summary>
    public int ActualBytes { get; }

    /// <summary>The limit that applied, in UTF-8 bytes.</summary>
    public int LimitBytes { get; }
}
