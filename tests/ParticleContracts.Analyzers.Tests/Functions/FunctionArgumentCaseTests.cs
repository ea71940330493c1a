using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;
using ParticleContracts.Generators.Diagnostics;

namespace ParticleContracts.Analyzers.Tests.Functions;

/// <summary>
/// PCT2020 and its fix for words compared ignoring case (equalsIgnoreCase), and functions kept strings on purpose
/// (// @particle-arg string), whose constant arguments are never checked.
/// </summary>
public sealed class FunctionArgumentCaseTests
{
    private const string PumpPath = "/firmware/pump/src/pump.cpp";

    private const string Pump = """
        int setMode(String arg) {
            if (arg.equalsIgnoreCase("eco")) return 1;
            if (arg.equalsIgnoreCase("Boost")) return 2;
            return -1;
        }
        // @particle-arg string
        int setLabel(String text) {
            if (text == "a") return 1;
            return -1;
        }
        void setup() {
            Particle.function("setMode", setMode);
            Particle.function("setLabel", setLabel);
        }
        """;

    private static string App(string statements) => $$"""
        #nullable enable
        using System.Threading.Tasks;
        using MyApp.Devices;

        sealed class App
        {
            async Task RunAsync(Pump pump)
            {
        {{string.Join("\n", statements.Split('\n').Select(line => "        " + line))}}
            }
        }
        """;

    [Fact]
    public async Task Words_compared_ignoring_case_accept_any_case_and_reject_other_words()
    {
        var test = new AnalyzerTest<FunctionArgumentAnalyzer>(App("""
            await pump.SetModeAsync("ECO");
            await pump.SetModeAsync("boost");
            await pump.SetModeAsync({|#0:"ecco"|});
            await pump.SetModeAsync({|#1:"turbo"|});
            """));
        test.TestState.AdditionalFiles.Add((PumpPath, Pump));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.Find(DiagnosticIds.ArgumentNotAWord)!).WithLocation(0).WithArguments("ecco", "setMode", "eco, Boost", "; did you mean 'eco'?"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.Find(DiagnosticIds.ArgumentNotAWord)!).WithLocation(1).WithArguments("turbo", "setMode", "eco, Boost", ""));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_function_kept_a_string_on_purpose_takes_any_constant()
    {
        var test = new AnalyzerTest<FunctionArgumentAnalyzer>(App("""
            await pump.SetLabelAsync("zzz");
            await pump.SetLabelAsync("");
            """));
        test.TestState.AdditionalFiles.Add((PumpPath, Pump));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_for_a_word_compared_ignoring_case_uses_the_typed_member()
    {
        var test = new CodeFixTest<FunctionArgumentAnalyzer, UseTypedArgumentCodeFixProvider>(
            App("""
                await pump.SetModeAsync({|PCT2020:"bost"|});
                """),
            App("""
                await pump.SetModeAsync(Pump.SetModeArgument.Boost);
                """));
        test.TestState.AdditionalFiles.Add((PumpPath, Pump));
        test.CodeActionEquivalenceKey = UseTypedArgumentCodeFixProvider.EquivalenceKey;
        await test.RunAsync();
    }
}
