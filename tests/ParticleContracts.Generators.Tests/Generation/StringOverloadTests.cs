using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Firmware;
using ParticleContracts.Generators.Firmware.Assembly;

namespace ParticleContracts.Generators.Tests.Generation;

/// <summary>
/// Inference never makes a call impossible: every function of every sample firmware (typed or not, opted out or not)
/// keeps its raw <c>string</c> member on the proxy, next to any typed overload.
/// </summary>
public sealed class StringOverloadTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var name in GeneratorHarness.SampleNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_function_keeps_its_string_member(string sample)
    {
        var files = GeneratorHarness.LoadSample(sample);
        AssertStringMembers(files, GeneratorHarness.Run(files));
    }

    [Fact]
    public void Every_function_of_the_typed_vent_firmware_keeps_its_string_member_also_when_listed_untyped()
    {
        AssertStringMembers(FunctionArgumentGenerationTests.Files(), GeneratorHarness.Run(FunctionArgumentGenerationTests.Files()));
        FirmwareFile[] untyped = [new FirmwareFile("/fw/vent-controller/src/app.cpp", FunctionArgumentGenerationTests.Firmware, UntypedFunctions: "setVent,setColor")];
        AssertStringMembers(untyped, GeneratorHarness.Run(untyped));
    }

    private static void AssertStringMembers(IEnumerable<FirmwareFile> files, GeneratorRun run)
    {
        var contracts = FirmwareReader.Read(files.Select(file => new FirmwareSource(file.Path, file.Text)));
        var checkedFunctions = 0;
        foreach (var contract in contracts)
        {
            var typeName = contract.Name;
            var proxy = run.RunResult.GeneratedTrees.Single(t => t.FilePath.EndsWith("." + typeName + ".g.cs", StringComparison.Ordinal)).ToString();
            foreach (var named in ProxyMemberNames.Assign(contract, typeName).Members)
            {
                if (named.Registration.Kind == RegistrationKind.Function && named.MemberName is { } member)
                {
                    Assert.Contains("<int> " + member + "(string argument,", proxy, StringComparison.Ordinal);
                    checkedFunctions++;
                }
            }
        }

        Assert.Equal(contracts.Sum(c => c.Registrations.Count(r => r.Kind == RegistrationKind.Function && r.Name is not null)), checkedFunctions);
    }
}
