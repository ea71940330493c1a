using System.ComponentModel;

namespace ParticleContracts;

/// <summary>
/// The calls generated device proxies make. Kept here, not in generated code, so the logic is ordinary tested code
/// and the generated members stay one line each.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleDeviceCalls
{
    /// <summary>Reads a cloud variable as <typeparamref name="T"/> (<c>int</c>, <c>double</c>, <c>bool</c> or <c>string</c>).</summary>
    /// <typeparam name="T">The C# type of the variable.</typeparam>
    /// <param name="client">The cloud client.</param>
    /// <param name="deviceIdOrName">The device ID or name.</param>
    /// <param name="variableName">The cloud variable name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static Task<T> GetVariableAsync<T>(ParticleCloudClient client, string deviceIdOrName, string variableName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(variableName);
        return client.GetVariableAsync<T>(deviceIdOrName, variableName, cancellationToken);
    }

    /// <summary>
    /// Calls a cloud function and returns its <c>return_value</c>. The argument is checked once, before anything is
    /// sent, against the smaller of <paramref name="maxArgumentBytes"/> (the contract's limit) and the client's
    /// <see cref="ParticleCloudOptions.FunctionArgumentLimit"/>.
    /// </summary>
    /// <param name="client">The cloud client.</param>
    /// <param name="deviceIdOrName">The device ID or name.</param>
    /// <param name="functionName">The cloud function name.</param>
    /// <param name="argument">The argument string.</param>
    /// <param name="maxArgumentBytes">The largest argument the device accepts, in UTF-8 bytes; 0 or less leaves only the client's limit.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ParticleArgumentTooLongException">The argument is over the limit (nothing is sent).</exception>
    public static Task<int> CallFunctionAsync(
        ParticleCloudClient client,
        string deviceIdOrName,
        string functionName,
        string argument,
        int maxArgumentBytes,
        CancellationToken cancellationToken)
    {
        if (client is null || string.IsNullOrEmpty(functionName))
        {
            // As from an async method: the argument error fails the returned task.
            return Task.FromException<int>(
                client is null ? new ArgumentNullException(nameof(client))
                : functionName is null ? new ArgumentNullException(nameof(functionName))
                : new ArgumentException("The function name must not be empty.", nameof(functionName)));
        }

        return client.CallFunctionValueAsync(deviceIdOrName, functionName, argument, maxArgumentBytes, cancellationToken);
    }

    /// <summary>Throws when <paramref name="argument"/> is longer than <paramref name="maxArgumentBytes"/> UTF-8 bytes.</summary>
    /// <param name="functionName">The cloud function name (for the message).</param>
    /// <param name="argument">The argument string.</param>
    /// <param name="maxArgumentBytes">The limit in UTF-8 bytes; 0 or less disables the check.</param>
    /// <exception cref="ParticleArgumentTooLongException">The argument is too long.</exception>
    public static void EnsureArgumentFits(string functionName, string argument, int maxArgumentBytes)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (maxArgumentBytes > 0)
        {
            Http.FunctionArgumentLimit.Ensure(functionName, argument, maxArgumentBytes, contractLimit: 0);
        }
    }
}
