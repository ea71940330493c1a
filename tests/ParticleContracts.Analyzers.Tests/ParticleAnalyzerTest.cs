using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.Generators;

namespace ParticleContracts.Analyzers.Tests;

/// <summary>
/// The one place that sets up test compilations: .NET 10 reference assemblies from Basic.Reference.Assemblies
/// (nothing is downloaded at test time) plus the real ParticleContracts runtime assembly.
/// </summary>
internal static class TestSetup
{
    /// <param name="state">The test state.</param>
    /// <param name="quietFirmware">
    /// Silences the generator's firmware diagnostics (PCT1xxx, tested in the generator's tests) so the usage tests state
    /// only their own. Generated proxies land in <c>MyApp.Devices</c>.
    /// </param>
    public static void Configure(SolutionState state, bool quietFirmware = true)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ParticleCloudClient).Assembly.Location));
        var config = "is_global = true\nbuild_property.RootNamespace = MyApp\n";
        if (quietFirmware)
        {
            foreach (var rule in DiagnosticTable.All.Where(rule => rule.Category == DiagnosticTable.FirmwareCategory))
            {
                config += $"dotnet_diagnostic.{rule.Id}.severity = none\n";
            }
        }

        state.AnalyzerConfigFiles.Add(("/particle-tests.globalconfig", config));
    }

    /// <summary>Adds a weather-station firmware project as AdditionalFiles; the real generator writes its proxy.</summary>
    public static void AddWeatherStation(SolutionState state) =>
        state.AdditionalFiles.Add((Firmware.WeatherStationPath, Firmware.WeatherStation));

    /// <summary>Sets <c>build_property.*</c> values through a global analyzer config, as MSBuild does.</summary>
    public static void SetGlobalOptions(SolutionState state, params (string Key, string Value)[] options)
    {
        var text = "is_global = true\n";
        foreach (var (key, value) in options)
        {
            text += $"{key} = {value}\n";
        }

        state.AnalyzerConfigFiles.Add(("/.globalconfig", text));
    }
}

internal sealed class AnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public AnalyzerTest(string source, bool withFirmware = true)
    {
        TestCode = source;
        TestSetup.Configure(TestState);
        if (withFirmware)
        {
            TestSetup.AddWeatherStation(TestState);
        }

        // The analyzers read the contracts the generator emitted, so the real generator runs as in a build.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ContractGenerator)];
}

internal sealed class CodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        TestSetup.Configure(TestState);
        TestSetup.AddWeatherStation(TestState);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;

        // Markup in the fixed code states every diagnostic left after the fix, including unfixable ones of a fixable ID.
        FixedState.MarkupHandling = MarkupMode.Allow;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ContractGenerator)];
}
