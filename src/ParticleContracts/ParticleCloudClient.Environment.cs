using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

// Environment variables (Device OS 6.4+). Firmware reads them with System.getEnv; they reach a device by an
// over-the-air update after a rollout and take effect when it reboots, never while the firmware runs.
public sealed partial class ParticleCloudClient
{
    /// <summary>Lists a scope's variables, own and inherited (<c>GET /v1/env</c>, <c>/v1/products/:p/env</c>, <c>/v1/orgs/:org/env</c> or <c>/v1/env/:deviceId</c>).</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The variables; see <see cref="ParticleEnvironment"/> for how the reply is read.</returns>
    public Task<ParticleEnvironment> GetEnvironmentAsync(ParticleEnvironmentScope scope, CancellationToken cancellationToken = default) =>
        SendEnvironmentAsync(HttpMethod.Get, CloudRoutes.Environment(scope), null, cancellationToken);

    /// <summary>
    /// Sets and unsets several variables in one request (<c>PATCH</c> with <c>{"ops":[{"op":"Set","key":..,"value":..},{"op":"Unset","key":..}]}</c>).
    /// Nothing reaches devices until a rollout (<see cref="StartEnvironmentRolloutAsync"/>); a device applies the new
    /// values after it reboots.
    /// </summary>
    /// <param name="scope">The scope.</param>
    /// <param name="operations">1 to 50 operations, applied by the cloud in order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The scope's variables after the change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No operations, or more than 50 (nothing is sent).</exception>
    /// <exception cref="ParticleCloudException">The cloud refused, e.g. an invalid or reserved name (its own words in <see cref="ParticleCloudException.Error"/>).</exception>
    public Task<ParticleEnvironment> UpdateEnvironmentAsync(ParticleEnvironmentScope scope, IReadOnlyList<ParticleEnvironmentOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count is 0 or > EnvironmentWireMapping.MaxOperations)
        {
            throw new ArgumentOutOfRangeException(nameof(operations), operations.Count, $"One environment update carries 1 to {EnvironmentWireMapping.MaxOperations} operations; split larger changes. Nothing was sent.");
        }

        return SendEnvironmentAsync(HttpMethod.Patch, CloudRoutes.Environment(scope), EnvironmentWireMapping.PatchBody(operations), cancellationToken);
    }

    /// <summary>Sets one variable (<c>PUT /v1/.../env/:key</c> with <c>{"value":..}</c>); devices get it after a rollout and a reboot.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="key">The variable name.</param>
    /// <param name="value">The value (firmware decodes bools from exactly <c>true</c>/<c>false</c> and ints from 32-bit signed decimals).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The scope's variables after the change.</returns>
    public Task<ParticleEnvironment> SetEnvironmentVariableAsync(ParticleEnvironmentScope scope, string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        return SendEnvironmentAsync(HttpMethod.Put, CloudRoutes.EnvironmentVariable(scope, key), EnvironmentWireMapping.ValueBody(value), cancellationToken);
    }

    /// <summary>Removes one variable from a scope (<c>DELETE /v1/.../env/:key</c>); a value inherited from a scope above shows through again.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="key">The variable name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The scope's variables after the change.</returns>
    public Task<ParticleEnvironment> DeleteEnvironmentVariableAsync(ParticleEnvironmentScope scope, string key, CancellationToken cancellationToken = default) =>
        SendEnvironmentAsync(HttpMethod.Delete, CloudRoutes.EnvironmentVariable(scope, key), null, cancellationToken);

    /// <summary>Reads the flattened variables of a scope after precedence (<c>GET /v1/.../env/render</c>).</summary>
    /// <param name="scope">The scope; for a device, the values it gets after the next rollout and reboot.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The flattened variables; see <see cref="ParticleEnvironmentRender"/> for how the reply is read.</returns>
    public async Task<ParticleEnvironmentRender> RenderEnvironmentAsync(ParticleEnvironmentScope scope, CancellationToken cancellationToken = default)
    {
        var (wire, raw) = await SendTolerantAsync(EnvironmentRequest(HttpMethod.Get, CloudRoutes.EnvironmentRender(scope), null), ParticleJsonContext.Default.EnvironmentRenderWire, cancellationToken).ConfigureAwait(false);
        return EnvironmentWireMapping.ToRender(wire, raw);
    }

    /// <summary>Shows what a rollout would change (<c>GET /v1/.../env/rollout</c>).</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pending changes; see <see cref="ParticleEnvironmentRollout"/> for how the reply is read.</returns>
    public async Task<ParticleEnvironmentRollout> GetEnvironmentRolloutAsync(ParticleEnvironmentScope scope, CancellationToken cancellationToken = default)
    {
        var (wire, raw) = await SendTolerantAsync(EnvironmentRequest(HttpMethod.Get, CloudRoutes.EnvironmentRollout(scope), null), ParticleJsonContext.Default.EnvironmentRolloutWire, cancellationToken).ConfigureAwait(false);
        return EnvironmentWireMapping.ToRollout(wire, raw);
    }

    /// <summary>
    /// Starts delivering the scope's current variables to its devices (<c>POST /v1/.../env/rollout</c> with
    /// <c>{"when":"Immediate"|"Connect"}</c>). Devices receive them by an over-the-air update and apply them after a reboot.
    /// </summary>
    /// <param name="scope">The scope.</param>
    /// <param name="timing">Now for online devices, or at each device's next connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False only when the reply says <c>"success":false</c>.</returns>
    public async Task<bool> StartEnvironmentRolloutAsync(ParticleEnvironmentScope scope, ParticleEnvironmentRolloutTiming timing = ParticleEnvironmentRolloutTiming.Immediate, CancellationToken cancellationToken = default)
    {
        var request = EnvironmentRequest(HttpMethod.Post, CloudRoutes.EnvironmentRollout(scope), EnvironmentWireMapping.RolloutBody(timing));
        var (wire, _) = await SendTolerantAsync(request, ParticleJsonContext.Default.EnvironmentRolloutStartWire, cancellationToken).ConfigureAwait(false);
        return wire.Success ?? true;
    }

    private async Task<ParticleEnvironment> SendEnvironmentAsync(HttpMethod method, CloudRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var (wire, raw) = await SendTolerantAsync(EnvironmentRequest(method, route, body), ParticleJsonContext.Default.EnvironmentWire, cancellationToken).ConfigureAwait(false);
        return EnvironmentWireMapping.ToEnvironment(wire, raw);
    }

    private static CloudRequest EnvironmentRequest(HttpMethod method, CloudRoute route, byte[]? body) => new()
    {
        Method = method,
        Route = route,
        Operation = method == HttpMethod.Get ? CloudOperation.ReadEnvironment
            : method == HttpMethod.Post ? CloudOperation.StartEnvironmentRollout
            : CloudOperation.WriteEnvironment,
        Retryable = method == HttpMethod.Get,
        JsonBody = body,
        JsonBodyOnly = body is not null,
    };

    /// <summary>Sends a request whose reply shape is not documented: an empty body maps to an empty model, the raw JSON is kept.</summary>
    private async Task<(T Wire, JsonElement Raw)> SendTolerantAsync<T>(CloudRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class, new()
    {
        var reply = await SendBufferedAsync(request, cancellationToken).ConfigureAwait(false);
        if (reply.Body.Length == 0)
        {
            return (new T(), default);
        }

        var wire = Deserialize(request, reply, typeInfo);
        using var document = JsonDocument.Parse(reply.Body);
        return (wire, document.RootElement.Clone());
    }
}
