using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class PreferTypedMemberTests
{
    [Fact]
    public async Task Escape_hatch_with_a_declared_name_suggests_the_typed_member()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await {|#0:station.GetVariableAsync<double>("temperature")|};
            await {|#1:station.CallFunctionAsync("setColor", "255,0,0", ct)|};
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.PreferTypedMember).WithLocation(0)
            .WithArguments("station.GetVariableAsync<double>", "GetTemperatureAsync"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.PreferTypedMember).WithLocation(1)
            .WithArguments("station.CallFunctionAsync", "SetColorAsync"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Raw_client_calls_run_time_names_and_typed_members_are_silent()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<double>("dev", "temperature");
            await client.CallFunctionAsync("dev", "setColor", "1");
            var name = System.Environment.GetEnvironmentVariable("NAME") ?? "temperature";
            await station.GetVariableAsync<double>(name);
            await station.GetTemperatureAsync(ct);
            await station.SetColorAsync("1", ct);
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_rewrites_a_variable_read_to_the_typed_member()
    {
        var test = new CodeFixTest<CloudCallAnalyzer, UseTypedMemberCodeFixProvider>(
            Sources.App("""
                var temperature = await {|PCT2004:station.GetVariableAsync<double>("temperature")|};
                """),
            Sources.App("""
                var temperature = await station.GetTemperatureAsync();
                """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_rewrites_every_escape_hatch_call_keeping_the_other_arguments()
    {
        var test = new CodeFixTest<CloudCallAnalyzer, UseTypedMemberCodeFixProvider>(
            Sources.App("""
                var a = await {|PCT2004:station.GetVariableAsync<double>("temperature", ct)|};
                var b = await {|PCT2004:station.GetVariableAsync<int>(cancellationToken: ct, name: "humidity")|};
                var c = await {|PCT2004:station.CallFunctionAsync("setColor", "255,0,0")|};
                var d = await {|PCT2004:station.CallFunctionAsync(argument: "now", name: "resetStation", cancellationToken: ct)|};
                var e = await {|PCT2004:station.GetVariableAsync<string>(Names.Location)|};
                """,
                """
                static class Names
                {
                    public const string Location = "location";
                }
                """),
            Sources.App("""
                var a = await station.GetTemperatureAsync(ct);
                var b = await station.GetHumidityAsync(cancellationToken: ct);
                var c = await station.SetColorAsync("255,0,0");
                var d = await station.ResetStationAsync(argument: "now", cancellationToken: ct);
                var e = await station.GetLocationAsync();
                """,
                """
                static class Names
                {
                    public const string Location = "location";
                }
                """));
        test.CodeActionEquivalenceKey = UseTypedMemberCodeFixProvider.EquivalenceKey;
        await test.RunAsync();
    }
}
