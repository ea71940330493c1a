using System.Security.Cryptography;
using System.Text;

namespace ParticleContracts.Simulator.Cloud;

/// <summary>Particle device IDs: 24 lowercase hex digits.</summary>
internal static class DeviceIds
{
    /// <summary>A stable ID for a device name (the first 12 bytes of its SHA-256), so restarts keep the same IDs.</summary>
    public static string FromName(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    public static bool IsDeviceId(string value)
    {
        if (value.Length != 24)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A 40-hex secret, the shape of a Particle access token.</summary>
    public static string NewAccessToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
}
