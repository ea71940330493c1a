using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>Account and token routes: <c>POST /oauth/token</c>, <c>GET /v1/user</c>, <c>/v1/access_tokens/…</c>.</summary>
internal sealed class AccountEndpoints(CloudState cloud)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/oauth/token", CreateTokenAsync);
        routes.MapGet("/v1/user", UserAsync);
        routes.MapGet("/v1/access_tokens/current", CurrentTokenAsync);
        routes.MapDelete("/v1/access_tokens/current", RevokeCurrentAsync);
        routes.MapDelete("/v1/access_tokens/{token}", RevokeAsync);
        routes.MapDelete("/v1/access_tokens", RevokeAllAsync);
    }

    private async Task CreateTokenAsync(HttpContext context)
    {
        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        var grantType = fields["grant_type"];
        if (string.IsNullOrEmpty(grantType))
        {
            await OAuthErrorAsync(context, "invalid_request", "Invalid or missing grant_type parameter").ConfigureAwait(false);
            return;
        }

        if (grantType != "password")
        {
            await OAuthErrorAsync(context, "unsupported_grant_type", "Unsupported grant type: " + grantType).ConfigureAwait(false);
            return;
        }

        var username = fields["username"] ?? string.Empty;
        if (!cloud.CheckPassword(username, fields["password"] ?? string.Empty))
        {
            await OAuthErrorAsync(context, "invalid_grant", "User credentials are invalid").ConfigureAwait(false);
            return;
        }

        if (!TryReadLifetime(fields, out var expiresAt))
        {
            await OAuthErrorAsync(context, "invalid_request", "expires_in must be a whole number of seconds and expires_at an ISO-8601 time").ConfigureAwait(false);
            return;
        }

        var record = cloud.Tokens.Add(DeviceIds.NewAccessToken(), username, expiresAt, ClientId(context, fields));
        await CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["token_type"] = "bearer",
            ["access_token"] = record.Token,
            ["expires_in"] = expiresAt is { } at ? (long)Math.Round((at - cloud.Now).TotalSeconds) : 0,
            ["refresh_token"] = DeviceIds.NewAccessToken(),
        }).ConfigureAwait(false);
    }

    private Task UserAsync(HttpContext context) => CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
    {
        ["username"] = CloudCaller.Username(context),
        ["subscription_ids"] = new JsonArray(),
        ["account_info"] = new JsonObject
        {
            ["first_name"] = string.Empty,
            ["last_name"] = string.Empty,
            ["company_name"] = string.Empty,
            ["business_account"] = false,
        },
        ["scim_provisioned"] = false,
        ["mfa"] = new JsonObject { ["enabled"] = false },
    });

    private static Task CurrentTokenAsync(HttpContext context)
    {
        if (CloudCaller.Token(context) is not { } token)
        {
            return CloudReplies.TokenMissingAsync(context);
        }

        return CloudReplies.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["expires_at"] = token.ExpiresAt is { } at ? DeviceJson.Timestamp(at) : null,
            ["client"] = token.Client,
            ["scopes"] = new JsonArray(),
            ["orgs"] = new JsonArray(),
        });
    }

    private static Task RevokeCurrentAsync(HttpContext context)
    {
        if (CloudCaller.Token(context) is not { } token)
        {
            return CloudReplies.TokenMissingAsync(context);
        }

        token.Revoked = true;
        return CloudReplies.OkAsync(context);
    }

    private Task RevokeAsync(HttpContext context)
    {
        var token = (string)context.Request.RouteValues["token"]!;
        return cloud.Tokens.Revoke(token, CloudCaller.Username(context))
            ? CloudReplies.OkAsync(context)
            : CloudReplies.NotFoundAsync(context, "Token not found");
    }

    private Task RevokeAllAsync(HttpContext context)
    {
        cloud.Tokens.RevokeAll(CloudCaller.Username(context));
        return CloudReplies.OkAsync(context);
    }

    private bool TryReadLifetime(RequestFields fields, out DateTimeOffset? expiresAt)
    {
        expiresAt = cloud.Now + cloud.Options.DefaultTokenLifetime;
        if (fields["expires_at"] is { Length: > 0 } at)
        {
            if (!DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return false;
            }

            expiresAt = parsed;
            return true;
        }

        if (fields["expires_in"] is { Length: > 0 } text)
        {
            if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return false;
            }

            // 0 means a token that never expires.
            expiresAt = seconds == 0 ? null : cloud.Now.AddSeconds(seconds);
        }

        return true;
    }

    /// <summary>The OAuth client (HTTP Basic or <c>client_id</c>); the simulator accepts any client, as every tool ships its own.</summary>
    private static string ClientId(HttpContext context, RequestFields fields)
    {
        if (AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization.ToString(), out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { } parameter)
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 ? decoded[..colon] : decoded;
            }
            catch (FormatException)
            {
                // Fall through to the form field.
            }
        }

        return fields["client_id"] is { Length: > 0 } clientId ? clientId : "particle";
    }

    private static Task OAuthErrorAsync(HttpContext context, string error, string description) =>
        CloudReplies.WriteAsync(context, StatusCodes.Status400BadRequest, new JsonObject
        {
            ["error"] = error,
            ["error_description"] = description,
        });
}
