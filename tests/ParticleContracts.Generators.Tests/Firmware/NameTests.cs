using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class NameTests
{
    [Theory]
    [InlineData("", "\"temp\"", "temp")]
    [InlineData("#define TEMP_NAME \"temp\"", "TEMP_NAME", "temp")]
    [InlineData("#define BASE \"temp\"\n#define TEMP_NAME BASE", "TEMP_NAME", "temp")]
    [InlineData("const char* TEMP_NAME = \"temp\";", "TEMP_NAME", "temp")]
    [InlineData("const char TEMP_NAME[] = \"temp\";", "TEMP_NAME", "temp")]
    [InlineData("constexpr const char* TEMP_NAME = \"temp\";", "TEMP_NAME", "temp")]
    [InlineData("static const char* const TEMP_NAME = \"temp\";", "TEMP_NAME", "temp")]
    [InlineData("static const String TEMP_NAME = \"temp\";", "TEMP_NAME", "temp")]
    [InlineData("", "String(\"temp\")", "temp")]
    [InlineData("", "\"te\" \"mp\"", "temp")]
    [InlineData("#define PREFIX \"te\"", "PREFIX \"mp\"", "temp")]
    [InlineData("", "u8\"temp\"", "temp")]
    [InlineData("", "R\"(temp)\"", "temp")]
    [InlineData("", "\"t\\x65mp\"", "temp")]
    public void Constant_names_are_resolved(string globals, string nameExpression, string expected)
    {
        var contract = Contract(InSetup(globals + "\ndouble value;", "Particle.variable(" + nameExpression + ", value);"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(expected, registration.Name);
        Assert.DoesNotContain("PCT1011", Ids(contract));
    }

    [Fact]
    public void A_define_from_a_header_of_the_same_project_names_the_registration()
    {
        var registration = Single(InSetup("#include \"names.h\"\nint level;", "Particle.variable(LEVEL_NAME, level);"), ("proj/src/names.h", "#pragma once\n#define LEVEL_NAME \"level\"\n"));
        Assert.Equal("level", registration.Name);
        Assert.Equal("LEVEL_NAME", registration.NameExpression);
    }

    [Theory]
    [InlineData("char nameBuffer[16];", "nameBuffer")]
    [InlineData("String dynamicName;", "dynamicName")]
    [InlineData("char* variableName = \"x\";", "variableName")]
    [InlineData("", "String(millis())")]
    public void Run_time_names_are_null_with_the_expression_and_a_diagnostic(string globals, string nameExpression)
    {
        var contract = Contract(InSetup(globals + "\nint value;", "Particle.variable(" + nameExpression + ", value);"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Null(registration.Name);
        Assert.Equal(nameExpression, registration.NameExpression);
        var diagnostic = Assert.Single(contract.Diagnostics);
        Assert.Equal("PCT1011", diagnostic.Id);
        Assert.Equal(registration.Location.Line, diagnostic.Location.Line);
    }

    [Fact]
    public void A_parameter_name_is_a_run_time_name()
    {
        var code = "int value;\nvoid registerAs(const char* name) {\n    Particle.variable(name, value);\n}\nvoid setup() { registerAs(\"v\"); }\n";
        var contract = Contract(code);
        var registration = Assert.Single(contract.Registrations);
        Assert.Null(registration.Name);
        Assert.Contains("PCT1011", Ids(contract));
    }

    [Fact]
    public void A_member_name_set_elsewhere_is_a_run_time_name()
    {
        var code = "class Sensor {\npublic:\n    void begin() {\n        Particle.variable(cloudName, reading);\n    }\n    const char* cloudName;\n    int reading;\n};\n";
        var registration = Single(code);
        Assert.Null(registration.Name);
        Assert.Equal("cloudName", registration.NameExpression);
    }
}
