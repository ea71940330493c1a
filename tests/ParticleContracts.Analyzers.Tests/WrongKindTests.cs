using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class WrongKindTests
{
    [Fact]
    public async Task Variable_name_passed_to_a_function_call_is_an_error()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.CallFunctionAsync("dev", {|#0:"temperature"|}, "1");
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.WrongCloudNameKind).WithLocation(0)
            .WithArguments("temperature", "variable", "function", "GetVariableAsync"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Function_name_passed_to_a_variable_read_is_an_error()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<int>("dev", {|#0:"setColor"|});
            await station.GetVariableAsync<int>({|#1:"resetStation"|});
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.WrongCloudNameKind).WithLocation(0)
            .WithArguments("setColor", "function", "variable", "CallFunctionAsync"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.WrongCloudNameKind).WithLocation(1)
            .WithArguments("resetStation", "function", "variable", "CallFunctionAsync"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Each_name_with_its_own_kind_is_silent()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<bool>("dev", "raining");
            await client.CallFunctionAsync("dev", "resetStation", "now");
            """));
        await test.RunAsync();
    }
}
