using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>Turns the reader's Roslyn-free <see cref="FirmwareDiagnostic"/> into a Roslyn diagnostic at its firmware-file location.</summary>
internal static class FirmwareDiagnosticReporter
{
    private static readonly ConcurrentDictionary<(string Id, FirmwareSeverity Severity), DiagnosticDescriptor> UnknownIdDescriptors = new();

    public static Diagnostic ToRoslyn(FirmwareDiagnostic diagnostic)
    {
        var location = ToLocation(diagnostic.Location);
        var descriptor = Descriptors.Find(diagnostic.Id);
        if (descriptor is not null && ArgumentCount(descriptor) == diagnostic.Arguments.Count)
        {
            // The diagnostic's own severity is the effective one: lock checks lower it with ParticleContractLockSeverity.
            return Diagnostic.Create(descriptor, location, diagnostic.Severity.ToRoslyn(), additionalLocations: null, properties: null, diagnostic.Arguments.Select(static a => (object?)a).ToArray());
        }

        // An ID without a matching descriptor still surfaces, with the reader's own message.
        descriptor = UnknownIdDescriptors.GetOrAdd((diagnostic.Id, diagnostic.Severity), static key => new DiagnosticDescriptor(
            key.Id,
            "Particle firmware diagnostic",
            "{0}",
            DiagnosticTable.FirmwareCategory,
            key.Severity.ToRoslyn(),
            isEnabledByDefault: true,
            helpLinkUri: string.Format(CultureInfo.InvariantCulture, DiagnosticTable.HelpLinkFormat, key.Id)));
        return Diagnostic.Create(descriptor, location, diagnostic.Message);
    }

    /// <summary>A clickable location in the firmware file; out-of-range values are clamped rather than thrown on.</summary>
    public static Location ToLocation(FirmwareLocation location)
    {
        if (string.IsNullOrEmpty(location.File))
        {
            return Location.None;
        }

        var start = Math.Max(0, location.Start);
        var span = new TextSpan(start, Math.Max(0, location.Length));
        var startPosition = new LinePosition(Math.Max(0, location.Line - 1), Math.Max(0, location.Column - 1));
        var endPosition = new LinePosition(Math.Max(0, location.EndLine - 1), Math.Max(0, location.EndColumn - 1));
        if (endPosition < startPosition)
        {
            endPosition = startPosition;
        }

        return Location.Create(location.File, span, new LinePositionSpan(startPosition, endPosition));
    }

    private static int ArgumentCount(DiagnosticDescriptor descriptor)
    {
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var count = 0;
        while (format.IndexOf("{" + count.ToString(CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal) >= 0)
        {
            count++;
        }

        return count;
    }
}
