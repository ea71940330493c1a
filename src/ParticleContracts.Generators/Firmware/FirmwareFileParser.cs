using System;
using System.Collections.Generic;
using System.Threading;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Firmware;

/// <summary>
/// Reads one firmware file in a single pass: lexer → preprocessor (conditions, <c>#define</c>) → statements →
/// declarations and registration calls. Total (never throws on any text) and deterministic.
/// </summary>
internal static class FirmwareFileParser
{
    /// <summary>Parses one file. Only cancellation can end it early (by throwing <see cref="OperationCanceledException"/>).</summary>
    public static FirmwareFileModel Parse(FirmwareSource source, CancellationToken cancellationToken = default) =>
        ParseUpTo(source, ReaderLimits.MaxFileBytes, cancellationToken);

    /// <summary>
    /// Parses one file of at most <paramref name="maxBytes"/> UTF-8 bytes; a larger one is not read and yields only
    /// <c>PCT1120</c> at its first line (tests pass a small limit; <see cref="Parse"/> passes <see cref="ReaderLimits.MaxFileBytes"/>).
    /// </summary>
    internal static FirmwareFileModel ParseUpTo(FirmwareSource source, long maxBytes, CancellationToken cancellationToken = default)
    {
        var path = FirmwarePath.Normalize(source?.Path);
        var role = FirmwareFileKinds.RoleOf(path);
        var raw = source?.Text ?? string.Empty;
        if (TooLarge(raw, maxBytes) is { } bytes)
        {
            var location = new FirmwareLocation(path, 1, 1, 0, 0, 1, 1);
            var diagnostic = DiagnosticTable.Create(DiagnosticIds.FirmwareFileTooLarge, location, path, bytes.ToString(System.Globalization.CultureInfo.InvariantCulture), maxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return new FirmwareFileModel(path, role, EquatableArray<MacroDefinition>.Empty, EquatableArray<CppDeclaration>.Empty, EquatableArray<RegistrationSite>.Empty, new[] { diagnostic }.ToEquatableArray());
        }

        var text = WithLineFeeds(raw);
        if (role == FirmwareFileRole.WorkbenchSettings)
        {
            return new FirmwareFileModel(path, role, EquatableArray<MacroDefinition>.Empty, EquatableArray<CppDeclaration>.Empty, EquatableArray<RegistrationSite>.Empty, EquatableArray<FirmwareDiagnostic>.Empty, Settings: WorkbenchSettings.Parse(path, text));
        }

        if (role == FirmwareFileRole.EnvironmentDefaults || role == FirmwareFileRole.ProjectMarker)
        {
            var defaults = role == FirmwareFileRole.ProjectMarker ? Ledgers.EnvironmentDefaults.ParseProjectProperties(text) : Ledgers.EnvironmentDefaults.ParseJson(path, text);
            return new FirmwareFileModel(path, role, EquatableArray<MacroDefinition>.Empty, EquatableArray<CppDeclaration>.Empty, EquatableArray<RegistrationSite>.Empty, EquatableArray<FirmwareDiagnostic>.Empty, EnvironmentDefaults: defaults);
        }

        if (role != FirmwareFileRole.Source)
        {
            return new FirmwareFileModel(path, role, EquatableArray<MacroDefinition>.Empty, EquatableArray<CppDeclaration>.Empty, EquatableArray<RegistrationSite>.Empty, EquatableArray<FirmwareDiagnostic>.Empty);
        }

        try
        {
            return new FileParseSession(path, text, cancellationToken).Run();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reader is designed never to get here; if it does, report it instead of failing the build.
            var location = new FirmwareLocation(path, 1, 1, 0, 0, 1, 1);
            var diagnostic = DiagnosticTable.Create(DiagnosticIds.ReaderInternalError, location, exception.GetType().Name);
            return new FirmwareFileModel(path, role, EquatableArray<MacroDefinition>.Empty, EquatableArray<CppDeclaration>.Empty, EquatableArray<RegistrationSite>.Empty, new[] { diagnostic }.ToEquatableArray());
        }
    }

    /// <summary>The UTF-8 size of <paramref name="text"/> when it is over <paramref name="maxBytes"/>, else null (counted only when it could be).</summary>
    private static long? TooLarge(string text, long maxBytes)
    {
        // A char is at most 3 UTF-8 bytes (a surrogate pair is 4 bytes for 2 chars), so short texts need no count.
        if ((long)text.Length * 3 <= maxBytes)
        {
            return null;
        }

        long bytes = System.Text.Encoding.UTF8.GetByteCount(text);
        return bytes > maxBytes ? bytes : null;
    }

    /// <summary>
    /// Old Mac files end lines with a lone CR, which C++ compilers read as a new line: each becomes LF. The text keeps
    /// its length, so every offset still points into the file as written; CRLF is left alone.
    /// </summary>
    internal static string WithLineFeeds(string text)
    {
        var cr = text.IndexOf('\r');
        while (cr >= 0 && cr + 1 < text.Length && text[cr + 1] == '\n')
        {
            cr = text.IndexOf('\r', cr + 2);
        }

        if (cr < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = cr; i < chars.Length; i++)
        {
            if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n'))
            {
                chars[i] = '\n';
            }
        }

        return new string(chars);
    }
}
