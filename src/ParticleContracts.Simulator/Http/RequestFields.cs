using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// The fields of a request body, which the cloud accepts as JSON or form-encoded alike. JSON values are turned into
/// the text a form would have carried (numbers and booleans by their JSON text), so handlers see one shape.
/// </summary>
internal sealed class RequestFields
{
    private static readonly object CacheKey = new();

    private readonly Dictionary<string, string?> _values;

    private RequestFields(Dictionary<string, string?> values, bool isForm)
    {
        _values = values;
        IsForm = isForm;
    }

    /// <summary>True when the body was form-encoded (the only body that may carry <c>access_token</c>).</summary>
    public bool IsForm { get; }

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Reads (once per request) the body fields; throws <see cref="InvalidRequestBodyException"/> on malformed JSON.</summary>
    public static async Task<RequestFields> ReadAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(CacheKey, out var cached) && cached is RequestFields fields)
        {
            return fields;
        }

        fields = await ParseAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        context.Items[CacheKey] = fields;
        return fields;
    }

    private static async Task<RequestFields> ParseAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Whatever the form reader throws (bad boundary, bad charset, truncated part), the body is the client's fault.
            catch (Exception ex) when (ex is not (OperationCanceledException or BadHttpRequestException))
#pragma warning restore CA1031
            {
                throw new InvalidRequestBodyException("The form body could not be read.");
            }

            foreach (var (key, value) in form)
            {
                values[key] = value.ToString();
            }

            return new RequestFields(values, isForm: true);
        }

        if (request.ContentLength == 0 || !IsJson(request.ContentType))
        {
            return new RequestFields(values, isForm: false);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length == 0)
        {
            return new RequestFields(values, isForm: false);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
        }
        catch (JsonException)
        {
            throw new InvalidRequestBodyException("The request body is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidRequestBodyException("The JSON request body must be an object.");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
            }
        }

        return new RequestFields(values, isForm: false);
    }

    private static bool IsJson(string? contentType) =>
        contentType is null || contentType.Contains("json", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A request body the simulator cannot read; answered with 400.</summary>
internal sealed class InvalidRequestBodyException(string message) : Exception(message);
