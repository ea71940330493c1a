using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class TypeMismatchTests
{
    [Fact]
    public async Task Reading_a_double_as_string_is_an_error()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<{|#0:string|}>("dev", "temperature");
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.VariableTypeMismatch).WithLocation(0)
            .WithArguments("temperature", "double", "double", "string"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Every_cloud_type_maps_to_one_CSharp_type()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<{|#0:long|}>("dev", "humidity");
            await client.GetVariableAsync<{|#1:int|}>("dev", "raining");
            await client.GetVariableAsync<{|#2:float|}>("dev", "temperature");
            await station.GetVariableAsync<{|#3:int|}>("location");
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.VariableTypeMismatch).WithLocation(0).WithArguments("humidity", "int32", "int", "long"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.VariableTypeMismatch).WithLocation(1).WithArguments("raining", "bool", "bool", "int"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.VariableTypeMismatch).WithLocation(2).WithArguments("temperature", "double", "double", "float"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.VariableTypeMismatch).WithLocation(3).WithArguments("location", "string", "string", "int"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Matching_generic_and_untyped_reads_are_silent()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App(
            """
            await client.GetVariableAsync<double>("dev", "temperature");
            await client.GetVariableAsync<int>("dev", "humidity");
            await client.GetVariableAsync<bool>("dev", "raining");
            await client.GetVariableAsync<string>("dev", "location");
            await client.GetVariableAsync<string?>("dev", "location");
            await client.GetVariableAsync("dev", "temperature");
            await Reader.ReadAsync<string>(client);
            """,
            """
            static class Reader
            {
                public static Task<T> ReadAsync<T>(ParticleCloudClient client) => client.GetVariableAsync<T>("dev", "temperature");
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_changes_the_type_argument()
    {
        var test = new CodeFixTest<CloudCallAnalyzer, UseFirmwareTypeCodeFixProvider>(
            Sources.App("""
                double value = await client.GetVariableAsync<{|PCT2003:string|}>("dev", "temperature");
                """),
            Sources.App("""
                double value = await client.GetVariableAsync<double>("dev", "temperature");
                """));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_changes_every_type_argument()
    {
        var test = new CodeFixTest<CloudCallAnalyzer, UseFirmwareTypeCodeFixProvider>(
            Sources.App("""
                var a = await client.GetVariableAsync<{|PCT2003:string|}>("dev", "temperature");
                var b = await client.GetVariableAsync<{|PCT2003:double|}>("dev", "humidity");
                var c = await client.GetVariableAsync<{|PCT2003:int|}>("dev", "raining");
                var d = await station.GetVariableAsync<{|PCT2003:bool|}>("location", ct);
                """),
            Sources.App("""
                var a = await client.GetVariableAsync<double>("dev", "temperature");
                var b = await client.GetVariableAsync<int>("dev", "humidity");
                var c = await client.GetVariableAsync<bool>("dev", "raining");
                var d = await {|PCT2004:station.GetVariableAsync<string>("location", ct)|};
                """));
        test.CodeActionEquivalenceKey = UseFirmwareTypeCodeFixProvider.EquivalenceKey;
        await test.RunAsync();
    }
}
