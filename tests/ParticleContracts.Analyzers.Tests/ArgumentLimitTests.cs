using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests;

public sealed class ArgumentLimitTests
{
    private static DiagnosticResult TooLong(int location, string function, int bytes, int limit) =>
        new DiagnosticResult(Descriptors.FunctionArgumentTooLong).WithLocation(location).WithArguments(function, bytes, limit);

    [Fact]
    public async Task Argument_over_the_default_1024_bytes_is_an_error()
    {
        var atLimit = new string('a', 1024);
        var overLimit = new string('a', 1025);
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App($$"""
            await client.CallFunctionAsync("dev", "setColor", "{{atLimit}}");
            await client.CallFunctionAsync("dev", "setColor", {|#0:"{{overLimit}}"|});
            """));
        test.ExpectedDiagnostics.Add(TooLong(0, "setColor", 1025, 1024));
        await test.RunAsync();
    }

    [Fact]
    public async Task Limit_comes_from_the_ParticleFunctionArgumentLimit_property_and_counts_UTF8_bytes()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App(
            $$"""
            await client.CallFunctionAsync("dev", "setColor", "{{new string('a', 63)}}");
            await client.CallFunctionAsync("dev", "setColor", {|#0:"{{new string('a', 64)}}"|});
            await client.CallFunctionAsync("dev", "setColor", {|#1:"{{new string('é', 32)}}"|});
            await {|PCT2004:station.CallFunctionAsync("resetStation", {|#2:Arguments.Long|})|};
            await station.SetColorAsync({|#3:Arguments.Long|}, ct);
            await station.SetColorAsync(argument: {|#4:"{{new string('b', 70)}}"|});
            """,
            $$"""
            static class Arguments
            {
                public const string Long = "{{new string('c', 40)}}" + "{{new string('d', 40)}}";
            }
            """));
        TestSetup.SetGlobalOptions(test.TestState, ("build_property.ParticleFunctionArgumentLimit", "63"));
        test.ExpectedDiagnostics.Add(TooLong(0, "setColor", 64, 63));
        test.ExpectedDiagnostics.Add(TooLong(1, "setColor", 64, 63));
        test.ExpectedDiagnostics.Add(TooLong(2, "resetStation", 80, 63));
        test.ExpectedDiagnostics.Add(TooLong(3, "setColor", 80, 63));
        test.ExpectedDiagnostics.Add(TooLong(4, "setColor", 70, 63));
        await test.RunAsync();
    }

    [Fact]
    public async Task Run_time_arguments_and_an_invalid_limit_fall_back_safely()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App($$"""
            var argument = new string('x', 5000);
            await client.CallFunctionAsync("dev", "setColor", argument);
            await station.SetColorAsync(argument);
            await client.CallFunctionAsync("dev", "setColor", "{{new string('a', 1000)}}");
            """));
        TestSetup.SetGlobalOptions(test.TestState, ("build_property.ParticleFunctionArgumentLimit", "not-a-number"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Argument_limit_is_checked_without_firmware_too()
    {
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.ClientOnlyApp($$"""
            await client.CallFunctionAsync("dev", "anyFunction", {|#0:"{{new string('z', 623)}}"|});
            await client.CallFunctionAsync("dev", "anyFunction", "{{new string('z', 622)}}");
            """), withFirmware: false);
        TestSetup.SetGlobalOptions(test.TestState, ("build_property.ParticleFunctionArgumentLimit", "622"));
        test.ExpectedDiagnostics.Add(TooLong(0, "anyFunction", 623, 622));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_an_explicit_limit_each_proxy_uses_its_targets_limit_and_the_raw_client_the_smallest()
    {
        // The weather station targets the default Device OS (1024 bytes); a second project targets 2.3.1 (622 bytes).
        var test = new AnalyzerTest<CloudCallAnalyzer>(Sources.App(
            $$"""
            await station.SetColorAsync("{{new string('a', 1000)}}");
            await legacy.PingAsync({|#0:"{{new string('b', 700)}}"|});
            await legacy.PingAsync("{{new string('b', 622)}}");
            await client.CallFunctionAsync("dev", "setColor", {|#1:"{{new string('c', 700)}}"|});
            """,
            """
            static class Extra
            {
                public static LegacyNode Legacy(ParticleCloudClient client) => new LegacyNode(client, "dev");
            }
            """).Replace("WeatherStation station, CancellationToken ct)", "WeatherStation station, LegacyNode legacy, CancellationToken ct)"));
        test.TestState.AdditionalFiles.Add(("/firmware/legacy-node/src/legacy-node.ino", "int ping(String arg) { return 1; }\nvoid setup() { Particle.function(\"ping\", ping); }\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/firmware/legacy-node/.editorconfig", "root = false\n[*.ino]\nbuild_metadata.AdditionalFiles.ParticleDeviceOS = 2.3.1\n"));
        test.ExpectedDiagnostics.Add(TooLong(0, "ping", 700, 622));
        test.ExpectedDiagnostics.Add(TooLong(1, "setColor", 700, 622));
        await test.RunAsync();
    }
}
