using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;

namespace ParticleContracts.Generators.Diagnostics;

/// <summary>
/// The Roslyn descriptor of every row of <see cref="DiagnosticTable"/>, built in one loop. Firmware rules (PCT1xxx)
/// are reported by the generator at their firmware-file locations, so <c>dotnet_diagnostic.PCTnnnn.severity</c> in
/// <c>.editorconfig</c> applies; usage rules (PCT2xxx) by the analyzers, which name their descriptors below.
/// </summary>
internal static class Descriptors
{
    /// <summary>Category of every PCT1xxx rule.</summary>
    public const string FirmwareCategory = DiagnosticTable.FirmwareCategory;

    /// <summary>Category of every PCT2xxx rule.</summary>
    public const string UsageCategory = DiagnosticTable.UsageCategory;

    // Declared first: the named descriptors below are initialized from it, in textual order.
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateAll();

    /// <summary>PCT1084, reported from the project options rather than from a contract.</summary>
    public static readonly DiagnosticDescriptor InvalidFunctionArgumentLimit = Get(DiagnosticIds.InvalidFunctionArgumentLimit);

    /// <summary>PCT2001: <c>{0}</c> kind, <c>{1}</c> name, <c>{2}</c> where it was looked up, <c>{3}</c> a did-you-mean suffix or empty.</summary>
    public static readonly DiagnosticDescriptor UnknownCloudName = Get(DiagnosticIds.UnknownCloudName);

    /// <summary>PCT2002: <c>{0}</c> name, <c>{1}</c> what it is, <c>{2}</c> what the call expects, <c>{3}</c> the call to use instead.</summary>
    public static readonly DiagnosticDescriptor WrongCloudNameKind = Get(DiagnosticIds.WrongCloudNameKind);

    /// <summary>PCT2003: <c>{0}</c> name, <c>{1}</c> the cloud type, <c>{2}</c> the expected C# type, <c>{3}</c> the type argument given.</summary>
    public static readonly DiagnosticDescriptor VariableTypeMismatch = Get(DiagnosticIds.VariableTypeMismatch);

    /// <summary>PCT2004: <c>{0}</c> the call, <c>{1}</c> the typed member.</summary>
    public static readonly DiagnosticDescriptor PreferTypedMember = Get(DiagnosticIds.PreferTypedMember);

    /// <summary>PCT2005: <c>{0}</c> function name, <c>{1}</c> byte count, <c>{2}</c> limit.</summary>
    public static readonly DiagnosticDescriptor FunctionArgumentTooLong = Get(DiagnosticIds.FunctionArgumentTooLong);

    /// <summary>PCT2006: <c>{0}</c> contract name, <c>{1}</c> the known contracts or a did-you-mean.</summary>
    public static readonly DiagnosticDescriptor UnknownContractAttribute = Get(DiagnosticIds.UnknownContractAttribute);

    /// <summary>PCT2007: <c>{0}</c> contract name, <c>{1}</c> the first file carrying it, <c>{2}</c> the firmware source extensions.</summary>
    public static readonly DiagnosticDescriptor UnknownContractMetadata = Get(DiagnosticIds.UnknownContractMetadata);

    /// <summary>PCT2010: a constant SubscribeAsync prefix under which no contract publishes.</summary>
    public static readonly DiagnosticDescriptor UnknownSubscribedEvent = Get(DiagnosticIds.UnknownSubscribedEvent);

    /// <summary>PCT2011: a constant PublishEventAsync name no contract subscribes to.</summary>
    public static readonly DiagnosticDescriptor UnsubscribedPublishedEvent = Get(DiagnosticIds.UnsubscribedPublishedEvent);
    /// <summary>PCT2020: a constant argument that is none of the handler's words.</summary>
    public static readonly DiagnosticDescriptor ArgumentNotAWord = Get(DiagnosticIds.ArgumentNotAWord);

    /// <summary>PCT2021: a constant argument with the wrong number of fields.</summary>
    public static readonly DiagnosticDescriptor ArgumentFieldCount = Get(DiagnosticIds.ArgumentFieldCount);

    /// <summary>PCT2022: a constant argument (or field) that is not a number.</summary>
    public static readonly DiagnosticDescriptor ArgumentNotANumber = Get(DiagnosticIds.ArgumentNotANumber);

    /// <summary>PCT2030: <c>{0}</c> ledger name, <c>{1}</c> a did-you-mean suffix.</summary>
    public static readonly DiagnosticDescriptor UnknownLedger = Get(DiagnosticIds.UnknownLedger);

    /// <summary>PCT2031: <c>{0}</c> ledger name.</summary>
    public static readonly DiagnosticDescriptor WriteToDeviceToCloudLedger = Get(DiagnosticIds.WriteToDeviceToCloudLedger);

    /// <summary>PCT2032: <c>{0}</c> variable name, <c>{1}</c> a did-you-mean suffix.</summary>
    public static readonly DiagnosticDescriptor UnknownEnvironmentVariable = Get(DiagnosticIds.UnknownEnvironmentVariable);

    /// <summary>PCT2033: <c>{0}</c> name, <c>{1}</c> value, <c>{2}</c> what the decoder accepts, <c>{3}</c> the output type, <c>{4}</c> an example.</summary>
    public static readonly DiagnosticDescriptor EnvironmentValueRejected = Get(DiagnosticIds.EnvironmentValueRejected);

    /// <summary>PCT2034: <c>{0}</c> ledger name, <c>{1}</c> the direction written, <c>{2}</c> what the firmware does (reads, writes), <c>{3}</c> the direction it implies.</summary>
    public static readonly DiagnosticDescriptor LedgerDefinitionDirection = Get(DiagnosticIds.LedgerDefinitionDirection);

    /// <summary>The descriptor of <paramref name="id"/>, or null when the table has no such row.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : null;

    /// <summary>Maps the table's severity to Roslyn's.</summary>
    public static DiagnosticSeverity ToRoslyn(this FirmwareSeverity severity) => severity switch
    {
        FirmwareSeverity.Hidden => DiagnosticSeverity.Hidden,
        FirmwareSeverity.Info => DiagnosticSeverity.Info,
        FirmwareSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };

    private static DiagnosticDescriptor Get(string id) => ById[id];

    private static Dictionary<string, DiagnosticDescriptor> CreateAll()
    {
        var all = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in DiagnosticTable.All)
        {
            all.Add(rule.Id, new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                rule.MessageFormat,
                rule.Category,
                rule.DefaultSeverity.ToRoslyn(),
                isEnabledByDefault: true,
                description: rule.Description,
                helpLinkUri: rule.HelpLink));
        }

        return all;
    }
}
