using System.Text.Json;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

public sealed partial class ParticleCloudClient
{
    /// <summary>Reads a variable and converts it to <typeparamref name="T"/>: <see cref="int"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="string"/>.</summary>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the supported types (nothing is sent).</exception>
    /// <exception cref="ParticleVariableTypeException">The returned value does not fit <typeparamref name="T"/>.</exception>
    /// <exception cref="ParticleUnknownVariableException">The device has no such variable.</exception>
    /// <exception cref="ParticleDeviceOfflineException">The device is offline or timed out.</exception>
    public async Task<T> GetVariableAsync<T>(string deviceIdOrName, string variableName, CancellationToken cancellationToken = default)
    {
        ParticleVariableConverter.EnsureSupported<T>();
        var (request, wire) = await ReadVariableAsync(deviceIdOrName, variableName, cancellationToken).ConfigureAwait(false);

        // The typed read converts the deserialized element directly (no clone, no coreInfo model); the route
        // template of the request is only read when the value does not fit.
        return ParticleVariableConverter.Convert<T>(wire.Result, deviceIdOrName, variableName, "GET", request);
    }

    /// <summary>Reads a variable and returns the raw result, the echoed name and the device's <c>coreInfo</c>.</summary>
    public async Task<ParticleVariableResult> GetVariableAsync(string deviceIdOrName, string variableName, CancellationToken cancellationToken = default)
    {
        var (_, wire) = await ReadVariableAsync(deviceIdOrName, variableName, cancellationToken).ConfigureAwait(false);
        var core = wire.CoreInfo is null ? null : new ParticleCoreInfo
        {
            DeviceId = wire.CoreInfo.DeviceId,
            Name = wire.CoreInfo.Name,
            Connected = wire.CoreInfo.Connected ?? true,
            LastHeard = wire.CoreInfo.LastHeard,
            LastHandshakeAt = wire.CoreInfo.LastHandshakeAt,
            LastApp = wire.CoreInfo.LastApp,
            ProductId = wire.CoreInfo.ProductId,
        };

        return new ParticleVariableResult(wire.Name ?? variableName, wire.Result.Clone(), core);
    }

    /// <summary>Sends the variable read and returns the reply, which is known to have a <c>result</c>.</summary>
    private async Task<(CloudRequest Request, VariableWire Wire)> ReadVariableAsync(string deviceIdOrName, string variableName, CancellationToken cancellationToken)
    {
        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.Variable(_options.Product, deviceIdOrName, variableName),
            Operation = CloudOperation.GetVariable,
            Retryable = true,
            DeviceIdOrName = deviceIdOrName,
            MemberName = variableName,
        };

        var reply = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.VariableWire);
        if (wire.Result.ValueKind == JsonValueKind.Undefined)
        {
            throw CloudErrorTranslator.Malformed(request, reply.Status, "the variable reply has no \"result\"", reply.Body, reply.Redactor);
        }

        return (request, wire);
    }
}
