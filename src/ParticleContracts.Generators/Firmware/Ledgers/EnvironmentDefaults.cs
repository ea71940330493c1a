using System;
using System.Collections.Generic;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Firmware.Ledgers;

/// <summary>One default value in <c>env.json</c>.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The value: a JSON string's text, or a literal's text (<c>true</c>, <c>5</c>) when <paramref name="IsString"/> is false.</param>
/// <param name="IsString">True when the file gives the value as a JSON string.</param>
/// <param name="Location">Where the value is.</param>
internal sealed record EnvironmentDefault(string Name, string Value, bool IsString, FirmwareLocation Location);

/// <summary>
/// Environment-variable defaults bundled with the firmware: for <c>env.json</c> the values it holds; for
/// <c>project.properties</c> the file its <c>env=</c> line names (the Particle CLI bundles that file with the binary).
/// </summary>
/// <param name="EnvironmentFile">For <c>project.properties</c>: the <c>env=</c> value (relative to the project folder), or null.</param>
/// <param name="Values">For <c>env.json</c>: the top-level members, in file order.</param>
internal sealed record EnvironmentDefaults(string? EnvironmentFile, EquatableArray<EnvironmentDefault> Values)
{
    /// <summary>The file name Particle's docs use for bundled defaults.</summary>
    public const string DefaultsFileName = "env.json";

    /// <summary>Reads the top-level members of an <c>env.json</c> (JSON with comments tolerated); never throws.</summary>
    public static EnvironmentDefaults ParseJson(string path, string text)
    {
        var scanner = new JsoncScanner(path, text);
        var values = new List<EnvironmentDefault>();
        while (scanner.NextTopLevelStringMember(out var key, out var value, includeScalars: true))
        {
            if (value is not null)
            {
                values.Add(new EnvironmentDefault(key, value.Value, value.IsString, value.Location));
            }
        }

        return new EnvironmentDefaults(null, values.ToEquatableArray());
    }

    /// <summary>Reads the <c>env=</c> line of a <c>project.properties</c>, or null when it has none.</summary>
    public static EnvironmentDefaults? ParseProjectProperties(string text)
    {
        string? file = null;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.Substring(start, end - start).Trim();
            var equals = line.IndexOf('=');
            if (equals > 0 && string.Equals(line.Substring(0, equals).Trim(), "env", StringComparison.Ordinal))
            {
                file = line.Substring(equals + 1).Trim();
            }

            start = end + 1;
        }

        return string.IsNullOrEmpty(file) ? null : new EnvironmentDefaults(file, EquatableArray<EnvironmentDefault>.Empty);
    }
}
