using System.Collections.Concurrent;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Access tokens: who they belong to, when they expire, whether they were revoked.</summary>
internal sealed class AccessTokenStore(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, AccessTokenRecord> _tokens = new(StringComparer.Ordinal);

    public AccessTokenRecord Add(string token, string username, DateTimeOffset? expiresAt, string client)
    {
        var record = new AccessTokenRecord(token, username, expiresAt, client);
        _tokens[token] = record;
        return record;
    }

    /// <summary>The live record for a token, or null when it is unknown, expired or revoked.</summary>
    public AccessTokenRecord? Find(string token)
    {
        if (!_tokens.TryGetValue(token, out var record) || record.Revoked)
        {
            return null;
        }

        return record.ExpiresAt is { } expiresAt && expiresAt <= clock.GetUtcNow() ? null : record;
    }

    public bool Revoke(string token, string? requiredOwner = null)
    {
        if (!_tokens.TryGetValue(token, out var record) || (requiredOwner is not null && record.Username != requiredOwner))
        {
            return false;
        }

        record.Revoked = true;
        return true;
    }

    public int RevokeAll(string username)
    {
        var count = 0;
        foreach (var record in _tokens.Values)
        {
            if (record.Username == username && !record.Revoked)
            {
                record.Revoked = true;
                count++;
            }
        }

        return count;
    }
}

/// <summary>One issued token. The token text is never part of <see cref="ToString"/>.</summary>
internal sealed class AccessTokenRecord(string token, string username, DateTimeOffset? expiresAt, string client)
{
    private volatile bool _revoked;

    public string Token { get; } = token;

    public string Username { get; } = username;

    public DateTimeOffset? ExpiresAt { get; } = expiresAt;

    public string Client { get; } = client;

    public bool Revoked
    {
        get => _revoked;
        set => _revoked = value;
    }

    public override string ToString() => $"access token of {Username}";
}
