using System.ComponentModel;

namespace ParticleContracts;

/// <summary>Called by generated typed function members: one call, the result wrapped in the function's result type.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleFunctionCalls
{
    /// <summary>
    /// Calls a cloud function with an already-encoded argument (checked against <paramref name="maxArgumentBytes"/>
    /// before anything is sent) and wraps its <c>return_value</c> with <paramref name="result"/>.
    /// </summary>
    /// <typeparam name="TResult">The function's result type.</typeparam>
    /// <param name="client">The cloud client.</param>
    /// <param name="deviceIdOrName">The device ID or name.</param>
    /// <param name="functionName">The cloud function name.</param>
    /// <param name="argument">The encoded argument.</param>
    /// <param name="maxArgumentBytes">The contract's argument limit in UTF-8 bytes.</param>
    /// <param name="result">Wraps the return value.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The wrapped return value.</returns>
    /// <exception cref="ParticleArgumentTooLongException">The argument is over the limit (nothing is sent).</exception>
    public static async Task<TResult> CallAsync<TResult>(
        ParticleCloudClient client,
        string deviceIdOrName,
        string functionName,
        string argument,
        int maxArgumentBytes,
        Func<int, TResult> result,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var value = await ParticleDeviceCalls.CallFunctionAsync(client, deviceIdOrName, functionName, argument, maxArgumentBytes, cancellationToken).ConfigureAwait(false);
        return result(value);
    }
}
