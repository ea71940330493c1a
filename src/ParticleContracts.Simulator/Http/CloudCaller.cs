using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using ParticleContracts.Simulator.Cloud;

namespace ParticleContracts.Simulator.Http;

/// <summary>
/// Authenticates every request except the few in <see cref="OpenRoutes"/>, exactly like the cloud: an
/// <c>Authorization: Bearer</c> header anywhere, an <c>access_token</c> query parameter on GET, or an
/// <c>access_token</c> field of a form-encoded body. Token management routes also take HTTP Basic
/// <c>username:password</c>, as the cloud's do. Runs after routing, so decisions use the endpoint routing chose.
/// </summary>
internal sealed class CloudCaller(CloudState cloud)
{
    private readonly bool _acceptQueryTokenOnAllMethods = cloud.Options.AcceptQueryTokenOnAllMethods;

    private static readonly object CallerKey = new();

    /// <summary>The authenticated account of a request that passed <see cref="InvokeAsync"/>.</summary>
    public static string Username(HttpContext context) => Caller(context).Username;

    /// <summary>The token the request used, or null when it authenticated with Basic credentials.</summary>
    public static AccessTokenRecord? Token(HttpContext context) => Caller(context).Token;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (OpenRoutes.Allows(context))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (AuthenticationHeaderValue.TryParse(header, out var parsed)
            && string.Equals(parsed.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && OpenRoutes.Template(context) is { } template
            && template.StartsWith("/v1/access_tokens", StringComparison.Ordinal))
        {
            if (TryBasicCredentials(parsed.Parameter, out var user, out var password) && cloud.CheckPassword(user, password))
            {
                context.Items[CallerKey] = new Authenticated(user, null);
                await next(context).ConfigureAwait(false);
                return;
            }

            await CloudReplies.TokenInvalidAsync(context).ConfigureAwait(false);
            return;
        }

        var token = await FindTokenAsync(context, parsed).ConfigureAwait(false);
        if (string.IsNullOrEmpty(token))
        {
            await CloudReplies.TokenMissingAsync(context).ConfigureAwait(false);
            return;
        }

        if (cloud.Tokens.Find(token) is not { } record)
        {
            await CloudReplies.TokenInvalidAsync(context).ConfigureAwait(false);
            return;
        }

        context.Items[CallerKey] = new Authenticated(record.Username, record);
        await next(context).ConfigureAwait(false);
    }

    private async Task<string?> FindTokenAsync(HttpContext context, AuthenticationHeaderValue? header)
    {
        if (header is not null && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return header.Parameter?.Trim();
        }

        var request = context.Request;
        var fromQuery = request.Query["access_token"].ToString();
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return fromQuery;
        }

        if (_acceptQueryTokenOnAllMethods && fromQuery.Length > 0)
        {
            return fromQuery;
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        var fields = await RequestFields.ReadAsync(context).ConfigureAwait(false);
        return fields["access_token"];
    }

    private static bool TryBasicCredentials(string? parameter, out string user, out string password)
    {
        user = password = string.Empty;
        if (string.IsNullOrEmpty(parameter))
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        user = decoded[..colon];
        password = decoded[(colon + 1)..];
        return true;
    }

    private static Authenticated Caller(HttpContext context) =>
        context.Items.TryGetValue(CallerKey, out var caller) && caller is Authenticated authenticated
            ? authenticated
            : throw new InvalidOperationException("A handler that needs the caller ran on an open route.");

    private sealed record Authenticated(string Username, AccessTokenRecord? Token);
}
