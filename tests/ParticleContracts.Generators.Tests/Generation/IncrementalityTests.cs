using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware.Assembly;
using ParticleContracts.Generators.Emit;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Pipeline;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>What the incremental pipeline re-runs after an edit (after NetEscapades.EnumGenerators' TestHelpers).</summary>
public sealed class IncrementalityTests
{
    private static ImmutableArray<FirmwareFile> TwoSamples() =>
        [.. GeneratorHarness.LoadSample("weather-station"), .. GeneratorHarness.LoadSample("tutorial-function")];

    [Fact]
    public void Editing_unrelated_csharp_leaves_every_firmware_step_cached_or_unchanged()
    {
        var driver = GeneratorHarness.CreateDriver(TwoSamples());
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer; internal static class B { }", GeneratorHarness.ParseOptions));
        driver = driver.RunGenerators(edited);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in TrackingNames.All)
        {
            Assert.True(steps.ContainsKey(name), $"Step {name} did not run.");
            foreach (var step in steps[name])
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(
                        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step {name} output was {reason} after an unrelated C# edit.");
                }
            }
        }

        Assert.All(
            driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_firmware_file_reparses_only_that_file_and_regenerates_only_its_contract()
    {
        var files = TwoSamples();
        var edited = files.Single(f => f.Path.EndsWith("tutorial-function.ino", StringComparison.Ordinal));
        var driver = GeneratorHarness.CreateDriver(files, out var texts);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);

        var oldText = texts.Single(t => t.Path == edited.Path);
        var newText = new InMemoryAdditionalText(edited.Path, edited.Text.Replace("Particle.function(\"setColor\", setColor);", "Particle.function(\"setColour\", setColor);", StringComparison.Ordinal));
        Assert.NotEqual(edited.Text, newText.GetText().ToString());
        driver = driver.ReplaceAdditionalText(oldText, newText).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        var parsed = result.TrackedSteps[TrackingNames.ParsedFiles];
        var reparsed = parsed.SelectMany(s => s.Outputs).Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).ToArray();
        var model = Assert.IsType<FirmwareFileModel>(Assert.Single(reparsed).Value);
        Assert.Equal(edited.Path, model.Path);

        var proxies = result.TrackedSteps[TrackingNames.ProxyModels].SelectMany(s => s.Outputs).ToArray();
        var regenerated = proxies.Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => ((ProxyModel)o.Value).TypeName).ToArray();
        Assert.Equal(["TutorialFunction"], regenerated);
        Assert.Contains(proxies, o => ((ProxyModel)o.Value).TypeName == "WeatherStation" && o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("\"setColour\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_one_firmware_file_reassembles_only_its_contract()
    {
        var files = TwoSamples();
        var edited = files.Single(f => f.Path.EndsWith("tutorial-function.ino", StringComparison.Ordinal));
        var driver = GeneratorHarness.CreateDriver(files, out var texts);
        var compilation = GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }");
        driver = driver.RunGenerators(compilation);

        var oldText = texts.Single(t => t.Path == edited.Path);
        var newText = new InMemoryAdditionalText(edited.Path, edited.Text.Replace("Particle.function(\"setColor\", setColor);", "Particle.function(\"setColour\", setColor);", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(oldText, newText).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        // The grouping step re-runs (one of its inputs changed) but outputs the other contract's group unchanged.
        var groups = result.TrackedSteps[TrackingNames.ContractGroups].SelectMany(s => s.Outputs).ToArray();
        Assert.Equal(2, groups.Length);
        var changedGroup = Assert.Single(groups, o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Assert.Equal("TutorialFunction", ((ContractGroup)changedGroup.Value).TypeName);
        var otherGroup = Assert.Single(groups, o => ((ContractGroup)o.Value).TypeName == "WeatherStation");
        Assert.Equal(IncrementalStepRunReason.Unchanged, otherGroup.Reason);

        // Assembly runs per contract: the unchanged contract's step is cached, only the edited contract is re-assembled.
        var assembled = result.TrackedSteps[TrackingNames.ContractInputs].ToArray();
        Assert.Equal(2, assembled.Length);
        var weather = Assert.Single(assembled, s => ((ContractInput)s.Outputs.Single().Value).TypeName == "WeatherStation");
        Assert.Equal(IncrementalStepRunReason.Cached, weather.Outputs.Single().Reason);
        var tutorial = Assert.Single(assembled, s => ((ContractInput)s.Outputs.Single().Value).TypeName == "TutorialFunction");
        Assert.Equal(IncrementalStepRunReason.Modified, tutorial.Outputs.Single().Reason);
        Assert.Contains(((ContractInput)tutorial.Outputs.Single().Value).Contract.Registrations, r => r.Kind == RegistrationKind.Function && r.Name == "setColour");
    }

    [Fact]
    public void No_tracked_step_output_holds_a_roslyn_object()
    {
        var driver = GeneratorHarness.CreateDriver(TwoSamples());
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation(ConsumerFramework.Net100, "namespace Consumer; internal static class A { }"));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in TrackingNames.All)
        {
            foreach (var output in steps[name].SelectMany(s => s.Outputs))
            {
                AssertRoslynFree(output.Value, name, []);
            }
        }
    }

    private static readonly Assembly RoslynCore = typeof(Compilation).Assembly;
    private static readonly Assembly RoslynCSharp = typeof(CSharpCompilation).Assembly;

    private static void AssertRoslynFree(object? value, string step, HashSet<object> visited)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !visited.Add(value))
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            type.Assembly == RoslynCore || type.Assembly == RoslynCSharp || value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or Diagnostic or SourceText,
            $"Step {step} outputs a Roslyn object: {type.FullName}.");
        Assert.False(type.IsArray, $"Step {step} outputs a bare array ({type.FullName}), which compares by reference.");

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertRoslynFree(item, step, visited);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                continue; // Walked through IEnumerable (EquatableArray wraps one).
            }

            AssertRoslynFree(field.GetValue(value), step, visited);
        }
    }
}
