using System.Globalization;
using System.Text.Json;
using ParticleContracts.Http;
using ParticleContracts.Serialization;

namespace ParticleContracts;

public sealed partial class ParticleCloudClient
{
    /// <summary>
    /// Logs in with a username and password (<c>POST /oauth/token</c>, password grant) and returns a new token.
    /// The configured token is not used or changed.
    /// </summary>
    /// <param name="username">The account e-mail.</param>
    /// <param name="password">The account password.</param>
    /// <param name="expiresIn">Token lifetime; <see cref="TimeSpan.Zero"/> for a token that never expires; null for the cloud default (90 days).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ParticleMfaRequiredException">The account uses MFA; finish with <see cref="CompleteMfaLoginAsync"/>.</exception>
    public Task<ParticleAccessToken> CreateTokenAsync(string username, string password, TimeSpan? expiresIn = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(password);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "password"),
            new("username", username),
            new("password", password),
        };
        AddExpiry(fields, expiresIn);
        return RequestTokenAsync(fields, cancellationToken);
    }

    /// <summary>Completes an MFA login with the one-time code (<c>grant_type=urn:custom:mfa-otp</c>).</summary>
    /// <param name="mfaToken">The token from <see cref="ParticleMfaRequiredException.MfaToken"/>.</param>
    /// <param name="oneTimePassword">The code from the authenticator app.</param>
    /// <param name="expiresIn">Token lifetime, as for <see cref="CreateTokenAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<ParticleAccessToken> CompleteMfaLoginAsync(string mfaToken, string oneTimePassword, TimeSpan? expiresIn = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(mfaToken);
        ArgumentException.ThrowIfNullOrEmpty(oneTimePassword);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "urn:custom:mfa-otp"),
            new("mfa_token", mfaToken),
            new("otp", oneTimePassword),
        };
        AddExpiry(fields, expiresIn);
        return RequestTokenAsync(fields, cancellationToken);
    }

    /// <summary>Reads information about the configured token (<c>GET /v1/access_tokens/current</c>).</summary>
    public async Task<ParticleTokenInfo> GetCurrentTokenInfoAsync(CancellationToken cancellationToken = default)
    {
        var request = new CloudRequest
        {
            Method = HttpMethod.Get,
            Route = CloudRoutes.CurrentToken,
            Operation = CloudOperation.GetTokenInfo,
            Retryable = true,
        };
        var wire = await SendAsync(request, ParticleJsonContext.Default.TokenInfoWire, cancellationToken).ConfigureAwait(false);
        return new ParticleTokenInfo { ExpiresAt = wire.ExpiresAt, Client = wire.Client, Scopes = wire.Scopes?.ToArray() ?? [] };
    }

    /// <summary>Revokes the configured token (<c>DELETE /v1/access_tokens/current</c>).</summary>
    public Task RevokeCurrentTokenAsync(CancellationToken cancellationToken = default) =>
        RevokeAsync(CloudRoutes.CurrentToken, cancellationToken);

    /// <summary>Revokes the given token (<c>DELETE /v1/access_tokens/:token</c>), authenticated with the configured token.</summary>
    public Task RevokeTokenAsync(string token, CancellationToken cancellationToken = default) =>
        RevokeAsync(CloudRoutes.Token(token), cancellationToken);

    /// <summary>Revokes every active token of the account (<c>DELETE /v1/access_tokens</c>), the configured one included.</summary>
    public Task RevokeAllTokensAsync(CancellationToken cancellationToken = default) =>
        RevokeAsync(CloudRoutes.AllTokens, cancellationToken);

    private async Task RevokeAsync(CloudRoute route, CancellationToken cancellationToken)
    {
        var request = new CloudRequest { Method = HttpMethod.Delete, Route = route, Operation = CloudOperation.RevokeToken };
        await SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ParticleAccessToken> RequestTokenAsync(List<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var request = new CloudRequest
        {
            Method = HttpMethod.Post,
            Route = CloudRoutes.OAuthToken,
            Operation = CloudOperation.CreateToken,
            Authenticated = false,
            BasicCredentials = (_options.OAuthClientId, _options.OAuthClientSecret),
            FormFields = fields,
            PreferForm = true,
        };
        return await SendAsync(request, ReadToken, cancellationToken).ConfigureAwait(false);
    }

    private static ParticleAccessToken ReadToken(CloudRequest request, CloudReply reply)
    {
        // The reply carries a new secret, so no excerpt of it may reach an exception.
        TokenWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(reply.Body.Span, ParticleJsonContext.Default.TokenWire);
        }
        catch (JsonException exception)
        {
            throw CloudErrorTranslator.Malformed(request, reply.Status, "the token reply is not the expected JSON", [], reply.Redactor(), exception);
        }

        if (string.IsNullOrEmpty(wire?.AccessToken))
        {
            throw CloudErrorTranslator.Malformed(request, reply.Status, "the token reply has no \"access_token\"", [], reply.Redactor());
        }

        TimeSpan? expiresIn = wire.ExpiresIn is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
        return new ParticleAccessToken(wire.AccessToken, wire.TokenType ?? "bearer", expiresIn, wire.RefreshToken);
    }

    private static void AddExpiry(List<KeyValuePair<string, string>> fields, TimeSpan? expiresIn)
    {
        if (expiresIn is not { } lifetime)
        {
            return;
        }

        if (lifetime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresIn), "The token lifetime must not be negative (use TimeSpan.Zero for a token that never expires).");
        }

        fields.Add(new("expires_in", ((long)Math.Ceiling(lifetime.TotalSeconds)).ToString(CultureInfo.InvariantCulture)));
    }
}
