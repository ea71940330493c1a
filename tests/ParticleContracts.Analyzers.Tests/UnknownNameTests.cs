using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class UnknownNameTests
{
    private const string AllContracts = "firmware contract of this project";
    private const string WeatherStationContract = "firmware contract 'WeatherStation'";

    private static DiagnosticResult UnknownName(int location, string kind, string name, string scope, string suffix) =>
        new DiagnosticResult(Descriptors.UnknownCloudName).WithLocation(location).WithArguments(kind, name, scope, suffix);

    [Fact]
    public async Task Client_variable_name_no_contract_declares_is_an_error_with_did_you_mean()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<double>("dev", {|#0:"temprature"|});
            """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "temprature", AllContracts, "; did you mean 'temperature'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Client_function_name_no_contract_declares_is_an_error_with_did_you_mean()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.CallFunctionAsync("dev", {|#0:"setColour"|}, "255,0,0");
            """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "function", "setColour", AllContracts, "; did you mean 'setColor'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Untyped_read_is_checked_too()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync("dev", {|#0:"humidty"|});
            """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "humidty", AllContracts, "; did you mean 'humidity'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Name_far_from_every_declared_name_lists_the_declared_names()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<int>("dev", {|#0:"sensor2"|});
            """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "sensor2", AllContracts, "; declared variables: humidity, location, raining, temperature"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Static_proxy_helpers_are_checked_like_the_client()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await ParticleDeviceCalls.GetVariableAsync<double>(client, "dev", {|#0:"temprature"|}, ct);
            await ParticleDeviceCalls.CallFunctionAsync(client, "dev", "setColor", "1", 1024, ct);
            """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "temprature", AllContracts, "; did you mean 'temperature'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Names_are_case_sensitive_like_the_device()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<double>("dev", {|#0:"Temperature"|});
            """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "Temperature", AllContracts, "; did you mean 'temperature'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Proxy_escape_hatch_is_checked_against_its_own_contract()
    {
        // "soilMoisture" exists, but in the Greenhouse contract: fine for the raw client, unknown to a WeatherStation.
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<int>("greenhouse-1", "soilMoisture");
            await station.GetVariableAsync<int>({|#0:"soilMoisture"|});
            await station.CallFunctionAsync({|#1:"setColour"|}, "1");
            """));
        test.TestState.AdditionalFiles.Add((Firmware.GreenhousePath, Firmware.Greenhouse));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "soilMoisture", WeatherStationContract, "; declared variables: humidity, location, raining, temperature"));
        test.ExpectedDiagnostics.Add(UnknownName(1, "function", "setColour", WeatherStationContract, "; did you mean 'setColor'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Const_field_and_const_local_names_are_resolved()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App(
            """
            const string local = "humidty";
            await client.GetVariableAsync<double>("dev", {|#0:Names.Temperature|});
            await client.GetVariableAsync<int>("dev", {|#1:local|});
            await client.GetVariableAsync<double>("dev", {|#2:Names.Prefix + "rature"|});
            """,
            """
            static class Names
            {
                public const string Temperature = "temprature";
                public const string Prefix = "tempa";
            }
            """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "temprature", AllContracts, "; did you mean 'temperature'?"));
        test.ExpectedDiagnostics.Add(UnknownName(1, "variable", "humidty", AllContracts, "; did you mean 'humidity'?"));
        test.ExpectedDiagnostics.Add(UnknownName(2, "variable", "temparature", AllContracts, "; did you mean 'temperature'?"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Correct_names_nameof_and_run_time_names_are_silent()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App(
            """
            await client.GetVariableAsync<double>("dev", "temperature");
            await client.GetVariableAsync<int>(deviceIdOrName: "dev", variableName: "humidity");
            await client.GetVariableAsync("dev", "location");
            await client.CallFunctionAsync("dev", "setColor", "255,0,0");
            await client.CallFunctionAsync("dev", "resetStation", "");
            await client.GetVariableAsync<double>("dev", nameof(Temprature));
            var runtimeName = System.Environment.GetEnvironmentVariable("NAME") ?? "x";
            await client.GetVariableAsync<double>("dev", runtimeName);
            await client.CallFunctionAsync("dev", $"{runtimeName}", "1");
            """,
            """
            static class Holder { }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_firmware_the_raw_client_is_not_checked()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.ClientOnlyApp("""
            await client.GetVariableAsync<double>("dev", "anything");
            await client.CallFunctionAsync("dev", "whatever", "1");
            """), withFirmware: false);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_name_registered_at_run_time_disables_unknown_names_of_that_kind_only()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App("""
            await client.GetVariableAsync<double>("dev", "dynamicVariable");
            await client.CallFunctionAsync("dev", {|#0:"noSuchFunction"|}, "1");
            """));
        test.TestState.AdditionalFiles.Add((Firmware.DynamicPath, Firmware.Dynamic));
        test.ExpectedDiagnostics.Add(UnknownName(0, "function", "noSuchFunction", AllContracts, "; declared functions: resetStation, setColor"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_replaces_the_literal_with_the_closest_name()
    {
        var test = new CodeFixTest<CloudCallAnalyzer, ReplaceNameCodeFixProvider>(
            Sources.App("""
                await client.GetVariableAsync<double>("dev", {|#0:"temprature"|});
                """),
            Sources.App("""
                await client.GetVariableAsync<double>("dev", "temperature");
                """));
        test.ExpectedDiagnostics.Add(UnknownName(0, "variable", "temprature", AllContracts, "; did you mean 'temperature'?"));
        test.CodeActionEquivalenceKey = ReplaceNameCodeFixProvider.EquivalenceKeyPrefix + "0";
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_replaces_every_unknown_name_with_its_own_closest_name()
    {
        var test = new CodeFixTest<CloudCallAnalyzer, ReplaceNameCodeFixProvider>(
            Sources.App("""
                await client.GetVariableAsync<double>("dev", {|PCT2001:"temprature"|});
                await client.GetVariableAsync<int>("dev", {|PCT2001:"humidty"|});
                await client.CallFunctionAsync("dev", {|PCT2001:"setColour"|}, "1");
                await station.GetVariableAsync<bool>({|PCT2001:"raning"|});
                await client.GetVariableAsync<int>("dev", {|PCT2001:"sensor2"|});
                """),
            Sources.App("""
                await client.GetVariableAsync<double>("dev", "temperature");
                await client.GetVariableAsync<int>("dev", "humidity");
                await client.CallFunctionAsync("dev", "setColor", "1");
                await {|PCT2004:station.GetVariableAsync<bool>("raining")|};
                await client.GetVariableAsync<int>("dev", {|PCT2001:"sensor2"|});
                """));
        test.CodeActionEquivalenceKey = ReplaceNameCodeFixProvider.EquivalenceKeyPrefix + "0";
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_offers_every_suggestion_as_its_own_action()
    {
        var test = new CodeFixTest<CloudCallAnalyzer, ReplaceNameCodeFixProvider>(
            Sources.App("""
                await client.GetVariableAsync<int>("dev", {|PCT2001:"level"|});
                """),
            Sources.App("""
                await client.GetVariableAsync<int>("dev", "level2");
                """));
        test.TestState.AdditionalFiles.Add((Firmware.LevelsPath, Firmware.Levels));
        test.CodeActionEquivalenceKey = ReplaceNameCodeFixProvider.EquivalenceKeyPrefix + "1";
        test.CodeActionIndex = 1;
        await test.RunAsync();
    }
}
