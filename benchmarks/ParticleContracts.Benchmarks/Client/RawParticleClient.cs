using System.Globalization;
using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Text;
using System.Text.Json;

namespace ParticleContracts.Benchmarks.Client;

/// <summary>
/// The hand-written baseline every client benchmark compares with: an <see cref="HttpClient"/> and a
/// <see cref="JsonDocument"/> per reply for the <c>temp</c> read and the <c>setLocation</c> call, and
/// <see cref="SseParser"/> + <see cref="JsonDocument"/> per event (<see cref="ReadEnvelope"/>). Used by
/// <c>ClientCallBenchmarks</c>, <c>EventStreamBenchmarks</c> and <c>peer-load raw-…</c>.
/// </summary>
internal sealed class RawParticleClient(HttpClient http, Uri baseUrl, string token, string device)
{
    private readonly AuthenticationHeaderValue _authorization = new("Bearer", token);
    private readonly Uri _variable = new(baseUrl, $"v1/devices/{device}/temp");
    private readonly Uri _function = new(baseUrl, $"v1/devices/{device}/setLocation");
    private readonly Uri _events = new(baseUrl, "v1/devices/events");

    /// <summary>Reads the fields <c>ParticleEvent</c> carries from one event's envelope; returns its <c>data</c>.</summary>
    public static string ReadEnvelope(string envelope)
    {
        using var json = JsonDocument.Parse(envelope);
        var root = json.RootElement;
        var data = root.GetProperty("data").GetString();
        _ = root.GetProperty("published_at").GetDateTimeOffset();
        _ = root.GetProperty("coreid").GetString();
        _ = root.GetProperty("ttl").GetInt32();
        return data!;
    }

    public async Task<double> ReadVariableAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _variable);
        request.Headers.Authorization = _authorization;
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(body).ConfigureAwait(false);
        return json.RootElement.GetProperty("result").GetDouble();
    }

    public async Task<int> CallFunctionAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _function);
        request.Headers.Authorization = _authorization;
        request.Content = new StringContent("{\"arg\":\"Lausanne\"}", Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(body).ConfigureAwait(false);
        return json.RootElement.GetProperty("return_value").GetInt32();
    }

    /// <summary>Every event's envelope parsed (data, published_at, coreid, ttl), as <c>ParticleEvent</c> carries them.</summary>
    public async IAsyncEnumerable<int> SequenceNumbersAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _events);
        request.Headers.Authorization = _authorization;
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var item in SseParser.Create(body).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Data.Length == 0 || item.Data[0] != '{')
            {
                continue;
            }

            yield return int.Parse(ReadEnvelope(item.Data), CultureInfo.InvariantCulture);
        }
    }
}
