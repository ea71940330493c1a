using System.Security.Cryptography;
using System.Text;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Stable 24-hex user IDs, derived from the username like device IDs are from device names.</summary>
internal static class UserIds
{
    public static string FromUsername(string username) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("user:" + username)).AsSpan(0, 12));
}
