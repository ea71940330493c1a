using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Analyzers.Tests.Functions;

/// <summary>PCT2020–PCT2022: constant arguments of raw function calls checked against the inferred grammar, and the fix.</summary>
public sealed class FunctionArgumentTests
{
    private const string VentPath = "/firmware/vent/src/vent.cpp";

    private const string Vent = """
        int setVent(String position) {
            if (position == "open") return 0;
            else if (position == "closed") return 0;
            return -1;
        }
        int setColor(String rgb) {
            int r, g, b;
            if (sscanf(rgb.c_str(), "%d,%d,%d", &r, &g, &b) != 3) return -1;
            return 1;
        }
        int setGain(String value) {
            float gain = value.toFloat();
            if (gain < 0) return -1;
            return 0;
        }
        int setLevel(String level) {
            int v = level.toInt();
            if (v > 10) return -1;
            return v;
        }
        int echo(String text) { Serial.println(text); return 0; }
        void setup() {
            Particle.function("setVent", setVent);
            Particle.function("setColor", setColor);
            Particle.function("setGain", setGain);
            Particle.function("setLevel", setLevel);
            Particle.function("echo", echo);
        }
        """;

    private static string App(string statements) => $$"""
        #nullable enable
        using System.Threading;
        using System.Threading.Tasks;
        using ParticleContracts;
        using MyApp.Devices;

        sealed class App
        {
            async Task RunAsync(ParticleCloudClient client, Vent vent, IVent mock, CancellationToken ct)
            {
        {{string.Join("\n", statements.Split('\n').Select(line => "        " + line))}}
            }
        }
        """;

    private static DiagnosticResult Rule(string id) => new(Descriptors.Find(id)!);

    private static AnalyzerTest<FunctionArgumentAnalyzer> Test(string statements)
    {
        var test = new AnalyzerTest<FunctionArgumentAnalyzer>(App(statements));
        test.TestState.AdditionalFiles.Add((VentPath, Vent));
        return test;
    }

    [Fact]
    public async Task A_word_the_handler_does_not_compare_is_an_error_with_did_you_mean()
    {
        var test = Test("""
            await vent.SetVentAsync({|#0:"opne"|});
            await mock.SetVentAsync({|#1:"OPEN"|}, ct);
            await vent.CallFunctionAsync("setVent", {|#2:"shut"|});
            """);
        test.ExpectedDiagnostics.Add(Rule(DiagnosticIds.ArgumentNotAWord).WithLocation(0).WithArguments("opne", "setVent", "open, closed", "; did you mean 'open'?"));
        test.ExpectedDiagnostics.Add(Rule(DiagnosticIds.ArgumentNotAWord).WithLocation(1).WithArguments("OPEN", "setVent", "open, closed", "; did you mean 'open'?"));
        test.ExpectedDiagnostics.Add(Rule(DiagnosticIds.ArgumentNotAWord).WithLocation(2).WithArguments("shut", "setVent", "open, closed", ""));
        await test.RunAsync();
    }

    [Fact]
    public async Task Field_counts_and_numbers_are_checked()
    {
        var test = Test("""
            await vent.SetColorAsync({|#0:"255,0"|});
            await vent.SetColorAsync({|#1:"255,x,0"|});
            await vent.SetGainAsync({|#2:"1,5"|});
            await vent.CallFunctionAsync("setLevel", {|#3:"ten"|});
            """);
        test.ExpectedDiagnostics.Add(Rule(DiagnosticIds.ArgumentFieldCount).WithLocation(0).WithArguments("setColor", "2", ",", "3", "r,g,b"));
        test.ExpectedDiagnostics.Add(Rule(DiagnosticIds.ArgumentNotANumber).WithLocation(1).WithArguments("Field 2 (g)", "setColor", "x", "a whole number"));
        test.ExpectedDiagnostics.Add(Rule(DiagnosticIds.ArgumentNotANumber).WithLocation(2).WithArguments("The argument", "setGain", "1,5", "a number (invariant culture, '.' as decimal separator)"));
        test.ExpectedDiagnostics.Add(Rule(DiagnosticIds.ArgumentNotANumber).WithLocation(3).WithArguments("The argument", "setLevel", "ten", "a whole number"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Valid_constants_computed_arguments_strings_and_raw_client_calls_are_silent()
    {
        var test = Test("""
            await vent.SetVentAsync("open");
            await vent.SetColorAsync("255,0,0");
            await vent.SetGainAsync("-1.5e2");
            await vent.SetLevelAsync(" 7");
            await vent.EchoAsync("anything at all");
            var word = System.Environment.GetEnvironmentVariable("W") ?? "x";
            await vent.SetVentAsync(word);
            await vent.SetVentAsync(Vent.SetVentPosition.Closed);
            await client.CallFunctionAsync("dev", "setVent", "opne");
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_calls_the_typed_member_with_the_suggested_word()
    {
        var test = new CodeFixTest<FunctionArgumentAnalyzer, UseTypedArgumentCodeFixProvider>(
            App("""
                await vent.SetVentAsync({|PCT2020:"opne"|}, ct);
                await vent.CallFunctionAsync("setVent", {|PCT2020:"clsoed"|});
                """),
            App("""
                await vent.SetVentAsync(Vent.SetVentPosition.Open, ct);
                await vent.SetVentAsync(Vent.SetVentPosition.Closed);
                """));
        test.TestState.AdditionalFiles.Add((VentPath, Vent));
        test.CodeActionEquivalenceKey = UseTypedArgumentCodeFixProvider.EquivalenceKey;
        await test.RunAsync();
    }

    [Theory]
    [InlineData("12", true, true)]
    [InlineData("-3", true, true)]
    [InlineData("1.5", true, false)]
    [InlineData("1.5", false, true)]
    [InlineData("1,5", false, false)]
    [InlineData("", false, false)]
    [InlineData("NaN", false, false)]
    [InlineData("1e3", false, true)]
    public void Number_rules(string text, bool whole, bool valid)
    {
        Assert.Equal(valid, ArgumentGrammarCheck.IsNumber(text, whole));
    }
}
