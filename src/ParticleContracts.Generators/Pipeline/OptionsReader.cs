using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Pipeline;

/// <summary>Reduces MSBuild metadata and properties to the small option records the pipeline combines.</summary>
internal static class OptionsReader
{
    public const string FirmwareMetadata = "build_metadata.AdditionalFiles.ParticleFirmware";
    public const string ContractMetadata = "build_metadata.AdditionalFiles.ParticleContract";
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.ParticleNamespace";
    public const string BaseFolderMetadata = "build_metadata.AdditionalFiles.ParticleFirmwareBase";
    public const string DeviceOsMetadata = "build_metadata.AdditionalFiles.ParticleDeviceOS";
    public const string PlatformMetadata = "build_metadata.AdditionalFiles.ParticlePlatform";
    public const string UntypedFunctionsMetadata = "build_metadata.AdditionalFiles.ParticleUntypedFunctions";
    public const string RootNamespaceProperty = "build_property.RootNamespace";
    public const string DeviceOsProperty = "build_property.ParticleDeviceOS";
    public const string PlatformProperty = "build_property.ParticlePlatform";
    public const string FunctionArgumentLimitProperty = "build_property.ParticleFunctionArgumentLimit";

    public static FirmwareFileOptions ReadFile(string path, AnalyzerConfigOptions options)
    {
        var included = !(options.TryGetValue(FirmwareMetadata, out var firmware)
            && string.Equals(firmware.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        return new FirmwareFileOptions(path, included, NonEmpty(options, ContractMetadata), NonEmpty(options, NamespaceMetadata), NonEmpty(options, BaseFolderMetadata), NonEmpty(options, DeviceOsMetadata), NonEmpty(options, PlatformMetadata), NameList(NonEmpty(options, UntypedFunctionsMetadata)));
    }

    public static GeneratorOptions ReadProject(AnalyzerConfigOptions options, string? assemblyName)
    {
        var rootNamespace = NonEmpty(options, RootNamespaceProperty) ?? assemblyName;
        var defaultNamespace = NamespaceNames.IsValid(rootNamespace) ? rootNamespace + ".Devices" : GeneratorOptions.FallbackNamespace;

        var limit = GeneratorOptions.DefaultFunctionArgumentLimit;
        string? invalidLimit = null;
        var isExplicit = false;
        if (NonEmpty(options, FunctionArgumentLimitProperty) is { } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                limit = parsed;
                isExplicit = true;
            }
            else
            {
                invalidLimit = text;
            }
        }

        return new GeneratorOptions(defaultNamespace, limit, invalidLimit, isExplicit, NonEmpty(options, DeviceOsProperty), NonEmpty(options, PlatformProperty));
    }

    /// <summary>
    /// The names of a list metadata value, in order, without duplicates: separated by <c>,</c> (the targets turn the
    /// item's <c>;</c> into <c>,</c>, as a <c>;</c> starts a comment in the compiler's .editorconfig), <c>;</c> or spaces.
    /// </summary>
    internal static EquatableArray<string> NameList(string? text)
    {
        if (text is null)
        {
            return EquatableArray<string>.Empty;
        }

        var names = new List<string>();
        foreach (var part in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!names.Contains(part))
            {
                names.Add(part);
            }
        }

        return names.ToEquatableArray();
    }

    private static readonly char[] ListSeparators = { ',', ';', ' ', '\t' };

    private static string? NonEmpty(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
