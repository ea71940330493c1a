namespace ParticleContracts.Http;

/// <summary>Environment variable routes: <c>/v1/env</c>, <c>/v1/products/:p/env</c>, <c>/v1/orgs/:org/env</c>, <c>/v1/env/:deviceId</c>.</summary>
internal static partial class CloudRoutes
{
    public static CloudRoute Environment(ParticleEnvironmentScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            ParticleEnvironmentScopeKind.Sandbox => new("/v1/env", "/v1/env"),
            ParticleEnvironmentScopeKind.Product => new("/v1/products/{product}/env", $"/v1/products/{Segment(scope.Value!, "product")}/env"),
            ParticleEnvironmentScopeKind.Organization => new("/v1/orgs/{org}/env", $"/v1/orgs/{Segment(scope.Value!, "organization")}/env"),
            ParticleEnvironmentScopeKind.Device => new("/v1/env/{deviceId}", $"/v1/env/{ProductDeviceSegment(scope.Value!)}"),
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope.Kind, "Unknown environment scope."),
        };
    }

    public static CloudRoute EnvironmentVariable(ParticleEnvironmentScope scope, string key) =>
        Append(Environment(scope), "{key}", key, nameof(key));

    public static CloudRoute EnvironmentRender(ParticleEnvironmentScope scope)
    {
        var root = Environment(scope);
        return new(root.Template + "/render", root.Path + "/render");
    }

    public static CloudRoute EnvironmentRollout(ParticleEnvironmentScope scope)
    {
        var root = Environment(scope);
        return new(root.Template + "/rollout", root.Path + "/rollout");
    }
}
