using System;
using System.Globalization;

namespace ParticleContracts.Generators.Targets;

/// <summary>
/// A Device OS version as Workbench and the MSBuild properties write it (<c>6.3.0</c>, <c>v4.2</c>,
/// <c>2.0.0-rc.3</c>, <c>deviceOS@5.9.0</c>). Only major, minor and patch take part in comparisons: a
/// pre-release of a version is treated as that version, which is what the feature gates and limits need.
/// </summary>
internal readonly record struct DeviceOsVersion(int Major, int Minor, int Patch) : IComparable<DeviceOsVersion>
{
    /// <summary>0.8.0: names grew from 12 to 64 bytes; strings from 63/255 to 622 bytes.</summary>
    public static readonly DeviceOsVersion V0_8 = new(0, 8, 0);

    /// <summary>3.0.0: function arguments, variable values and event data grew to 864 (Gen 2) / 1024 (Gen 3+) bytes.</summary>
    public static readonly DeviceOsVersion V3_0 = new(3, 0, 0);

    /// <summary>3.3.0: Device OS caps registrations at 100 variables and 100 functions.</summary>
    public static readonly DeviceOsVersion V3_3 = new(3, 3, 0);

    /// <summary>4.0.0: <c>PRODUCT_ID()</c> no longer compiles.</summary>
    public static readonly DeviceOsVersion V4_0 = new(4, 0, 0);

    /// <summary>6.0.0: the subscription scope argument stops having an effect.</summary>
    public static readonly DeviceOsVersion V6_0 = new(6, 0, 0);

    /// <summary>6.1.0: Ledger.</summary>
    public static readonly DeviceOsVersion V6_1 = new(6, 1, 0);

    /// <summary>6.2.0: typed publish (<c>Variant</c>/<c>EventData</c>, content types).</summary>
    public static readonly DeviceOsVersion V6_2 = new(6, 2, 0);

    /// <summary>6.3.0: <c>CloudEvent</c>, event data up to 16,384 bytes.</summary>
    public static readonly DeviceOsVersion V6_3 = new(6, 3, 0);

    /// <summary>6.4.0: environment variables (<c>System.getEnv</c>).</summary>
    public static readonly DeviceOsVersion V6_4 = new(6, 4, 0);

    /// <summary>Parses <paramref name="text"/>; false for anything that does not start with a dotted version.</summary>
    public static bool TryParse(string? text, out DeviceOsVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var value = text.Trim();
        var at = value.LastIndexOf('@');
        if (at >= 0)
        {
            value = value.Substring(at + 1);
        }

        if (value.StartsWith("v", StringComparison.OrdinalIgnoreCase))
        {
            value = value.Substring(1);
        }

        var end = value.IndexOfAny(['-', '+', ' ']);
        var core = end >= 0 ? value.Substring(0, end) : value;
        var parts = core.Split('.');
        if (parts.Length is < 1 or > 3)
        {
            return false;
        }

        var numbers = new int[3];
        for (var index = 0; index < parts.Length; index++)
        {
            if (parts[index].Length is 0 or > 4
                || !int.TryParse(parts[index], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[index]))
            {
                return false;
            }
        }

        version = new DeviceOsVersion(numbers[0], numbers[1], numbers[2]);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(DeviceOsVersion other)
    {
        var byMajor = Major.CompareTo(other.Major);
        if (byMajor != 0)
        {
            return byMajor;
        }

        var byMinor = Minor.CompareTo(other.Minor);
        return byMinor != 0 ? byMinor : Patch.CompareTo(other.Patch);
    }

    public static bool operator <(DeviceOsVersion left, DeviceOsVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(DeviceOsVersion left, DeviceOsVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(DeviceOsVersion left, DeviceOsVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DeviceOsVersion left, DeviceOsVersion right) => left.CompareTo(right) >= 0;

    /// <summary><c>major.minor.patch</c>.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}.{1}.{2}", Major, Minor, Patch);
}
