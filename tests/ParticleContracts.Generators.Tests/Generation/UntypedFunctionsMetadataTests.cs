using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// The <c>UntypedFunctions</c> item metadata (<c>build_metadata.AdditionalFiles.ParticleUntypedFunctions</c>): the named
/// functions keep only their string member, and a name no function has is PCT1054 with a did-you-mean.
/// </summary>
public sealed class UntypedFunctionsMetadataTests
{
    private const string AppPath = "/fw/vent-controller/src/app.cpp";

    private static FirmwareFile[] Files(string? untyped) =>
        [new FirmwareFile(AppPath, FunctionArgumentGenerationTests.Firmware, UntypedFunctions: untyped)];

    private static string? FunctionArguments(GeneratorRun run) =>
        run.RunResult.GeneratedTrees.SingleOrDefault(t => t.FilePath.EndsWith("VentController.FunctionArguments.g.cs", StringComparison.Ordinal))?.ToString();

    private static string Proxy(GeneratorRun run) =>
        run.RunResult.GeneratedTrees.Single(t => t.FilePath.EndsWith("VentController.g.cs", StringComparison.Ordinal)).ToString();

    private static Diagnostic[] Reported(GeneratorRun run, string id) =>
        run.RunResult.Diagnostics.Where(d => d.Id == id).ToArray();

    [Theory]
    [InlineData("setVent,setColor")]
    [InlineData("setVent;setColor")]
    [InlineData(" setColor , setVent ,setVent ")]
    public void Listed_functions_keep_only_their_string_member(string untyped)
    {
        var typed = GeneratorHarness.Run(Files(null));
        var run = GeneratorHarness.Run(Files(untyped));

        var before = FunctionArguments(typed)!;
        Assert.Contains("SetVentAsync(SetVentPosition position,", before, StringComparison.Ordinal);
        Assert.Contains("SetColorAsync(int r, int g, int b,", before, StringComparison.Ordinal);

        var after = FunctionArguments(run)!;
        Assert.DoesNotContain("SetVentAsync", after, StringComparison.Ordinal);
        Assert.DoesNotContain("SetColorAsync", after, StringComparison.Ordinal);
        Assert.DoesNotContain("SetVentPosition", after, StringComparison.Ordinal);
        Assert.Contains("ConfigureAsync(ConfigureArguments arguments,", after, StringComparison.Ordinal);

        // The escape hatch stays on every function; no PCT1050 note for a string chosen on purpose, no PCT1054.
        Assert.Contains("<int> SetVentAsync(string argument,", Proxy(run), StringComparison.Ordinal);
        Assert.Contains("<int> SetColorAsync(string argument,", Proxy(run), StringComparison.Ordinal);
        Assert.DoesNotContain(run.RunResult.Diagnostics, d => d.Id == "PCT1050" && (d.GetMessage(null).Contains("\"setVent\"", StringComparison.Ordinal) || d.GetMessage(null).Contains("\"setColor\"", StringComparison.Ordinal)));
        Assert.Empty(Reported(run, "PCT1054"));
        var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
    }

    [Fact]
    public void Listing_every_typed_function_leaves_no_function_arguments_file()
    {
        var run = GeneratorHarness.Run(Files("setVent,setColor,configure,setLevel,setGain,reboot"));
        Assert.Null(FunctionArguments(run));
    }

    [Fact]
    public void A_listed_function_still_reports_a_path_without_return()
    {
        const string firmware = "int mode(String arg) { if (arg == \"a\") return 1; digitalWrite(D7, HIGH); }\nvoid setup() { Particle.function(\"mode\", mode); }\n";
        var run = GeneratorHarness.Run([new FirmwareFile(AppPath, firmware, UntypedFunctions: "mode")]);
        Assert.Single(Reported(run, "PCT1051"));
        Assert.Null(FunctionArguments(run));
    }

    [Fact]
    public void A_name_no_function_has_is_PCT1054_with_the_closest_names()
    {
        var run = GeneratorHarness.Run(Files("setvent,reboo,setColor,zzz"));

        var reported = Reported(run, "PCT1054");
        Assert.Equal(3, reported.Length);
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity));
        Assert.All(reported, d => Assert.Equal(AppPath, d.Location.GetLineSpan().Path));
        var messages = reported.Select(d => d.GetMessage(null)).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("names \"reboo\"", messages[0], StringComparison.Ordinal);
        Assert.EndsWith("did you mean 'reboot'?", messages[0], StringComparison.Ordinal);
        Assert.Equal(
            "The UntypedFunctions metadata names \"setvent\", which is not a function of contract 'VentController' (names are case-sensitive). Correct or remove the name; did you mean 'setVent'?",
            messages[1]);
        Assert.EndsWith("; its functions are configure, echo, reboot, setColor, setGain, setLevel, setVent.", messages[2], StringComparison.Ordinal);

        // The known name in the list still applies.
        Assert.DoesNotContain("SetColorAsync", FunctionArguments(run)!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_metadata_of_any_file_of_a_contract_applies_to_the_whole_contract()
    {
        var run = GeneratorHarness.Run(
        [
            new FirmwareFile("/fw/vent-controller/src/app.cpp", "#include \"handlers.h\"\nvoid setup() {\n    Particle.function(\"mode\", setMode);\n    Particle.function(\"level\", setLevel);\n}\n"),
            new FirmwareFile("/fw/vent-controller/src/handlers.h", "int setMode(String mode);\nint setLevel(String level);\n", UntypedFunctions: "mode"),
            new FirmwareFile("/fw/vent-controller/src/handlers.cpp", "int setMode(String mode) { if (mode == \"eco\") return 1; return -1; }\nint setLevel(String level) { int v = level.toInt(); if (v < 0) return -1; return 0; }\n", UntypedFunctions: "level"),
        ]);
        Assert.Null(FunctionArguments(run));
        Assert.Empty(Reported(run, "PCT1054"));
    }

    [Fact]
    public void The_metadata_reaches_the_pipeline_as_an_equatable_record_so_unrelated_edits_stay_cached()
    {
        var driver = GeneratorHarness.CreateDriver(Files("setVent;setColor"));
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class B { }", GeneratorHarness.ParseOptions)));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        var options = Assert.Single(steps[TrackingNames.FileOptions].SelectMany(s => s.Outputs));
        Assert.Equal(["setVent", "setColor"], ((FirmwareFileOptions)options.Value).UntypedFunctions.ToArray());
        foreach (var name in new[] { TrackingNames.FileOptions, TrackingNames.ContractGroups, TrackingNames.ContractInputs, TrackingNames.FunctionArgumentModels })
        {
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + o.Reason));
        }

        var group = (ContractGroup)Assert.Single(steps[TrackingNames.ContractGroups].SelectMany(s => s.Outputs)).Value;
        Assert.Equal(["setColor", "setVent"], group.UntypedFunctions.ToArray());
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a,b;c d\te", new[] { "a", "b", "c", "d", "e" })]
    [InlineData(",,a,,a,", new[] { "a" })]
    public void Name_lists_split_on_commas_semicolons_and_spaces(string? text, string[] expected)
    {
        Assert.Equal(expected, OptionsReader.NameList(text).ToArray());
    }
}
