using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Stable 24-hex user IDs, derived from the username like device IDs are from device names.</summary>
internal static class UserIds
{
    // Every event envelope carries its owner's ID; an account has few usernames, so each is hashed once.
    private static readonly ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

    public static string FromUsername(string username) => Known.GetOrAdd(username, Derive);

    private static string Derive(string username) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("user:" + username)).AsSpan(0, 12));
}
