using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ParticleContracts.Simulator.Tests.Hardening;

/// <summary>
/// Every reply the simulator writes is the cloud's JSON error shape without exception details; unreadable bodies are
/// the client's fault (400); oversized request lines and headers get JSON up to Kestrel's own limits.
/// </summary>
public sealed class ErrorReplyTests : IAsyncLifetime
{
    private const string Bearer = "Authorization: Bearer error-token";
    private const string Form = "application/x-www-form-urlencoded";

    private readonly FakeLoggerProvider _log = new();
    private ILoggerFactory _loggerFactory = null!;
    private ParticleCloudSimulator _sim = null!;

    public async Task InitializeAsync()
    {
        _loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(_log));
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { AccessToken = "error-token", LoggerFactory = _loggerFactory });
        _sim.AddDevice("lamp")
            .SetFunction("led", _ => 1)
            .SetFunction("broken", _ => throw new InvalidOperationException("secret internals at C:\\build"));
    }

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        _loggerFactory.Dispose();
        _log.Dispose();
    }

    [Fact]
    public async Task A_failing_handler_answers_the_generic_500_and_logs_the_exception()
    {
        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "POST", "/v1/devices/lamp/broken?secret=1", [Bearer], "arg=x", Form);

        Assert.Equal(500, reply.Status);
        Assert.Equal("""{"ok":false,"error":"Internal Server Error"}""", reply.Body);
        var entry = Assert.Single(_log.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains("/v1/devices/{idOrName}/{name}", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret=1", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("multipart/form-data", "arg=x")]
    [InlineData("multipart/form-data; boundary=XYZ", "garbage without any boundary")]
    [InlineData("multipart/form-data; boundary=XYZ", "--XYZ\r\nContent-Disposition: form-data; name=\"arg\"\r\n\r\nunterminated")]
    [InlineData("multipart/form-data; boundary=XYZ", "--XYZ\r\nno-colon-header\r\n\r\nx\r\n--XYZ--\r\n")]
    [InlineData("application/json", "{\"arg\":")]
    [InlineData("application/json", "[1,2]")]
    public async Task An_unreadable_body_is_a_400_with_the_cloud_error_shape(string contentType, string body)
    {
        foreach (var target in new[] { "/v1/devices/lamp/led", "/oauth/token" })
        {
            var reply = await RawRequest.SendAsync(_sim.BaseAddress, "POST", target, [Bearer], body, contentType);

            Assert.Equal(400, reply.Status);
            Assert.StartsWith("application/json", reply.ContentType, StringComparison.Ordinal);
            Assert.Matches("""^\{"ok":false,"error":"[^"]+"\}$""", reply.Body);
            Assert.DoesNotContain("Exception", reply.Body, StringComparison.Ordinal);
        }

        Assert.Empty(_log.Collector.GetSnapshot());
    }

    [Fact]
    public async Task A_form_token_in_a_malformed_multipart_body_is_a_400_not_a_crash()
    {
        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "POST", "/v1/devices/lamp/led", null, "--XYZ\r\nbroken", "multipart/form-data; boundary=XYZ");

        Assert.Equal(400, reply.Status);
        Assert.Equal("""{"ok":false,"error":"The form body could not be read."}""", reply.Body);
    }

    [Fact]
    public async Task A_long_url_gets_a_json_414()
    {
        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/v1/devices/" + new string('a', 10_000), [Bearer]);

        Assert.Equal(414, reply.Status);
        Assert.Equal("""{"ok":false,"error":"The request URL is longer than 8192 bytes"}""", reply.Body);
    }

    [Fact]
    public async Task Large_headers_get_a_json_431()
    {
        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/v1/devices", [Bearer, "X-Big: " + new string('b', 40_000)]);

        Assert.Equal(431, reply.Status);
        Assert.Equal("""{"ok":false,"error":"The request headers are larger than 32768 bytes"}""", reply.Body);
    }

    [Fact]
    public async Task Too_many_headers_get_a_json_431()
    {
        var headers = Enumerable.Range(0, 150).Select(i => $"X-H{i}: v").Prepend(Bearer);

        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/v1/devices", headers);

        Assert.Equal(431, reply.Status);
        Assert.Equal("""{"ok":false,"error":"The request has more than 100 headers"}""", reply.Body);
    }

    /// <summary>What the README documents as Kestrel's own replies: the status code is right, the body is empty.</summary>
    [Theory]
    [InlineData("line", 414)]
    [InlineData("headers", 431)]
    [InlineData("no-colon", 400)]
    [InlineData("space-in-name", 400)]
    public async Task Requests_kestrel_refuses_itself_get_the_status_with_an_empty_body(string kind, int status)
    {
        var reply = kind switch
        {
            "line" => await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/v1/devices/" + new string('a', 20_000), [Bearer]),
            "headers" => await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/v1/devices", [Bearer, "X-Big: " + new string('b', 70_000)]),
            "no-colon" => await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/v1/devices", [Bearer, "NoColonHere"]),
            _ => await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/v1/devices", [Bearer, "X Bad: v"]),
        };

        Assert.Equal(status, reply.Status);
        Assert.Equal(string.Empty, reply.Body);
    }
}
