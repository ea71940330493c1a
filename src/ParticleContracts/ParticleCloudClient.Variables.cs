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
    public Task<T> GetVariableAsync<T>(string deviceIdOrName, string variableName, CancellationToken cancellationToken = default)
    {
        CloudRequest request;
        try
        {
            ParticleVariableConverter.EnsureSupported<T>();
            request = VariableRequest(deviceIdOrName, variableName);
        }
        catch (Exception exception)
        {
            return Task.FromException<T>(exception);
        }

        return SendAsync(request, VariableReply<T>.Read, cancellationToken);
    }

    /// <summary>Reads a variable and returns the raw result, the echoed name and the device's <c>coreInfo</c>.</summary>
    public Task<ParticleVariableResult> GetVariableAsync(string deviceIdOrName, string variableName, CancellationToken cancellationToken = default)
    {
        CloudRequest request;
        try
        {
            request = VariableRequest(deviceIdOrName, variableName);
        }
        catch (Exception exception)
        {
            return Task.FromException<ParticleVariableResult>(exception);
        }

        return SendAsync(request, ReadVariableResult, cancellationToken);
    }

    /// <summary>Builds the request; invalid names throw here, and the public methods hand that to the returned task, as an async method would.</summary>
    private CloudRequest VariableRequest(string deviceIdOrName, string variableName) => new()
    {
        Method = HttpMethod.Get,
        Route = _routes.Member(CloudOperation.GetVariable, _options.Product, deviceIdOrName, variableName),
        Operation = CloudOperation.GetVariable,
        Retryable = true,
        DeviceIdOrName = deviceIdOrName,
        MemberName = variableName,
    };

    private static ParticleVariableResult ReadVariableResult(CloudRequest request, CloudReply reply)
    {
        var wire = ReadVariableWire(request, reply);
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

        return new ParticleVariableResult(wire.Name ?? request.MemberName!, wire.Result.Clone(), core);
    }

    /// <summary>The whole variable reply, which is known to have a <c>result</c>.</summary>
    private static VariableWire ReadVariableWire(CloudRequest request, CloudReply reply)
    {
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.VariableWire);
        return wire.Result.ValueKind == JsonValueKind.Undefined
            ? throw CloudErrorTranslator.Unexpected(request, reply, "the variable reply has no \"result\"")
            : wire;
    }

    /// <summary>
    /// The typed read: <c>result</c> is converted straight from the UTF-8 body with a <see cref="Utf8JsonReader"/>
    /// (no document, no wire model). Anything unusual (no result, a value that does not fit, broken JSON) takes the
    /// full path, which reports it.
    /// </summary>
    private static class VariableReply<T>
    {
        public static readonly ReplyReader<T> Read = static (request, reply) =>
        {
            if (TryReadResult(reply.Body.Span, out var value))
            {
                return value;
            }

            var wire = ReadVariableWire(request, reply);
            return ParticleVariableConverter.Convert<T>(wire.Result, request.DeviceIdOrName, request.MemberName!, request.Method.Method, request);
        };

        private static bool TryReadResult(ReadOnlySpan<byte> body, out T value)
        {
            value = default!;
            var found = false;
            try
            {
                var reader = new Utf8JsonReader(body);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return false;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isResult = reader.ValueTextEquals("result"u8);
                    reader.Read();
                    if (isResult)
                    {
                        if (found)
                        {
                            return false;
                        }

                        if (!ParticleVariableConverter.TryConvert(ref reader, out value))
                        {
                            return false;
                        }

                        found = true;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return found && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }
}
