using System.Net;
using System.Text.Json;
using ParticleContracts.Tests.Infrastructure;

namespace ParticleContracts.Tests;

/// <summary>Pins behaviour the allocation-free paths must keep: JSON escaping of function bodies, raw event payloads.</summary>
public sealed class FastPathEquivalenceTests
{
    private const string FunctionJson = """{"id":"0123456789abcdef01234567","connected":true,"return_value":1}""";

    [Theory]
    [InlineData("arg", "on & <off> 'x' + grüße \"q\" \\ \n")]
    [InlineData("args", "")]
    public async Task Function_json_body_is_escaped_exactly_like_the_serializer(string field, string argument)
    {
        var handler = new StubHttpHandler(_ => StubHttpHandler.Json(HttpStatusCode.OK, FunctionJson));
        var client = TestClients.Create(handler, o => o.FunctionArgumentFieldName = field);

        await client.CallFunctionAsync(TestClients.DeviceId, "led", argument);
        await client.CallFunctionAsync(TestClients.DeviceId, "led", argument);

        var expected = JsonSerializer.Serialize(new Dictionary<string, string> { [field] = argument });
        Assert.All(handler.Requests, request => Assert.Equal(expected, request.Body));
        Assert.All(handler.Requests, request => Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Event_payloads_that_are_not_an_envelope_become_the_data_text()
    {
        var stream = new ChunkedStream()
            .Send("event: nothing\ndata: null\n\n")
            .Send("event: number\ndata: 42\n\n")
            .Send("event: text\ndata: grüße {\n\n")
            .Send("event: envelope\ndata: {\"data\":\"grüße \\u00e9\"}\n\n");
        var handler = new StubHttpHandler(_ =>
        {
            var content = new StreamContent(stream);
            content.Headers.ContentType = new("text/event-stream");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        });
        var client = TestClients.Create(handler);

        var events = new List<ParticleEvent>();
        using var safety = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await foreach (var item in client.SubscribeAsync(ParticleEventScope.MyDevices).WithCancellation(safety.Token))
        {
            events.Add(item);
            if (events.Count == 4)
            {
                break;
            }
        }

        Assert.Equal(["nothing", "number", "text", "envelope"], events.Select(e => e.Name));
        Assert.Equal(["null", "42", "grüße {", "grüße é"], events.Select(e => e.Data));
    }
}
