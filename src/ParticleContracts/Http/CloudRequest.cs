namespace ParticleContracts.Http;

/// <summary>Everything needed to send one API call, independent of token placement and body encoding.</summary>
internal sealed class CloudRequest
{
    public required HttpMethod Method { get; init; }

    public required CloudRoute Route { get; init; }

    public required CloudOperation Operation { get; init; }

    /// <summary>Retried by the resilience pipeline on transient failures.</summary>
    public bool Retryable { get; init; }

    /// <summary>Sends the access token. False only for the OAuth login.</summary>
    public bool Authenticated { get; init; } = true;

    public IReadOnlyList<KeyValuePair<string, string>>? Query { get; init; }

    /// <summary>The body as form fields (also used when the token goes in the form body).</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? FormFields { get; init; }

    /// <summary>The same body as source-generated JSON, or null when the request is form-only.</summary>
    public byte[]? JsonBody { get; init; }

    /// <summary>Send <see cref="FormFields"/> even when <see cref="JsonBody"/> is available.</summary>
    public bool PreferForm { get; init; }

    /// <summary>The body is nested JSON that no form can carry, so a form-body token placement uses the header instead.</summary>
    public bool JsonBodyOnly { get; init; }

    /// <summary>HTTP Basic credentials (OAuth client) instead of the bearer token.</summary>
    public (string User, string Password)? BasicCredentials { get; init; }

    /// <summary>Media type to accept.</summary>
    public string Accept { get; init; } = "application/json";

    /// <summary>The device the call addresses, for exception messages.</summary>
    public string? DeviceIdOrName { get; init; }

    /// <summary>The variable or function the call addresses, for exception messages.</summary>
    public string? MemberName { get; init; }
}
