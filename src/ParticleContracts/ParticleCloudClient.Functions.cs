using System.Text.Json;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

public sealed partial class ParticleCloudClient
{
    /// <summary>Calls a cloud function with one string argument.</summary>
    /// <exception cref="ParticleArgumentTooLongException">The argument exceeds <see cref="ParticleCloudOptions.FunctionArgumentLimit"/> UTF-8 bytes (nothing is sent).</exception>
    /// <exception cref="ParticleUnknownFunctionException">The device has no such function.</exception>
    /// <exception cref="ParticleDeviceOfflineException">The device is offline or timed out.</exception>
    public Task<ParticleFunctionResult> CallFunctionAsync(string deviceIdOrName, string functionName, string argument, CancellationToken cancellationToken = default) =>
        CallFunctionAsync(deviceIdOrName, functionName, argument, contractLimit: 0, FunctionReply.Read, cancellationToken);

    /// <summary>The call behind generated proxies: only <c>return_value</c>; <paramref name="contractLimit"/> is the proxy's own limit (0: none).</summary>
    internal Task<int> CallFunctionValueAsync(string deviceIdOrName, string functionName, string argument, int contractLimit, CancellationToken cancellationToken) =>
        CallFunctionAsync(deviceIdOrName, functionName, argument, contractLimit, FunctionReply.ReadValue, cancellationToken);

    /// <summary>A rejected argument or name fails the returned task, as an async method would, and nothing is sent.</summary>
    private Task<TResult> CallFunctionAsync<TResult>(string deviceIdOrName, string functionName, string argument, int contractLimit, ReplyReader<TResult> read, CancellationToken cancellationToken)
    {
        CloudRequest request;
        try
        {
            request = FunctionRequest(deviceIdOrName, functionName, argument, contractLimit);
        }
        catch (Exception exception)
        {
            return Task.FromException<TResult>(exception);
        }

        return SendAsync(request, read, cancellationToken);
    }

    private CloudRequest FunctionRequest(string deviceIdOrName, string functionName, string argument, int contractLimit)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var route = _routes.Member(CloudOperation.CallFunction, _options.Product, deviceIdOrName, functionName);
        FunctionArgumentLimit.Ensure(functionName, argument, _options.FunctionArgumentLimit, contractLimit);

        // Only the encoding that will be sent is built: form fields when the options prefer the form or the token
        // goes in the form body (BuildMessage then sends the form), otherwise the JSON object.
        var field = _options.FunctionArgumentFieldName;
        var preferForm = _options.FunctionBodyEncoding == ParticleFunctionBodyEncoding.Form;
        var sendsForm = preferForm || _options.TokenPlacement == ParticleTokenPlacement.FormBody;
        return new CloudRequest
        {
            Method = HttpMethod.Post,
            Route = route,
            Operation = CloudOperation.CallFunction,
            Retryable = _options.RetryFunctionCalls,
            FormFields = sendsForm ? [new(field, argument)] : null,
            JsonBody = sendsForm ? null : FunctionArgumentJson.Write(field, argument),
            PreferForm = preferForm,
            DeviceIdOrName = deviceIdOrName,
            MemberName = functionName,
        };
    }

    /// <summary>
    /// Reads <c>{"id":...,"connected":...,"return_value":...}</c> straight from the UTF-8 body; a reply without a usable
    /// <c>return_value</c> (an <c>ok:false</c> body, a malformed one) takes the full path, which reports it.
    /// </summary>
    private static class FunctionReply
    {
        public static readonly ReplyReader<ParticleFunctionResult> Read = static (request, reply) =>
        {
            if (TryRead(reply.Body.Span, readId: true, out var value, out var connected, out var id))
            {
                return new ParticleFunctionResult(value, connected, id);
            }

            var wire = Deserialize(request, reply, ParticleJsonContext.Default.FunctionCallWire);
            return new ParticleFunctionResult(ReturnValueOf(request, reply, wire.ReturnValue), wire.Connected ?? true, wire.Id);
        };

        public static readonly ReplyReader<int> ReadValue = static (request, reply) =>
        {
            if (TryRead(reply.Body.Span, readId: false, out var value, out _, out _))
            {
                return value;
            }

            var wire = Deserialize(request, reply, ParticleJsonContext.Default.FunctionCallWire);
            return ReturnValueOf(request, reply, wire.ReturnValue);
        };

        /// <summary>The device returns a C int; the cloud has been seen to report it as unsigned 32-bit (4294967295 for -1).</summary>
        private static int ReturnValueOf(CloudRequest request, CloudReply reply, long? returnValue) => returnValue switch
        {
            null => throw CloudErrorTranslator.Unexpected(request, reply, "the function reply has no \"return_value\""),
            >= int.MinValue and <= uint.MaxValue => unchecked((int)returnValue.Value),
            _ => throw CloudErrorTranslator.Unexpected(request, reply, "\"return_value\" is outside the 32-bit range"),
        };

        private static bool TryRead(ReadOnlySpan<byte> body, bool readId, out int value, out bool connected, out string? id)
        {
            value = 0;
            connected = true;
            id = null;
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
                    var property = reader.ValueTextEquals("return_value"u8) ? 1 : reader.ValueTextEquals("connected"u8) ? 2 : readId && reader.ValueTextEquals("id"u8) ? 3 : 0;
                    reader.Read();
                    switch (property)
                    {
                        case 1 when !found && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var number) && number is >= int.MinValue and <= uint.MaxValue:
                            value = unchecked((int)number);
                            found = true;
                            break;
                        case 1:
                            return false;
                        case 2 when reader.TokenType is JsonTokenType.True or JsonTokenType.False:
                            connected = reader.TokenType == JsonTokenType.True;
                            break;
                        case 3 when reader.TokenType is JsonTokenType.String or JsonTokenType.Null:
                            id = reader.GetString();
                            break;
                        case 2 or 3:
                            return false;
                        default:
                            reader.Skip();
                            break;
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
