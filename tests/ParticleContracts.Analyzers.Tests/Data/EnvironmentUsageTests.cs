using Microsoft.CodeAnalysis.Testing;
using ParticleContracts.CodeFixes;
using ParticleContracts.Generators.Analyzers;

namespace ParticleContracts.Analyzers.Tests.Data;

public sealed class EnvironmentUsageTests
{
    private const string Scope = "var scope = ParticleEnvironmentScope.ForDevice(\"d\");\n";

    private static DiagnosticResult Unknown(string name, string suffix) =>
        new DiagnosticResult(Descriptors.Find("PCT2032")!).WithLocation(0).WithArguments(name, suffix);

    private static DiagnosticResult RejectedInt(string name, string value) =>
        new DiagnosticResult(Descriptors.Find("PCT2033")!).WithLocation(0)
            .WithArguments(name, value, "a 32-bit signed decimal integer", "int&", "a whole number such as \"30\"");

    private static DiagnosticResult RejectedBool(string name, string value) =>
        new DiagnosticResult(Descriptors.Find("PCT2033")!).WithLocation(0)
            .WithArguments(name, value, "exactly true or false", "bool&", "\"true\" or \"false\"");

    [Theory]
    [InlineData("""await client.SetEnvironmentVariableAsync(scope, {|#0:"REPORT_INTERVALL"|}, "30");""")]
    [InlineData("""await client.UpdateEnvironmentAsync(scope, [ParticleEnvironmentOperation.Set({|#0:"REPORT_INTERVALL"|}, "30")]);""")]
    public async Task A_name_no_firmware_reads_is_a_warning_with_did_you_mean(string statement)
    {
        var test = DataFirmware.Test<EnvironmentUsageAnalyzer>(Scope + statement);
        test.ExpectedDiagnostics.Add(Unknown("REPORT_INTERVALL", "; did you mean 'REPORT_INTERVAL'?"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("+3")]
    [InlineData(" 30")]
    [InlineData("3000000000")]
    [InlineData("")]
    public async Task An_int_value_the_decoder_rejects_is_a_warning(string value)
    {
        var test = DataFirmware.Test<EnvironmentUsageAnalyzer>(Scope + $$"""
            await client.SetEnvironmentVariableAsync(scope, "REPORT_INTERVAL", {|#0:"{{value}}"|});
            """);
        test.ExpectedDiagnostics.Add(RejectedInt("REPORT_INTERVAL", value));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("True")]
    [InlineData("1")]
    [InlineData("yes")]
    public async Task A_bool_value_the_decoder_rejects_is_a_warning(string value)
    {
        var test = DataFirmware.Test<EnvironmentUsageAnalyzer>(Scope + $$"""
            await client.UpdateEnvironmentAsync(scope, [ParticleEnvironmentOperation.Set("ENABLE_DEBUG", {|#0:"{{value}}"|})]);
            """);
        test.ExpectedDiagnostics.Add(RejectedBool("ENABLE_DEBUG", value));
        await test.RunAsync();
    }

    [Fact]
    public async Task Values_the_decoders_accept_and_unchecked_calls_are_fine()
    {
        var test = DataFirmware.Test<EnvironmentUsageAnalyzer>(Scope + """
            await client.SetEnvironmentVariableAsync(scope, "REPORT_INTERVAL", "30");
            await client.SetEnvironmentVariableAsync(scope, "REPORT_INTERVAL", "-2147483648");
            await client.SetEnvironmentVariableAsync(scope, "ENABLE_DEBUG", "false");
            await client.SetEnvironmentVariableAsync(scope, "ENDPOINT", "1.5 True anything");
            await client.SetEnvironmentVariableAsync(scope, "PARTICLE_WIFI_ENABLE", "true");
            await client.DeleteEnvironmentVariableAsync(scope, "NOT_READ");
            await client.UpdateEnvironmentAsync(scope, [ParticleEnvironmentOperation.Unset("NOT_READ"), ParticleEnvironmentOperation.Set("ENABLE_DEBUG", "true")]);
            var value = System.Environment.GetEnvironmentVariable("V") ?? "x";
            await client.SetEnvironmentVariableAsync(scope, "REPORT_INTERVAL", value);
            await client.SetEnvironmentVariableAsync(scope, value, "1.5");
            """);
        await test.RunAsync();
    }

    [Fact]
    public async Task A_variable_read_as_int_by_one_contract_and_string_by_another_is_checked_as_int()
    {
        var test = DataFirmware.Test<EnvironmentUsageAnalyzer>(
            Scope + """
            await client.SetEnvironmentVariableAsync(scope, "REPORT_INTERVAL", {|#0:"soon"|});
            """,
            ("/firmware/reader/src/reader.cpp", DataFirmware.Reader));
        test.ExpectedDiagnostics.Add(RejectedInt("REPORT_INTERVAL", "soon"));
        await test.RunAsync();
    }

    [Fact]
    public async Task A_project_without_environment_variables_is_not_checked()
    {
        var test = new AnalyzerTest<EnvironmentUsageAnalyzer>(Sources.ClientOnlyApp(Scope + """
            await client.SetEnvironmentVariableAsync(scope, "ANYTHING", "1.5");
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task The_replace_name_fix_uses_the_suggested_variable_name()
    {
        var test = new CodeFixTest<EnvironmentUsageAnalyzer, ReplaceNameCodeFixProvider>(
            Sources.ClientOnlyApp(Scope + """
                await client.SetEnvironmentVariableAsync(scope, {|#0:"ENABLE_DEBUGG"|}, "true");
                """),
            Sources.ClientOnlyApp(Scope + """
                await client.SetEnvironmentVariableAsync(scope, "ENABLE_DEBUG", "true");
                """));
        test.TestState.AdditionalFiles.Add((DataFirmware.Path, DataFirmware.Station));
        test.ExpectedDiagnostics.Add(Unknown("ENABLE_DEBUGG", "; did you mean 'ENABLE_DEBUG'?"));
        await test.RunAsync();
    }
}
