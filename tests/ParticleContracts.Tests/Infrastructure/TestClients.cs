using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ParticleContracts.Tests.Infrastructure;

internal static class TestClients
{
    public const string Token = "tok_5ecr3t_a1b2c3d4e5f6";
    public const string DeviceId = "0123456789abcdef01234567";
    public static readonly Uri BaseAddress = new("https://cloud.test");

    public static ParticleCloudOptions Options(Action<ParticleCloudOptions>? configure = null)
    {
        var options = new ParticleCloudOptions { AccessToken = Token, BaseAddress = BaseAddress };
        configure?.Invoke(options);
        return options;
    }

    public static ParticleCloudClient Create(StubHttpHandler handler, Action<ParticleCloudOptions>? configure = null, ILogger<ParticleCloudClient>? logger = null) =>
        new(new HttpClient(handler), Options(configure), logger);

    public static (ParticleCloudClient Client, FakeLogger<ParticleCloudClient> Logger) CreateWithLogger(StubHttpHandler handler, Action<ParticleCloudOptions>? configure = null)
    {
        var logger = new FakeLogger<ParticleCloudClient>();
        return (Create(handler, configure, logger), logger);
    }
}
