using System;
using System.Collections.Generic;
using System.Globalization;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware.Scanning;

namespace ParticleContracts.Generators.Firmware.Ledgers;

/// <summary>
/// Device OS and cloud rules for ledgers and environment variables (PCT1060–PCT1078): ledger names
/// (<c>[a-z0-9-]</c>, at most 32), environment names (<c>[A-Z0-9_]</c>, no leading digit, at most 128, the reserved
/// <c>PARTICLE_</c> prefix and the documented system variables), at most 100 variables, <c>env.json</c> defaults the
/// firmware's decoders reject (bools exactly <c>true</c>/<c>false</c>, ints 32-bit signed decimal) or never reads.
/// </summary>
internal static class DataRules
{
    /// <summary>Device OS's <c>LEDGER_MAX_NAME_LENGTH</c>.</summary>
    public const int MaxLedgerNameLength = 32;

    /// <summary>Device OS's <c>LEDGER_MAX_DATA_SIZE</c>: the most bytes of data a ledger holds on the device.</summary>
    public const int MaxLedgerDataSize = 16384;

    /// <summary>The longest environment variable name the cloud accepts.</summary>
    public const int MaxEnvironmentNameLength = 128;

    /// <summary>The most environment variables one scope holds.</summary>
    public const int MaxEnvironmentVariables = 100;

    /// <summary>The prefix reserved for system environment variables.</summary>
    public const string ReservedPrefix = "PARTICLE_";

    /// <summary>The documented system variables of a known type (Device OS 6.4.0); <c>PARTICLE_CELLULAR_*</c> are documented without types.</summary>
    private static readonly (string Name, DataValueType Type)[] SystemVariables =
    {
        ("PARTICLE_BLUETOOTH_ENABLE", DataValueType.Bool),
        ("PARTICLE_ETHERNET_ENABLE", DataValueType.Bool),
        ("PARTICLE_WIFI_ENABLE", DataValueType.Bool),
    };

    private const string CellularPrefix = "PARTICLE_CELLULAR_";

    /// <summary>A <c>set(...)</c> of constant data larger than Device OS's <c>LEDGER_MAX_DATA_SIZE</c> (PCT1066).</summary>
    public static void CheckConstantWrite(DataUse use, string ledger, List<FirmwareDiagnostic> diagnostics)
    {
        if (int.TryParse(use.Detail, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > MaxLedgerDataSize)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.LedgerDataTooLarge, use.Location, ledger, use.Detail!, MaxLedgerDataSize.ToString("N0", CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>A ledger or environment use whose name is only known at run time.</summary>
    public static void CheckUnresolved(DataUse use, List<FirmwareDiagnostic> diagnostics)
    {
        var isEnvironment = use.Kind is DataUseKind.EnvironmentGet or DataUseKind.EnvironmentHas;
        if (isEnvironment)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentNameNotConstant, use.Location, use.Ledger));
        }
        else if (use.Kind == DataUseKind.Ledger && use.ReferenceKind == LedgerReferenceKind.RunTimeName)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.LedgerNameNotConstant, use.Location, use.Ledger));
        }
    }

    /// <summary>Name rules, <c>onSync</c> on a written ledger, key type conflicts, unused data.</summary>
    public static void CheckLedger(
        LedgerContract ledger,
        FirmwareLocation? syncLocation,
        List<(string Key, DataValueType First, DataValueType Other, FirmwareLocation Location)> conflicts,
        List<FirmwareDiagnostic> diagnostics)
    {
        var name = ledger.Name;
        if (name.Length > MaxLedgerNameLength)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.LedgerNameTooLong, ledger.Location, name, name.Length.ToString(CultureInfo.InvariantCulture)));
        }

        if (FirstInvalid(name, static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') is { } invalid)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.LedgerNameInvalid, ledger.Location, name, Describe(invalid)));
        }

        if (ledger.Writes && syncLocation is { } sync)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.LedgerSyncOnDeviceToCloud, sync, name));
        }

        foreach (var conflict in conflicts)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.LedgerKeyTypeConflict, conflict.Location, conflict.Key, name, TypeName(conflict.First), TypeName(conflict.Other)));
        }

        if (ledger.Direction == LedgerDirection.Unknown)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.LedgerDataUnused, ledger.Location, name));
        }
    }

    /// <summary><c>System.getEnv(name, out)</c> where <c>out</c> is not <c>int</c>, <c>bool</c> or <c>String</c> (or its type is not known).</summary>
    public static void CheckEnvironmentOutput(DataUse use, DataValueType type, List<FirmwareDiagnostic> diagnostics)
    {
        if (type is DataValueType.Int or DataValueType.Bool or DataValueType.String)
        {
            return;
        }

        diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentOutputType, use.Location, use.Ledger, use.Subject ?? "value", type == DataValueType.Unknown ? "type the reader does not know" : TypeName(type)));
    }

    public static void ReportEnvironmentTypeConflict(DataUse use, DataValueType first, DataValueType other, FirmwareLocation firstLocation, List<FirmwareDiagnostic> diagnostics) =>
        diagnostics.Add(DiagnosticTable.Create(
            DiagnosticIds.EnvironmentTypeConflict, use.Location, use.Ledger, TypeName(first), firstLocation.Line.ToString(CultureInfo.InvariantCulture), TypeName(other)));

    /// <summary>
    /// Name rules, the reserved prefix, the count, and the <c>env.json</c> defaults (values the decoder rejects, and,
    /// unless <paramref name="runTimeNames"/>, names no constant read uses); returns the variables with their defaults.
    /// </summary>
    public static void CheckEnvironment(
        List<EnvironmentVariableContract> variables,
        EnvironmentDefaults? defaults,
        bool runTimeNames,
        List<FirmwareDiagnostic> diagnostics,
        out List<EnvironmentVariableContract> withDefaults)
    {
        withDefaults = new List<EnvironmentVariableContract>(variables.Count);
        var byName = new Dictionary<string, EnvironmentDefault>(StringComparer.Ordinal);
        if (defaults is not null)
        {
            foreach (var value in defaults.Values)
            {
                byName[value.Name] = value;
            }
        }

        foreach (var variable in variables)
        {
            CheckEnvironmentName(variable.Name, variable.Type, variable.Location, diagnostics);
            if (byName.TryGetValue(variable.Name, out var bundled))
            {
                CheckDefault(variable, bundled, diagnostics);
                withDefaults.Add(variable with { DefaultValue = bundled.Value });
            }
            else
            {
                withDefaults.Add(variable);
            }
        }

        if (defaults is not null && !runTimeNames)
        {
            CheckUnreadDefaults(variables, defaults, diagnostics);
        }

        if (variables.Count > MaxEnvironmentVariables)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.TooManyEnvironmentVariables, variables[MaxEnvironmentVariables].Location, "The firmware", variables.Count.ToString(CultureInfo.InvariantCulture)));
        }

        if (defaults is not null && defaults.Values.Count > MaxEnvironmentVariables)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.TooManyEnvironmentVariables, defaults.Values[MaxEnvironmentVariables].Location, "env.json", defaults.Values.Count.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>
    /// An <c>env.json</c> key the firmware reads nowhere is most often a misspelt one (PCT1067). System variables
    /// (<c>PARTICLE_</c>) are Device OS's and skipped; callers skip the check when some read's name is computed.
    /// </summary>
    private static void CheckUnreadDefaults(List<EnvironmentVariableContract> variables, EnvironmentDefaults defaults, List<FirmwareDiagnostic> diagnostics)
    {
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in variables)
        {
            read.Add(variable.Name);
        }

        foreach (var value in defaults.Values)
        {
            if (value.Name.StartsWith(ReservedPrefix, StringComparison.Ordinal) || read.Contains(value.Name))
            {
                continue;
            }

            var suggestions = NameSuggester.Suggest(value.Name, read);
            var suffix = suggestions.IsEmpty ? string.Empty : " (did you mean \"" + suggestions[0] + "\"?)";
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentDefaultUnread, value.Location, value.Name, suffix));
        }
    }

    private static void CheckEnvironmentName(string name, DataValueType type, FirmwareLocation location, List<FirmwareDiagnostic> diagnostics)
    {
        if (name.Length > MaxEnvironmentNameLength)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentNameTooLong, location, name, name.Length.ToString(CultureInfo.InvariantCulture)));
        }

        if (name.Length == 0)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentNameInvalid, location, name, "is empty"));
        }
        else if (name[0] is >= '0' and <= '9')
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentNameInvalid, location, name, "starts with a digit"));
        }
        else if (FirstInvalid(name, static c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_') is { } invalid)
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentNameInvalid, location, name, "contains " + Describe(invalid)));
        }

        if (!name.StartsWith(ReservedPrefix, StringComparison.Ordinal) || name.StartsWith(CellularPrefix, StringComparison.Ordinal))
        {
            return;
        }

        foreach (var (systemName, systemType) in SystemVariables)
        {
            if (string.Equals(systemName, name, StringComparison.Ordinal))
            {
                if (type != systemType)
                {
                    diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.SystemEnvironmentType, location, name, TypeName(systemType), TypeName(type)));
                }

                return;
            }
        }

        diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentNameReserved, location, name, "PARTICLE_WIFI_ENABLE, PARTICLE_BLUETOOTH_ENABLE, PARTICLE_ETHERNET_ENABLE, PARTICLE_CELLULAR_*"));
    }

    /// <summary>The firmware's decoders: bools exactly <c>true</c>/<c>false</c>, ints 32-bit signed decimal.</summary>
    private static void CheckDefault(EnvironmentVariableContract variable, EnvironmentDefault value, List<FirmwareDiagnostic> diagnostics)
    {
        if (variable.Type == DataValueType.Bool && !IsBoolText(value.Value))
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentDefaultRejected, value.Location, variable.Name, value.Value, "exactly true or false", "bool&", "\"true\" or \"false\""));
        }
        else if (variable.Type == DataValueType.Int && !IsInt32Decimal(value.Value))
        {
            diagnostics.Add(DiagnosticTable.Create(DiagnosticIds.EnvironmentDefaultRejected, value.Location, variable.Name, value.Value, "a 32-bit signed decimal integer", "int&", "a whole number such as \"30\""));
        }
    }

    /// <summary>What <c>System.getEnv(name, bool&amp;)</c> accepts: exactly <c>true</c> or <c>false</c>.</summary>
    public static bool IsBoolText(string text) => text is "true" or "false";

    /// <summary>What <c>System.getEnv(name, int&amp;)</c> accepts: an optional '-', then decimal digits, within int32.</summary>
    public static bool IsInt32Decimal(string text)
    {
        var digits = text.Length > 0 && text[0] == '-' ? text.Substring(1) : text;
        if (digits.Length == 0 || digits.Length > 10)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) is >= int.MinValue and <= int.MaxValue;
    }

    /// <summary>How messages name a type: <c>int</c>, <c>bool</c>, <c>String</c>, <c>double</c>, <c>map</c>, ...</summary>
    public static string TypeName(DataValueType type) => type switch
    {
        DataValueType.Bool => "bool",
        DataValueType.Int => "int",
        DataValueType.UInt => "unsigned int",
        DataValueType.Int64 => "int64",
        DataValueType.UInt64 => "uint64",
        DataValueType.Double => "double",
        DataValueType.String => "String",
        DataValueType.Map => "map",
        DataValueType.Array => "array",
        _ => "unknown",
    };

    private static char? FirstInvalid(string name, Func<char, bool> allowed)
    {
        foreach (var c in name)
        {
            if (!allowed(c))
            {
                return c;
            }
        }

        return null;
    }

    private static string Describe(char? c) => c is { } value ? (value == ' ' ? "a space" : "'" + value + "'") : string.Empty;
}
