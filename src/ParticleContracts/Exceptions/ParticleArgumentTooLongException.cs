namespace ParticleContracts;

/// <summary>A function argument is longer than <see cref="ParticleCloudOptions.FunctionArgumentLimit"/>; nothing was sent.</summary>
public sealed class ParticleArgumentTooLongException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public ParticleArgumentTooLongException(string functionName, int actualBytes, int limitBytes)
        : base($"The argument for function '{functionName}' is {actualBytes} UTF-8 bytes; the limit is {limitBytes} bytes (ParticleCloudOptions.FunctionArgumentLimit). Nothing was sent.", "argument")
    {
        FunctionName = functionName;
        ActualBytes = actualBytes;
        LimitBytes = limitBytes;
    }

    /// <summary>The function that was to be called.</summary>
    public string FunctionName { get; }

    /// <summary>The argument's size in UTF-8 bytes.</summary>
    public int ActualBytes { get; }

    /// <summary>The configured limit in UTF-8 bytes.</summary>
    public int LimitBytes { get; }
}
