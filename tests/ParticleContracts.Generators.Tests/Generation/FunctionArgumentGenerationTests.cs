using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>The typed function members: snapshot, warning-free compile, byte-identical output, incrementality.</summary>
public sealed class FunctionArgumentGenerationTests
{
    internal const string Firmware = """
        #include "Particle.h"

        #define VENT_OK 0
        #define VENT_BAD_POSITION -1

        int threshold = 0;
        double gain = 1.0;

        int setVent(String position) {
            if (position == "open") {
                return VENT_OK;
            } else if (position == "closed") {
                return VENT_OK;
            }
            return VENT_BAD_POSITION;
        }

        int setColor(String command) {
            int r, g, b;
            if (sscanf(command.c_str(), "%d,%d,%d", &r, &g, &b) != 3) {
                return -1;
            }
            RGB.color(r, g, b);
            return 1;
        }

        int configure(String json) {
            JSONValue root = JSONValue::parseCopy(json.c_str());
            JSONObjectIterator it(root);
            while (it.next()) {
                if (it.name() == "threshold") {
                    threshold = it.value().toInt();
                } else if (it.name() == "mode") {
                    Serial.println(it.value().toString().data());
                }
            }
            return 0;
        }

        int setLevel(String level) {
            return level.toInt() * 2;
        }

        int setGain(String value) {
            gain = value.toFloat();
            return 0;
        }

        int reboot(String arg) {
            System.reset();
            return 0;
        }

        int echo(String text) {
            Serial.println(text);
            return text.length();
        }

        void setup() {
            Particle.function("setVent", setVent);
            Particle.function("setColor", setColor);
            Particle.function("configure", configure);
            Particle.function("setLevel", setLevel);
            Particle.function("setGain", setGain);
            Particle.function("reboot", reboot);
            Particle.function("echo", echo);
        }
        """;

    internal static FirmwareFile[] Files(string text = Firmware) => [new FirmwareFile("/fw/vent-controller/src/app.cpp", text)];

    private static string Generated(GeneratorRun run) =>
        run.RunResult.GeneratedTrees.Single(t => t.FilePath.EndsWith("VentController.FunctionArguments.g.cs", StringComparison.Ordinal)).ToString();

    [Fact]
    public void Typed_members_enums_records_and_results_match_the_snapshot_and_compile_warning_free()
    {
        foreach (var framework in new[] { ConsumerFramework.Net100, ConsumerFramework.Net80 })
        {
            var run = GeneratorHarness.Run(Files(), framework);
            Snapshot.Verify("FunctionArguments.VentController", Generated(run));
            var problems = run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems.Select(p => p.ToString())));
        }
    }

    [Fact]
    public void Output_is_byte_identical_for_the_same_firmware()
    {
        Assert.Equal(Generated(GeneratorHarness.Run(Files())), Generated(GeneratorHarness.Run(Files())));
    }

    [Fact]
    public void Functions_without_a_narrower_grammar_get_no_typed_member_and_the_string_overload_stays()
    {
        var run = GeneratorHarness.Run(Files());
        var text = Generated(run);
        Assert.DoesNotContain("EchoAsync", text, StringComparison.Ordinal);
        var proxy = run.RunResult.GeneratedTrees.Single(t => t.FilePath.EndsWith("VentController.g.cs", StringComparison.Ordinal)).ToString();
        foreach (var member in new[] { "SetVentAsync", "SetColorAsync", "ConfigureAsync", "SetLevelAsync", "SetGainAsync", "RebootAsync", "EchoAsync" })
        {
            Assert.Contains("<int> " + member + "(string argument,", proxy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_file_when_no_function_has_a_narrower_grammar()
    {
        var run = GeneratorHarness.Run(Files("int echo(String text) { Serial.println(text); return 0; }\nvoid setup() { Particle.function(\"echo\", echo); }\n"));
        Assert.DoesNotContain(run.RunResult.GeneratedTrees, t => t.FilePath.EndsWith(".FunctionArguments.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_a_handler_body_re_emits_only_its_contracts_function_arguments()
    {
        FirmwareFile[] files = [.. Files(), .. GeneratorHarness.LoadSample("weather-station")];
        var driver = GeneratorHarness.CreateDriver(files, out var texts);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);

        var old = texts.Single(t => t.Path == files[0].Path);
        var edited = new InMemoryAdditionalText(files[0].Path, Firmware.Replace("position == \"closed\"", "position == \"shut\"", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var models = result.TrackedSteps[TrackingNames.FunctionArgumentModels].SelectMany(s => s.Outputs).ToArray();
        var changed = models.Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => ((FunctionArgumentModel)o.Value).TypeName).ToArray();
        Assert.Equal(["VentController"], changed);
        Assert.All(models.Where(o => ((FunctionArgumentModel)o.Value).TypeName != "VentController"), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("\"shut\"", Generated(new GeneratorRun(driver, compilation, [])), StringComparison.Ordinal);
    }
}
