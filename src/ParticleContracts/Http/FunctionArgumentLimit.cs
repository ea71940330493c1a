using System.Text;

namespace ParticleContracts.Http;

/// <summary>
/// The one check of a function argument's size, shared by <c>ParticleCloudClient.CallFunctionAsync</c> and the
/// generated proxies (<see cref="ParticleDeviceCalls"/>): the argument is counted once, against the smaller of the
/// client's <see cref="ParticleCloudOptions.FunctionArgumentLimit"/> and the contract's own limit.
/// </summary>
internal static class FunctionArgumentLimit
{
    /// <summary>Throws <see cref="ParticleArgumentTooLongException"/> when the argument is over the effective limit.</summary>
    /// <param name="functionName">The function, for the message.</param>
    /// <param name="argument">The argument.</param>
    /// <param name="clientLimit">The client's limit in UTF-8 bytes (always positive).</param>
    /// <param name="contractLimit">The device contract's limit in UTF-8 bytes; 0 or less means none.</param>
    public static void Ensure(string functionName, string argument, int clientLimit, int contractLimit)
    {
        var contractRules = contractLimit > 0 && contractLimit < clientLimit;
        var limit = contractRules ? contractLimit : clientLimit;

        // Every UTF-16 unit is at most 3 UTF-8 bytes: short arguments need no count at all.
        if (argument.Length <= limit / 3)
        {
            return;
        }

        var size = Encoding.UTF8.GetByteCount(argument);
        if (size > limit)
        {
            throw new ParticleArgumentTooLongException(functionName, size, limit, contractRules ? "the contract's ParticleFunctionArgumentLimit" : "ParticleCloudOptions.FunctionArgumentLimit");
        }
    }
}
