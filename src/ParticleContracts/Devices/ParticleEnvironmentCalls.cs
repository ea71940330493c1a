using System.ComponentModel;

namespace ParticleContracts;

/// <summary>The environment calls generated device proxies make.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ParticleEnvironmentCalls
{
    /// <summary>The most operations one <c>PATCH</c> carries.</summary>
    public const int MaxOperationsPerRequest = 50;

    /// <summary>
    /// Sets the given variables in <paramref name="scope"/>, sending only the ones whose encoded value differs from the
    /// scope's own value (null values are left alone). Returns the names that were sent.
    /// </summary>
    /// <param name="client">The cloud client.</param>
    /// <param name="scope">Sandbox, product, organization or device.</param>
    /// <param name="encoded">Each variable name with its encoded value, or null to leave it alone.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public static async Task<IReadOnlyList<string>> SetChangedAsync(ParticleCloudClient client, ParticleEnvironmentScope scope, IReadOnlyList<KeyValuePair<string, string?>> encoded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(encoded);
        var current = await client.GetEnvironmentAsync(scope, cancellationToken).ConfigureAwait(false);
        var operations = new List<ParticleEnvironmentOperation>();
        var changed = new List<string>();
        foreach (var (key, value) in encoded)
        {
            if (value is null || (current.Latest.Own.TryGetValue(key, out var existing) && string.Equals(existing, value, StringComparison.Ordinal)))
            {
                continue;
            }

            operations.Add(ParticleEnvironmentOperation.Set(key, value));
            changed.Add(key);
        }

        for (var start = 0; start < operations.Count; start += MaxOperationsPerRequest)
        {
            var batch = operations.GetRange(start, Math.Min(MaxOperationsPerRequest, operations.Count - start));
            await client.UpdateEnvironmentAsync(scope, batch, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>The device's merged environment (org/sandbox ← product ← device), decoded by <paramref name="decode"/>.</summary>
    /// <typeparam name="T">The contract's generated environment record.</typeparam>
    /// <param name="client">The cloud client.</param>
    /// <param name="deviceId">The device ID.</param>
    /// <param name="decode">Decodes the values with the firmware's decoders.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public static async Task<T> RenderAsync<T>(ParticleCloudClient client, string deviceId, Func<IReadOnlyDictionary<string, string>, T> decode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(decode);
        var render = await client.RenderEnvironmentAsync(ParticleEnvironmentScope.ForDevice(deviceId), cancellationToken).ConfigureAwait(false);
        return decode(render.Variables);
    }
}
