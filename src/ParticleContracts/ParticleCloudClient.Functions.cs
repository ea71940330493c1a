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
        CallFunctionAsync(deviceIdOrName, functionName, argument, contractLimit: 0, cancellationToken);

    /// <summary>The call behind the public overload and the generated proxies; <paramref name="contractLimit"/> is the proxy's own limit (0: none).</summary>
    internal async Task<ParticleFunctionResult> CallFunctionAsync(string deviceIdOrName, string functionName, string argument, int contractLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var route = CloudRoutes.Function(_options.Product, deviceIdOrName, functionName);
        FunctionArgumentLimit.Ensure(functionName, argument, _options.FunctionArgumentLimit, contractLimit);

        var field = _options.FunctionArgumentFieldName;

        // Only the encoding that will be sent is built: form fields when the options prefer the form or the token
        // goes in the form body (BuildMessage then sends the form), otherwise the JSON object.
        var preferForm = _options.FunctionBodyEncoding == ParticleFunctionBodyEncoding.Form;
        var sendsForm = preferForm || _options.TokenPlacement == ParticleTokenPlacement.FormBody;
        var request = new CloudRequest
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

        var reply = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var wire = Deserialize(request, reply, ParticleJsonContext.Default.FunctionCallWire);
        if (wire.ReturnValue is not { } returnValue)
        {
            throw ReplyWithoutValue(request, reply, "the function reply has no \"return_value\"");
        }

        // The device returns a C int; the cloud has been seen to report it as unsigned 32-bit (4294967295 for -1).
        var value = returnValue is >= int.MinValue and <= uint.MaxValue ? unchecked((int)returnValue) : throw ReplyWithoutValue(request, reply, "\"return_value\" is outside the 32-bit range");
        return new ParticleFunctionResult(value, wire.Connected ?? true, wire.Id);
    }

    /// <summary>A 2xx reply without the expected value: an <c>{"ok":false,...}</c> error body, or a malformed reply.</summary>
    private static ParticleCloudException ReplyWithoutValue(CloudRequest request, CloudReply reply, string problem)
    {
        var ok = TryReadOk(reply.Body);
        if (ok is { Ok: false })
        {
            return CloudErrorTranslator.Translate(request, reply.Status, null, reply.Body, reply.Redactor);
        }

        return CloudErrorTranslator.Malformed(request, reply.Status, problem, reply.Body, reply.Redactor);
    }

    private static OkWire? TryReadOk(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ParticleJsonContext.Default.OkWire);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
