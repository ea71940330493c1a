using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace ParticleContracts.Simulator.Tests.RawHttp;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private const string MissingToken = """{"error":"invalid_request","error_description":"The access token was not found"}""";
    private const string InvalidToken = """{"error":"invalid_token","error_description":"The access token provided is invalid."}""";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private ParticleCloudSimulator _sim = null!;
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        _sim = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { TimeProvider = _clock, AccessToken = "configured-token" });
        _anonymous = SimulatorHttp.Client(_sim);
        _sim.AddDevice("lamp").SetVariable("temp", 20).SetFunction("led", _ => 7);
    }

    public async Task DisposeAsync()
    {
        _anonymous.Dispose();
        await _sim.DisposeAsync();
    }

    [Fact]
    public void The_configured_token_is_used_and_never_printed()
    {
        Assert.Equal("configured-token", _sim.AccessToken);
        Assert.DoesNotContain("configured-token", _sim.ToString());
    }

    [Fact]
    public async Task Bearer_header_authenticates()
    {
        using var http = SimulatorHttp.Client(_sim, _sim.AccessToken);

        var (status, body) = await http.GetJsonAsync("v1/devices/lamp/temp");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(20, body.GetProperty("result").GetInt32());
    }

    [Fact]
    public async Task Query_parameter_authenticates_a_get()
    {
        var (status, _) = await _anonymous.GetJsonAsync($"v1/devices/lamp/temp?access_token={_sim.AccessToken}");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Form_field_authenticates_a_post()
    {
        var (status, body) = await _anonymous.PostFormAsync("v1/devices/lamp/led", ("access_token", _sim.AccessToken), ("arg", "x"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(7, body.GetProperty("return_value").GetInt32());
    }

    [Fact]
    public async Task Query_parameter_does_not_authenticate_a_post()
    {
        var (status, body) = await _anonymous.PostJsonAsync($"v1/devices/lamp/led?access_token={_sim.AccessToken}", """{"arg":"x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(MissingToken, body.Json());
    }

    [Theory]
    [InlineData("v1/devices")]
    [InlineData("v1/devices/lamp/temp")]
    [InlineData("v1/user")]
    [InlineData("v1/devices/events")]
    public async Task Missing_token_is_400_invalid_request(string path)
    {
        var (status, body) = await _anonymous.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(MissingToken, body.Json());
    }

    [Fact]
    public async Task Missing_token_on_a_json_post_is_400()
    {
        var (status, body) = await _anonymous.PostJsonAsync("v1/devices/lamp/led", """{"arg":"x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(MissingToken, body.Json());
    }

    [Fact]
    public async Task Unknown_token_is_401_in_every_placement()
    {
        using var bearer = SimulatorHttp.Client(_sim, "not-a-token");

        var (header, headerBody) = await bearer.GetJsonAsync("v1/devices");
        var (query, _) = await _anonymous.GetJsonAsync("v1/devices?access_token=not-a-token");
        var (form, _) = await _anonymous.PostFormAsync("v1/devices/lamp/led", ("access_token", "not-a-token"));

        Assert.Equal(HttpStatusCode.Unauthorized, header);
        Assert.Equal(InvalidToken, headerBody.Json());
        Assert.Equal(HttpStatusCode.Unauthorized, query);
        Assert.Equal(HttpStatusCode.Unauthorized, form);
    }

    [Fact]
    public async Task Expired_token_is_401()
    {
        var token = _sim.CreateAccessToken(lifetime: TimeSpan.FromMinutes(5));
        using var http = SimulatorHttp.Client(_sim, token);
        var (before, _) = await http.GetJsonAsync("v1/devices");

        _clock.Advance(TimeSpan.FromMinutes(5));
        var (after, body) = await http.GetJsonAsync("v1/devices");

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
        Assert.Equal(InvalidToken, body.Json());
    }

    [Fact]
    public async Task Revoked_token_is_401()
    {
        var token = _sim.CreateAccessToken();
        using var http = SimulatorHttp.Client(_sim, token);

        Assert.True(_sim.RevokeAccessToken(token));
        var (status, _) = await http.GetJsonAsync("v1/devices");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Oauth_password_grant_issues_a_working_token()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "oauth/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["username"] = _sim.Username,
                ["password"] = "simulator",
                ["expires_in"] = "3600",
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("particle:particle")));

        var (status, body) = await _anonymous.SendJsonAsync(request);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        var token = body.GetProperty("access_token").GetString()!;
        Assert.Matches("^[0-9a-f]{40}$", token);
        using var http = SimulatorHttp.Client(_sim, token);
        var (current, currentBody) = await http.GetJsonAsync("v1/access_tokens/current");
        Assert.Equal(HttpStatusCode.OK, current);
        Assert.Equal("2026-01-02T04:04:05.000Z", currentBody.GetProperty("expires_at").GetString());
        Assert.Equal("particle", currentBody.GetProperty("client").GetString());
    }

    [Fact]
    public async Task Oauth_with_wrong_password_is_400_invalid_grant()
    {
        var (status, body) = await _anonymous.PostFormAsync(
            "oauth/token", ("grant_type", "password"), ("username", _sim.Username), ("password", "wrong"), ("client_id", "particle"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Oauth_unsupported_grant_is_400()
    {
        var (status, body) = await _anonymous.PostFormAsync("oauth/token", ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Added_users_can_log_in_and_see_only_their_devices()
    {
        _sim.AddUser("second@example.com", "pw");
        _sim.AddDevice("theirs", owner: "second@example.com");
        var (_, login) = await _anonymous.PostFormAsync(
            "oauth/token", ("grant_type", "password"), ("username", "second@example.com"), ("password", "pw"), ("expires_in", "0"));
        using var http = SimulatorHttp.Client(_sim, login.GetProperty("access_token").GetString());

        var (_, devices) = await http.GetJsonAsync("v1/devices");
        var (_, current) = await http.GetJsonAsync("v1/access_tokens/current");
        var (lampStatus, _) = await http.GetJsonAsync("v1/devices/lamp");

        Assert.Equal("theirs", Assert.Single(devices.EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, current.GetProperty("expires_at").ValueKind);
        Assert.Equal(HttpStatusCode.Forbidden, lampStatus);
    }

    [Fact]
    public async Task User_route_returns_the_username()
    {
        using var http = SimulatorHttp.AuthorizedClient(_sim);

        var (status, body) = await http.GetJsonAsync("v1/user");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("simulator@particle.local", body.GetProperty("username").GetString());
    }

    [Fact]
    public async Task Delete_current_token_revokes_it()
    {
        using var http = SimulatorHttp.Client(_sim, _sim.CreateAccessToken());

        var (deleted, body) = await http.SendJsonAsync(new HttpRequestMessage(HttpMethod.Delete, "v1/access_tokens/current"));
        var (after, _) = await http.GetJsonAsync("v1/devices");

        Assert.Equal(HttpStatusCode.OK, deleted);
        Assert.Equal("""{"ok":true}""", body.Json());
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task Delete_a_token_by_value_with_basic_credentials()
    {
        var token = _sim.CreateAccessToken();
        var request = new HttpRequestMessage(HttpMethod.Delete, $"v1/access_tokens/{token}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_sim.Username}:simulator")));

        var (status, _) = await _anonymous.SendJsonAsync(request);
        using var http = SimulatorHttp.Client(_sim, token);
        var (after, _) = await http.GetJsonAsync("v1/devices");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task Delete_all_tokens_revokes_every_token_of_the_user()
    {
        var first = _sim.CreateAccessToken();
        var second = _sim.CreateAccessToken();
        using var http = SimulatorHttp.Client(_sim, first);

        var (status, _) = await http.SendJsonAsync(new HttpRequestMessage(HttpMethod.Delete, "v1/access_tokens"));
        using var other = SimulatorHttp.Client(_sim, second);
        var (after, _) = await other.GetJsonAsync("v1/devices");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task Query_token_on_a_post_can_be_allowed_by_option()
    {
        await using var lenient = await ParticleCloudSimulator.StartAsync(new ParticleSimulatorOptions { AcceptQueryTokenOnAllMethods = true });
        lenient.AddDevice("lamp").SetFunction("led", _ => 7);
        using var http = SimulatorHttp.Client(lenient);

        var (status, body) = await http.PostJsonAsync($"v1/devices/lamp/led?access_token={lenient.AccessToken}", """{"arg":"x"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(7, body.GetProperty("return_value").GetInt32());
    }
}
