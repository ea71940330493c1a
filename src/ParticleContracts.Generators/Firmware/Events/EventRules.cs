using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Targets;

namespace ParticleContracts.Generators.Firmware.Events;

/// <summary>
/// The Device OS rules on events, checked once per contract: event names (empty, too long, characters outside
/// <c>[A-Za-z0-9_/-]</c>, the reserved <c>spark</c>/<c>particle</c> prefixes of published names), at most 4
/// application subscriptions, overlapping subscription prefixes, constant payloads over the target's limit,
/// publishing from <c>loop()</c> without a rate guard, and payloads whose shape the reader could not infer.
/// (A subscribe scope argument on Device OS 6.x is a feature gate: <see cref="FeatureGates"/>.)
/// </summary>
internal static class EventRules
{
    /// <summary>Application subscriptions a device accepts (6 in total, 2 taken by the system).</summary>
    public const int MaxSubscriptions = 4;

    public static void Check(EventContracts events, PayloadStatementIndex statements, List<FirmwareDiagnostic> diagnostics, ParticleTarget target)
    {
        var limits = TargetLimits.For(target);
        foreach (var published in events.Publishes)
        {
            if (published.Name is { } name)
            {
                CheckName(name, "Published event", published.NameLocation, limits, diagnostics, published: true);
            }

            CheckPayload(published, limits, diagnostics);
            if (published.EnclosingFunction == "loop" && !statements.IsRateGuarded(published.Location.File, "loop"))
            {
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.PublishInLoopWithoutRateGuard, published.Location, published.Name ?? published.NameExpression));
            }
        }

        var counted = 0;
        for (var index = 0; index < events.Subscriptions.Count; index++)
        {
            var subscription = events.Subscriptions[index];
            if (subscription.Prefix is { } prefix)
            {
                CheckName(prefix, "Subscription prefix", subscription.NameLocation, limits, diagnostics, published: false);
                CheckOverlap(events.Subscriptions, index, prefix, diagnostics);
            }

            if (++counted == MaxSubscriptions + 1)
            {
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.TooManySubscriptions, subscription.Location, Count(events.Subscriptions.Count), Count(MaxSubscriptions)));
            }
        }
    }

    private static void CheckName(string name, string what, FirmwareLocation location, TargetLimits limits, List<FirmwareDiagnostic> diagnostics, bool published)
    {
        if (name.Length == 0)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EmptyEventName, location, what.ToLowerInvariant()));
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > limits.EventNameBytes)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EventNameTooLong, location, what, name, Count(bytes), Count(limits.EventNameBytes)));
        }

        if (InvalidCharacters(name) is { } invalid)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.InvalidEventNameCharacters, location, what, name, invalid));
        }

        if (published && (name.StartsWith("spark", StringComparison.OrdinalIgnoreCase) || name.StartsWith("particle", StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.ReservedEventNamePrefix, location, name, name.Substring(0, name.StartsWith("spark", StringComparison.OrdinalIgnoreCase) ? 5 : 8)));
        }
    }

    private static void CheckPayload(PublishedEvent published, TargetLimits limits, List<FirmwareDiagnostic> diagnostics)
    {
        var payload = published.Payload;
        var limit = published.Form == EventForm.CloudEvent ? limits.CloudEventDataBytes ?? limits.EventDataBytes : limits.EventDataBytes;
        if (payload.ConstantBytes is { } bytes && bytes > limit)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.ConstantPayloadTooLarge, published.Location, published.Name ?? published.NameExpression, Count(bytes), Count(limit)));
        }

        if (payload.Kind == EventPayloadKind.Text && payload.ConstantBytes is null)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.PayloadShapeNotInferred, published.Location, published.Name ?? published.NameExpression, payload.Source));
        }
    }

    /// <summary>Reports <paramref name="prefix"/> once when an earlier subscription's prefix starts it or it starts an earlier one.</summary>
    private static void CheckOverlap(EquatableArray<SubscribedEvent> subscriptions, int index, string prefix, List<FirmwareDiagnostic> diagnostics)
    {
        for (var earlier = 0; earlier < index; earlier++)
        {
            if (subscriptions[earlier].Prefix is not { } other)
            {
                continue;
            }

            if (prefix.StartsWith(other, StringComparison.Ordinal) || other.StartsWith(prefix, StringComparison.Ordinal))
            {
                var line = subscriptions[earlier].Location.Line.ToString(CultureInfo.InvariantCulture);
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.OverlappingSubscriptions, subscriptions[index].NameLocation, prefix, other, line));
                return;
            }
        }
    }

    private static string? InvalidCharacters(string name)
    {
        var invalid = new StringBuilder();
        var seen = new HashSet<char>();
        foreach (var c in name)
        {
            var valid = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '/';
            if (!valid && seen.Add(c))
            {
                invalid.Append(invalid.Length == 0 ? string.Empty : ", ").Append('\'').Append(c).Append('\'');
            }
        }

        return invalid.Length == 0 ? null : invalid.ToString();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
