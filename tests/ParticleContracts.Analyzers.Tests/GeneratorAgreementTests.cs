using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

/// <summary>
/// The analyzers and fixes against the proxies the real <see cref="ContractGenerator"/> emits (not hand-written ones):
/// the analyzer must name the members the generator actually generates, collisions included, and fixed code must compile.
/// </summary>
public sealed class GeneratorAgreementTests
{
    private const string ClashingFirmware = """
        double temp = 0;
        int verify(String unit) { return 1; }
        int setColor(String rgb) { return 1; }
        void setup() {
            Particle.variable("temp", temp);
            Particle.function("verify", verify);
            Particle.function("setColor", setColor);
        }
        """;

    private const string PlainFirmware = """
        double temp = 0;
        int setColor(String rgb) { return 1; }
        void setup() {
            Particle.variable("temp", temp);
            Particle.function("setColor", setColor);
        }
        """;

    private static string App(string statements) => Sources.App(statements).Replace("WeatherStation station", "Kitchen station", StringComparison.Ordinal);

    [Fact]
    public async Task Typed_member_suggestion_follows_the_generators_naming_of_clashing_names()
    {
        var test = new GeneratedProxyFixTest(
            App("""
                var a = await {|#0:station.CallFunctionAsync("verify", "C")|};
                var b = await {|PCT2004:station.GetVariableAsync<double>("temp", ct)|};
                var c = await {|PCT2004:station.CallFunctionAsync("setColor", "255,0,0", ct)|};
                """),
            App("""
                var a = await station.VerifyFunctionAsync("C");
                var b = await station.GetTempAsync(ct);
                var c = await station.SetColorAsync("255,0,0", ct);
                """),
            ClashingFirmware);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.PreferTypedMember).WithLocation(0)
            .WithArguments("station.CallFunctionAsync", "VerifyFunctionAsync"));

        // The reader warns that "verify" clashes with the proxy's VerifyAsync; the generator emits VerifyFunctionAsync.
        var clash = DiagnosticResult.CompilerWarning("PCT1024").WithSpan("/firmware/kitchen/src/kitchen.cpp", 6, 23, 6, 31);
        test.ExpectedDiagnostics.Add(clash);
        test.FixedState.ExpectedDiagnostics.Add(clash);
        test.CodeActionEquivalenceKey = UseTypedMemberCodeFixProvider.EquivalenceKey;
        await test.RunAsync();
    }

    [Fact]
    public async Task Generated_proxy_escape_hatch_is_checked_against_its_contract()
    {
        var test = new GeneratedProxyFixTest(
            App("""
                await station.GetVariableAsync<double>({|PCT2001:"tmp"|});
                await station.GetVariableAsync<{|PCT2003:int|}>("temp");
                """),
            App("""
                await {|PCT2004:station.GetVariableAsync<double>("temp")|};
                await station.GetVariableAsync<{|PCT2003:int|}>("temp");
                """),
            PlainFirmware);
        test.CodeActionEquivalenceKey = ReplaceNameCodeFixProvider.EquivalenceKeyPrefix + "0";
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_on_a_generated_proxy_gives_code_that_compiles()
    {
        var test = new GeneratedProxyFixTest(
            App("""
                var b = await {|PCT2004:station.GetVariableAsync<double>("temp", ct)|};
                """),
            App("""
                var b = await station.GetTempAsync(ct);
                """),
            PlainFirmware);
        test.CodeActionEquivalenceKey = UseTypedMemberCodeFixProvider.EquivalenceKey;
        await test.RunAsync();
    }

    /// <summary>A code-fix test whose proxies come from the real generator running on the firmware.</summary>
    private sealed class GeneratedProxyFixTest : CSharpCodeFixTest<CloudCallAnalyzer, MultiFixer, DefaultVerifier>
    {
        public GeneratedProxyFixTest(string source, string fixedSource, string firmware)
        {
            TestCode = source;
            FixedCode = fixedSource;
            FixedState.MarkupHandling = MarkupMode.Allow;
            TestSetup.Configure(TestState, quietFirmware: false);
            TestState.AdditionalFiles.Add(("/firmware/kitchen/src/kitchen.cpp", firmware));
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ContractGenerator)];
    }

    /// <summary>Every fixer of the package, so each diagnostic finds its own fix.</summary>
    private sealed class MultiFixer : CodeFixProvider
    {
        private readonly CodeFixProvider[] _fixers = [new ReplaceNameCodeFixProvider(), new UseFirmwareTypeCodeFixProvider(), new UseTypedMemberCodeFixProvider()];

        public override System.Collections.Immutable.ImmutableArray<string> FixableDiagnosticIds =>
            [.. _fixers.SelectMany(fixer => fixer.FixableDiagnosticIds)];

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var fixer in _fixers)
            {
                if (fixer.FixableDiagnosticIds.Contains(context.Diagnostics[0].Id))
                {
                    await fixer.RegisterCodeFixesAsync(context);
                }
            }
        }
    }
}
