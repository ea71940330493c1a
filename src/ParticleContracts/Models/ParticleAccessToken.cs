namespace ParticleContracts;

/// <summary>A token created by <c>POST /oauth/token</c>. <see cref="ToString"/> never shows the secret values.</summary>
public sealed class ParticleAccessToken
{
    /// <summary>Creates a token.</summary>
    public ParticleAccessToken(string accessToken, string tokenType, TimeSpan? expiresIn, string? refreshToken)
    {
        AccessToken = accessToken;
        TokenType = tokenType;
        ExpiresIn = expiresIn;
        RefreshToken = refreshToken;
    }

    /// <summary>The access token (a secret).</summary>
    public string AccessToken { get; }

    /// <summary>The token type, normally <c>bearer</c>.</summary>
    public string TokenType { get; }

    /// <summary>Lifetime from now; null when the cloud did not say; <see cref="TimeSpan.Zero"/> when it never expires.</summary>
    public TimeSpan? ExpiresIn { get; }

    /// <summary>The refresh token, when issued (a secret).</summary>
    public string? RefreshToken { get; }

    /// <inheritdoc/>
    public override string ToString() => $"ParticleAccessToken {{ AccessToken = [redacted], TokenType = {TokenType}, ExpiresIn = {ExpiresIn?.ToString() ?? "?"} }}";
}

/// <summary>Information about the current token (<c>GET /v1/access_tokens/current</c>).</summary>
public sealed class ParticleTokenInfo
{
    /// <summary>When the token expires; null when it never does.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The OAuth client that created it.</summary>
    public string? Client { get; init; }

    /// <summary>Token scopes.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];
}
