using System.Text.RegularExpressions;

namespace ParticleContracts.Http;

/// <summary>Removes access tokens from any text that may reach a message, log or excerpt.</summary>
internal sealed partial class SecretRedactor
{
    public const string Mask = "[redacted]";

    private readonly string? _token;

    public SecretRedactor(string? token) => _token = string.IsNullOrEmpty(token) ? null : token;

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (_token is not null)
        {
            text = text.Replace(_token, Mask, StringComparison.Ordinal);
        }

        return AccessTokenParameter().Replace(text, "access_token=" + Mask);
    }

    // The cloud's 403 "info" links to /v1/devices?access_token=...; whatever token it echoes stays out.
    [GeneratedRegex("access_token=(?!\\[redacted\\])[^&\\s\"']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AccessTokenParameter();
}
