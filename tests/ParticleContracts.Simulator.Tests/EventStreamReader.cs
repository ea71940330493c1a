using System.Net.ServerSentEvents;
using System.Text.Json;

namespace ParticleContracts.Simulator.Tests;

/// <summary>An open SSE connection to the simulator, parsed with the framework's <see cref="SseParser"/>.</summary>
internal sealed class EventStreamReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly IAsyncEnumerator<SseItem<string>> _items;
    private readonly CancellationTokenSource _timeout;

    private EventStreamReader(HttpResponseMessage response, Stream body, CancellationTokenSource timeout)
    {
        _response = response;
        _timeout = timeout;
        _items = SseParser.Create(body).EnumerateAsync(timeout.Token).GetAsyncEnumerator(timeout.Token);
    }

    public System.Net.HttpStatusCode Status => _response.StatusCode;

    /// <summary>Opens a stream and waits until the simulator has registered it (so nothing published afterwards is missed).</summary>
    public static async Task<EventStreamReader> OpenAsync(ParticleCloudSimulator sim, HttpClient http, string path, int expectedStreams = 1)
    {
        // A safety net so a broken stream fails the test instead of hanging it.
        var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await sim.WaitForEventStreamsAsync(expectedStreams, timeout.Token);
        var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        return new EventStreamReader(response, body, timeout);
    }

    public async Task<(string Name, JsonElement Data)> NextAsync()
    {
        Assert.True(await _items.MoveNextAsync(), "The event stream ended.");
        using var document = JsonDocument.Parse(_items.Current.Data);
        return (_items.Current.EventType, document.RootElement.Clone());
    }

    /// <summary>True when the stream ends (the server closed or cut it) before another event arrives.</summary>
    public async Task<bool> EndsAsync()
    {
        try
        {
            return !await _items.MoveNextAsync();
        }
        catch (HttpIOException)
        {
            return true;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _timeout.CancelAsync();
        try
        {
            await _items.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // Cancelled on purpose above.
        }

        _response.Dispose();
        _timeout.Dispose();
    }
}
