using System;
using System.Collections.Generic;

namespace ParticleContracts.Generators.Targets;

/// <summary>The hardware generation of a platform: it decides the 3.x+ size limits and whether Ledger exists.</summary>
internal enum PlatformGeneration
{
    /// <summary>Gen 1 (Core).</summary>
    Gen1 = 1,

    /// <summary>Gen 2: Photon, P1, Electron, E-Series.</summary>
    Gen2 = 2,

    /// <summary>Gen 3: Argon, Boron, B-SoM, B5-SoM, Tracker, E SoM X, Xenon.</summary>
    Gen3 = 3,

    /// <summary>Gen 4 (RTL872x): P2, Photon 2, M-SoM, Tracker M.</summary>
    Gen4 = 4,
}

/// <summary>
/// A Particle platform by the name Workbench writes in <c>particle.targetPlatform</c> (and the CLI's
/// <c>--target</c> names). <see cref="MayHaveSaraR410Modem"/> marks the platforms shipped with the SARA-R410M-02B
/// modem, whose older modem firmware caps strings at 782 bytes.
/// </summary>
/// <param name="Name">The lower-case platform name, e.g. <c>boron</c>.</param>
/// <param name="DisplayName">The product name, e.g. <c>Boron</c>.</param>
/// <param name="Generation">The hardware generation.</param>
/// <param name="MayHaveSaraR410Modem">True for Boron and B-SoM (SARA-R410M-02B variants).</param>
internal sealed record ParticlePlatform(string Name, string DisplayName, PlatformGeneration Generation, bool MayHaveSaraR410Modem)
{
    /// <summary>Every platform ParticleContracts knows, in platform-ID order.</summary>
    public static readonly IReadOnlyList<ParticlePlatform> All =
    [
        new("core", "Core", PlatformGeneration.Gen1, false),
        new("photon", "Photon", PlatformGeneration.Gen2, false),
        new("p1", "P1", PlatformGeneration.Gen2, false),
        new("electron", "Electron / E-Series", PlatformGeneration.Gen2, false),
        new("argon", "Argon", PlatformGeneration.Gen3, false),
        new("boron", "Boron", PlatformGeneration.Gen3, true),
        new("xenon", "Xenon", PlatformGeneration.Gen3, false),
        new("esomx", "E SoM X", PlatformGeneration.Gen3, false),
        new("bsom", "B-SoM", PlatformGeneration.Gen3, true),
        new("b5som", "B5-SoM", PlatformGeneration.Gen3, false),
        new("tracker", "Tracker", PlatformGeneration.Gen3, false),
        new("trackerm", "Tracker M", PlatformGeneration.Gen4, false),
        new("p2", "P2 / Photon 2", PlatformGeneration.Gen4, false),
        new("msom", "M-SoM", PlatformGeneration.Gen4, false),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["photon2"] = "p2",
        ["photon 2"] = "p2",
        ["e-series"] = "electron",
        ["eseries"] = "electron",
        ["b-som"] = "bsom",
        ["b5-som"] = "b5som",
        ["m-som"] = "msom",
        ["tracker-m"] = "trackerm",
        ["e-som-x"] = "esomx",
    };

    /// <summary>Finds a platform by name (case-insensitive; <c>photon2</c>, <c>b-som</c> and similar spellings accepted).</summary>
    public static ParticlePlatform? Find(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var key = name.Trim();
        if (Aliases.TryGetValue(key, out var canonical))
        {
            key = canonical;
        }

        foreach (var platform in All)
        {
            if (string.Equals(platform.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                return platform;
            }
        }

        return null;
    }

    /// <summary>The known names, comma-separated, for messages.</summary>
    public static string KnownNames()
    {
        var names = new string[All.Count];
        for (var index = 0; index < names.Length; index++)
        {
            names[index] = All[index].Name;
        }

        return string.Join(", ", names);
    }
}
