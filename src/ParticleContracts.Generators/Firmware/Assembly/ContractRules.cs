using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Targets;
using ParticleContracts.Generators.Firmware;

namespace ParticleContracts.Generators.Firmware.Assembly;

/// <summary>
/// Checks that need the whole contract, as Device OS sees it: name length and characters, duplicates, one name as both
/// kinds, the variable/function count limits and registrations outside <c>setup()</c>. C# naming problems are not
/// firmware problems: <see cref="ProxyMemberNames"/> owns them.
/// </summary>
internal static class ContractRules
{
    public const int MaxNameBytes = 64;
    public const int LegacyMaxNameBytes = 12;
    public const int LegacyMaxVariables = 20;
    public const int LegacyMaxFunctions = 15;
    public const int MaxRegistrationsPerKind = 100;

    /// <param name="registrations">Resolved registrations, in file then source order.</param>
    /// <param name="sites">The site of each registration (same index).</param>
    /// <param name="diagnostics">Where to add diagnostics.</param>
    /// <param name="target">The target (default: <see cref="ParticleTarget.Default"/>): decides whether the legacy name and count rules apply.</param>
    public static void Check(List<Registration> registrations, List<RegistrationSite> sites, List<FirmwareDiagnostic> diagnostics, ParticleTarget? target = null)
    {
        var firstByKindAndName = new Dictionary<(RegistrationKind, string), Registration>();
        var firstVariable = new Dictionary<string, Registration>(System.StringComparer.Ordinal);
        var firstFunction = new Dictionary<string, Registration>(System.StringComparer.Ordinal);
        var reportedBothKinds = new HashSet<string>(System.StringComparer.Ordinal);
        // The legacy rules fire only for targets that have the legacy limit: 12-byte names before 0.8.0, and no
        // fixed registration count (only the describe message's size) before 3.3.0.
        var limits = TargetLimits.For(target ?? ParticleTarget.Default);
        var legacyNames = limits.NameBytes < MaxNameBytes;
        var legacyCounts = limits.MaxVariables is null;
        var variableCount = 0;
        var functionCount = 0;

        for (var index = 0; index < registrations.Count; index++)
        {
            var registration = registrations[index];
            var site = sites[index];
            var kind = DiagnosticTable.Describe(registration.Kind);
            var label = registration.Name ?? registration.NameExpression;
            var nameLocation = site.Arguments.Count > 0 ? site.Arguments[0].Location : registration.Location;

            if (site.EnclosingFunction != "setup")
            {
                var where = site.EnclosingFunction is null ? "a global initializer" : site.EnclosingFunction + "()";
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.RegistrationOutsideSetup, registration.Location, kind, label, where));
            }

            if (registration.Name is not { } name)
            {
                continue;
            }

            CheckName(registration, name, kind, nameLocation, legacyNames, diagnostics);

            if (firstByKindAndName.TryGetValue((registration.Kind, name), out var earlier))
            {
                if (!(earlier.Conditional && registration.Conditional))
                {
                    diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.DuplicateRegistration, nameLocation, kind, name, earlier.Location.Line.ToString(CultureInfo.InvariantCulture)));
                }

                continue;
            }

            firstByKindAndName.Add((registration.Kind, name), registration);
            var sameKind = registration.Kind == RegistrationKind.Variable ? firstVariable : firstFunction;
            var otherKind = registration.Kind == RegistrationKind.Variable ? firstFunction : firstVariable;
            sameKind[name] = registration;
            if (otherKind.TryGetValue(name, out var other) && reportedBothKinds.Add(name))
            {
                diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.NameUsedAsVariableAndFunction, nameLocation, name, other.Location.Line.ToString(CultureInfo.InvariantCulture)));
            }

            if (registration.Kind == RegistrationKind.Variable)
            {
                variableCount++;
                CheckCount(variableCount, "variable", legacyCounts ? LegacyMaxVariables : int.MaxValue - 1, DiagnosticIds.TooManyVariablesForLegacyDeviceOs, registration.Location, diagnostics);
            }
            else
            {
                functionCount++;
                CheckCount(functionCount, "function", legacyCounts ? LegacyMaxFunctions : int.MaxValue - 1, DiagnosticIds.TooManyFunctionsForLegacyDeviceOs, registration.Location, diagnostics);
            }
        }
    }

    private static void CheckCount(int count, string kind, int legacyLimit, string legacyId, FirmwareLocation location, List<FirmwareDiagnostic> diagnostics)
    {
        if (count == legacyLimit + 1)
        {
            diagnostics.Add(DiagnosticTable.Create(legacyId, location, count.ToString(CultureInfo.InvariantCulture) + " or more"));
        }

        if (count == MaxRegistrationsPerKind + 1)
        {
            diagnostics.Add(DiagnosticTable.Create(Diagnostics.DiagnosticIds.TooManyRegistrations, location, "more than 100", kind));
        }
    }

    private static void CheckName(Registration registration, string name, string kind, FirmwareLocation location, bool legacyNames, List<FirmwareDiagnostic> diagnostics)
    {
        if (name.Length == 0)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EmptyName, location, kind.ToLowerInvariant()));
            return;
        }

        var bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > MaxNameBytes)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.NameTooLong, location, kind, name, bytes.ToString(CultureInfo.InvariantCulture)));
        }
        else if (legacyNames && bytes > LegacyMaxNameBytes)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.NameTooLongForLegacyDeviceOs, location, kind, name, bytes.ToString(CultureInfo.InvariantCulture)));
        }

        if (OffendingCharacters(name) is { } offending)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.InvalidNameCharacters, location, kind, name, offending));
        }

        _ = registration;
    }

    /// <summary>Every distinct character other than letters, digits, '_' and '-', quoted (or as U+XXXX when invisible), or null.</summary>
    private static string? OffendingCharacters(string name)
    {
        var seen = new List<char>();
        foreach (var c in name)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') && !seen.Contains(c))
            {
                seen.Add(c);
            }
        }

        if (seen.Count == 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < seen.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : i == seen.Count - 1 ? " and " : ", ");
            var c = seen[i];
            if (char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c))
            {
                builder.Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append('\'').Append(c).Append('\'');
            }
        }

        return builder.ToString();
    }
}
