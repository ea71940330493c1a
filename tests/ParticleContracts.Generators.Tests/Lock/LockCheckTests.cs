using Microsoft.CodeAnalysis;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Lock;
using ParticleContracts.Generators.Pipeline;
using ParticleContracts.Generators.Tests.Generation;

namespace ParticleContracts.Generators.Tests.Lock;

/// <summary>The generator compares each contract with its entry in <c>particle-contracts.lock.json</c> (PCT1100–PCT1105).</summary>
public sealed class LockCheckTests
{
    private const string Firmware = """
        int level;
        int watts;
        void setup() {
            Particle.variable("level", level);
            Particle.variable("watts", watts);
            Particle.variable("on", level);
        }
        """;

    private const string Lock = """
        {
          "lockVersion": 1,
          "contracts": [
            {
              "name": "Lamp",
              "root": ".",
              "variables": [
                { "name": "label", "type": "string", "cppType": "String", "form": "reference" },
                { "name": "level", "type": "int32", "cppType": "int", "form": "reference" },
                { "name": "watts", "type": "double", "cppType": "double", "form": "reference" }
              ],
              "functions": []
            }
          ]
        }
        """;

    private static GeneratorRun Build(string lockText, IReadOnlyDictionary<string, string>? options = null, string lockPath = "/fw/lamp/particle-contracts.lock.json") =>
        GeneratorHarness.Run([new FirmwareFile("/fw/lamp/lamp.ino", Firmware), new FirmwareFile(lockPath, lockText)], globalOptions: options);

    private static Diagnostic Single(GeneratorRun run, string id) =>
        Assert.Single(run.Result.Diagnostics, d => d.Id == id);

    /// <summary>The severity before the harness's warnings-as-errors option promoted a default-warning rule.</summary>
    private static DiagnosticSeverity Reported(Diagnostic diagnostic) =>
        diagnostic.IsWarningAsError ? DiagnosticSeverity.Warning : diagnostic.Severity;

    /// <summary>The lock check's own output, before the compilation's options filter it.</summary>
    private static IReadOnlyList<Diagnostic> Checked(GeneratorRun run) =>
        run.Result.TrackedSteps[TrackingNames.LockChecks]
            .SelectMany(s => s.Outputs)
            .SelectMany(o => (EquatableArray<FirmwareDiagnostic>)o.Value)
            .Select(FirmwareDiagnosticReporter.ToRoslyn)
            .ToList();

    [Fact]
    public void A_removed_locked_variable_is_an_error_at_its_lock_entry_naming_the_consequence()
    {
        var diagnostic = Single(Build(Lock), "PCT1100");
        Assert.Equal(DiagnosticSeverity.Error, Reported(diagnostic));
        Assert.Equal(
            "Variable 'label' of contract Lamp is in particle-contracts.lock.json but the firmware no longer registers it: apps built against the lock will get 404 Unknown Variable. Restore it, or raise PRODUCT_VERSION and run 'particle-contracts lock'.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/fw/lamp/particle-contracts.lock.json", span.Path);
        Assert.Equal(8, span.StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_changed_cloud_type_is_an_error_at_the_registration()
    {
        var diagnostic = Single(Build(Lock), "PCT1101");
        Assert.Equal(DiagnosticSeverity.Error, Reported(diagnostic));
        Assert.Equal(
            "Variable 'watts' of contract Lamp has type int32, but particle-contracts.lock.json records double: apps built against the lock will read the value as the wrong type. Restore it, or raise PRODUCT_VERSION and run 'particle-contracts lock'.",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/fw/lamp/lamp.ino", 5), (span.Path, span.StartLinePosition.Line + 1));
    }

    [Fact]
    public void A_new_member_is_info_and_cosmetic_changes_are_silent()
    {
        var run = Build(Lock.Replace("\"cppType\": \"int\"", "\"cppType\": \"int32_t\"", StringComparison.Ordinal));
        var diagnostic = Single(run, "PCT1103");
        Assert.Equal(DiagnosticSeverity.Info, Reported(diagnostic));
        Assert.Contains("Variable 'on' of contract Lamp is not in particle-contracts.lock.json; run 'particle-contracts lock' to record it.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(2, run.Result.Diagnostics.Count(d => d.Id.StartsWith("PCT110", StringComparison.Ordinal) && d.Id != "PCT1103"));
    }

    [Fact]
    public void ParticleContractLockSeverity_turns_breaking_changes_into_warnings_and_rejects_other_values()
    {
        var run = Build(Lock, new Dictionary<string, string> { ["build_property.ParticleContractLockSeverity"] = "Warning" });
        Assert.Equal(DiagnosticSeverity.Warning, Checked(run).Single(d => d.Id == "PCT1100").Severity);
        Assert.Equal(DiagnosticSeverity.Warning, Checked(run).Single(d => d.Id == "PCT1101").Severity);

        run = Build(Lock, new Dictionary<string, string> { ["build_property.ParticleContractLockSeverity"] = "loud" });
        Assert.Equal(DiagnosticSeverity.Error, Checked(run).Single(d => d.Id == "PCT1100").Severity);
        Assert.Contains("'loud' is neither Error nor Warning", Single(run, "PCT1105").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_lock_is_a_warning_at_the_problem_and_nothing_is_compared()
    {
        var run = Build("{\n  \"lockVersion\": 1,\n  \"contracts\": [ { \"name\": 12 } ]\n}\n");
        var diagnostic = Single(run, "PCT1104");
        Assert.Equal(DiagnosticSeverity.Warning, Reported(diagnostic));
        Assert.Contains("has a contract without a \"name\"", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id is "PCT1100" or "PCT1101" or "PCT1103");

        run = Build("{ \"lockVersion\": 2, \"contracts\": [] }");
        Assert.Contains("newer than this tool reads (1)", Single(run, "PCT1104").GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_elsewhere_matches_by_root_and_a_lock_for_another_contract_is_ignored()
    {
        var run = Build(Lock.Replace("\"root\": \".\"", "\"root\": \"lamp\"", StringComparison.Ordinal).Replace("\"Lamp\"", "\"Renamed\"", StringComparison.Ordinal), lockPath: "/fw/contracts.lock.json");
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id == "PCT1100");

        run = GeneratorHarness.Run(
            [new FirmwareFile("/fw/lamp/lamp.ino", Firmware), new FirmwareFile("/fw/locks/all.json", Lock.Replace("\"root\": \".\"", "\"root\": \"../lamp\"", StringComparison.Ordinal))],
            globalOptions: null);
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id == "PCT1100");
    }

    [Fact]
    public void A_higher_product_version_turns_breaking_changes_into_warnings_that_name_them()
    {
        var contract = FirmwareReader.Read([new FirmwareSource("/fw/lamp/lamp.ino", Firmware)]).Single() with { ProductVersion = 4 };
        var lockFile = LockFile.Read("/fw/lamp/particle-contracts.lock.json", Lock.Replace("\"root\": \".\",", "\"root\": \".\", \"productVersion\": 3,", StringComparison.Ordinal));
        var diagnostics = LockCheck.Run(contract, [lockFile], LockCheckOptions.Parse(null));

        var versioned = diagnostics.Where(d => d.Id == "PCT1102").ToList();
        Assert.Equal(2, versioned.Count);
        Assert.All(versioned, d => Assert.Equal(FirmwareSeverity.Warning, d.Severity));
        Assert.Contains(versioned, d => d.Message == "variable 'label' removed since particle-contracts.lock.json (PRODUCT_VERSION 3 → 4): apps built against the lock will get 404 Unknown Variable. Run 'particle-contracts lock' to record the new contract.");
        Assert.Contains(versioned, d => d.Message.StartsWith("variable 'watts' type double → int32 since", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Id is "PCT1100" or "PCT1101");

        var same = LockCheck.Run(contract with { ProductVersion = 3 }, [lockFile], LockCheckOptions.Parse(null));
        Assert.Contains(same, d => d.Id == "PCT1100");
    }

    [Fact]
    public void PRODUCT_VERSION_in_the_firmware_is_read_and_a_bump_reports_PCT1102_from_the_generator()
    {
        var run = GeneratorHarness.Run(
            [new FirmwareFile("/fw/lamp/lamp.ino", "PRODUCT_VERSION(0x4);\n" + Firmware), new FirmwareFile("/fw/lamp/particle-contracts.lock.json", Lock.Replace("\"root\": \".\",", "\"root\": \".\", \"productVersion\": 3,", StringComparison.Ordinal))],
            globalOptions: null);
        Assert.Equal(2, run.Result.Diagnostics.Count(d => d.Id == "PCT1102"));
        Assert.DoesNotContain(run.Result.Diagnostics, d => d.Id is "PCT1100" or "PCT1101");
        Assert.Equal(4, FirmwareReader.Read([new FirmwareSource("a.ino", "PRODUCT_VERSION(4);\nvoid setup() {}\n")]).Single().ProductVersion);
        Assert.Null(FirmwareReader.Read([new FirmwareSource("a.ino", "void setup() { PRODUCT_VERSION(4); }\n#if 0\nPRODUCT_VERSION(5);\n#endif\n")]).Single().ProductVersion);
    }

    [Fact]
    public void Lock_steps_hold_only_equatable_roslyn_free_values_and_stay_cached_after_a_csharp_edit()
    {
        var driver = GeneratorHarness.CreateDriver([new FirmwareFile("/fw/lamp/lamp.ino", Firmware), new FirmwareFile("/fw/lamp/particle-contracts.lock.json", Lock)]);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.IsType<LockFile>(Assert.Single(first[TrackingNames.LockFiles].SelectMany(s => s.Outputs)).Value);
        Assert.IsType<EquatableArray<FirmwareDiagnostic>>(Assert.Single(first[TrackingNames.LockChecks].SelectMany(s => s.Outputs)).Value);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace Consumer; internal static class B { }", GeneratorHarness.ParseOptions)));
        var second = driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.All(second[TrackingNames.LockChecks].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }
}
