using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ParticleContracts.Simulator.Tests.Hardening;

/// <summary>
/// Authentication holds for every route the simulator maps, whatever the spelling: routing matches paths after
/// decoding and ignoring case, so the sweep tries each mapped route (read from the app's endpoint data source, so a
/// new route is covered automatically) with upper/lower/mixed case, percent-encoding, double, leading and trailing
/// slashes and dot segments, and with every method.
/// </summary>
public sealed class RouteSpellingTests : IAsyncLifetime
{
    private const string MissingToken = """{"error":"invalid_request","error_description":"The access token was not found"}""";
    private const string InvalidToken = """{"error":"invalid_token","error_description":"The access token provided is invalid."}""";
    private const int Product = 4242;

    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    /// <summary>What the cloud serves without a token; everything else must be refused.</summary>
    private static readonly HashSet<(string Method, string Template)> Open =
    [
        ("POST", "/oauth/token"),
        ("GET", "/console/{file?}"),
    ];

    private ParticleCloudSimulator _sim = null!;
    private SimulatedDevice _lamp = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { AccessToken = "sweep-token", EnableConsole = true });
        _lamp = _sim.AddDevice("lamp", productId: Product).SetVariable("temp", 20).SetFunction("led", _ => 7);
        _sim.SetProductSlug(Product, "fleet");
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task Every_route_in_every_spelling_and_method_is_refused_without_a_valid_token()
    {
        var templates = MappedTemplates(_sim);
        Assert.Contains("/v1/devices/{idOrName}/{name}", templates);
        Assert.Contains("/v1/access_tokens", templates);
        Assert.Contains(templates, template => template.StartsWith("/simulator/", StringComparison.Ordinal));
        var failures = new List<string>();
        var sent = 0;

        foreach (var template in templates)
        {
            foreach (var method in Methods)
            {
                if (Open.Contains((method, template)))
                {
                    continue;
                }

                foreach (var target in Spellings(RoutePatternFactory.Parse(template)))
                {
                    var missing = await RawRequest.SendAsync(_sim.BaseAddress, method, target);
                    var invalid = await RawRequest.SendAsync(_sim.BaseAddress, method, target, ["Authorization: Bearer not-a-token"]);
                    sent += 2;
                    Check(failures, $"{method} {target} (no token)", missing, 400, MissingToken);
                    Check(failures, $"{method} {target} (bad token)", invalid, 401, InvalidToken);
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(sent > 1000, $"Only {sent} requests were sent.");
        // Nothing reached a handler: no call, no event, the token still works.
        Assert.Empty(_lamp.FunctionCalls);
        Assert.Empty(_sim.PublishedEvents);
        using var http = SimulatorHttp.AuthorizedClient(_sim);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetJsonAsync("v1/user")).Status);
    }

    [Theory]
    [InlineData("/V1/devices")]
    [InlineData("/%561/devices")]
    [InlineData("/%76%31/%64evices")]
    [InlineData("/v1/DEVICES/")]
    [InlineData("/v1/./devices")]
    [InlineData("/x/../v1/devices")]
    public async Task Alternative_spellings_reach_the_same_route_with_a_token(string target)
    {
        // The sweep above is only meaningful because these spellings really route: prove it for one route.
        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "GET", target, ["Authorization: Bearer sweep-token"]);

        Assert.Equal(200, reply.Status);
        Assert.StartsWith("[{", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/oauth/token")]
    [InlineData("/OAUTH/Token")]
    [InlineData("/%6Fauth/token/")]
    public async Task Logging_in_is_open_in_any_spelling(string target)
    {
        var reply = await RawRequest.SendAsync(
            _sim.BaseAddress, "POST", target, ["Authorization: Basic cGFydGljbGU6cGFydGljbGU="], "grant_type=password&username=simulator%40particle.local&password=simulator", "application/x-www-form-urlencoded");

        Assert.Equal(200, reply.Status);
        Assert.Contains("\"access_token\":", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logging_in_with_another_method_is_not_open()
    {
        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "GET", "/oauth/token");

        Assert.Equal(400, reply.Status);
        Assert.Equal(MissingToken, reply.Body);
    }

    [Fact]
    public async Task A_wrong_method_with_a_token_answers_the_json_404()
    {
        var reply = await RawRequest.SendAsync(_sim.BaseAddress, "PUT", "/v1/devices", ["Authorization: Bearer sweep-token"]);

        Assert.Equal(404, reply.Status);
        Assert.StartsWith("application/json", reply.ContentType, StringComparison.Ordinal);
        Assert.Equal("""{"ok":false,"error":"Not Found"}""", reply.Body);
    }

    private static void Check(List<string> failures, string request, RawReply reply, int status, string body)
    {
        if (reply.Status != status || reply.Body != body)
        {
            failures.Add($"{request} -> {reply.Status} {reply.Body}");
        }
    }

    private static List<string> MappedTemplates(ParticleCloudSimulator sim) =>
        [.. sim.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>One request target per spelling; only the route's literal text is re-spelled, parameters keep their values.</summary>
    private IEnumerable<string> Spellings(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => segment.Parts).ToList();
        string Build(Func<string, string> literal, string separator = "/") =>
            separator + string.Join(separator, segments.Select(parts => string.Concat(parts.Select(part => part switch
            {
                RoutePatternLiteralPart l => literal(l.Content),
                RoutePatternSeparatorPart s => s.Content,
                RoutePatternParameterPart p => Value(p.Name),
                _ => throw new InvalidOperationException(part.ToString()),
            }))));

        var plain = Build(text => text);
        yield return plain;
        yield return Build(text => text.ToUpperInvariant());
        yield return Build(Mixed);
        yield return Build(text => Encode(text, all: false));
        yield return Build(text => Encode(text.ToUpperInvariant(), all: true));
        yield return Build(text => text, "//");
        yield return "/" + plain;
        yield return plain + "/";
        yield return "/./" + plain.TrimStart('/');
        yield return "/x/../" + plain.TrimStart('/');
        yield return plain.Length > 1 ? plain.Replace("/", "%2F", StringComparison.Ordinal).Insert(0, "/") : plain;
        yield return plain + "?access_token=";
    }

    private string Value(string parameter) => parameter switch
    {
        "idOrName" => "lamp",
        "name" => "led",
        "product" => Product.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "token" => _sim.AccessToken,
        "prefix" => "temp",
        "path" => "no/such/route",
        "file" => "index.html",
        _ => "x",
    };

    private static string Mixed(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(i % 2 == 0 ? char.ToUpperInvariant(text[i]) : char.ToLowerInvariant(text[i]));
        }

        return builder.ToString();
    }

    private static string Encode(string text, bool all)
    {
        var builder = new StringBuilder(text.Length * 3);
        for (var i = 0; i < text.Length; i++)
        {
            if (all || i == 0)
            {
                builder.Append('%').Append(((int)text[i]).ToString(all ? "X2" : "x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
