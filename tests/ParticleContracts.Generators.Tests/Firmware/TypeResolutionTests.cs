using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class TypeResolutionTests
{
    [Fact]
    public void Extern_declaration_in_a_header_with_the_definition_in_another_file()
    {
        var contract = Contract(
            InSetup("#include \"globals.h\"", "Particle.variable(\"temp\", temperature);"),
            ("proj/src/globals.h", "#pragma once\nextern double temperature;\n"),
            ("proj/src/globals.cpp", "#include \"globals.h\"\ndouble temperature = 20.0;\n"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(("double", CloudType.Double), (registration.CppType, registration.CloudType));
        Assert.Equal("proj/src/globals.cpp", registration.DeclarationLocation?.File);
    }

    [Fact]
    public void Extern_declaration_alone_is_enough()
    {
        var registration = Single(InSetup("extern int counter;", "Particle.variable(\"counter\", counter);"));
        Assert.Equal(("int", CloudType.Int32), (registration.CppType, registration.CloudType));
    }

    [Fact]
    public void Static_local_is_resolved_and_does_not_dangle()
    {
        var contract = Contract(InSetup(string.Empty, "static int boots = 0;\nParticle.variable(\"boots\", boots);"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(("int", CloudType.Int32), (registration.CppType, registration.CloudType));
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Class_member_declared_in_a_header_used_by_a_member_function_in_a_source_file()
    {
        var contract = Contract(
            "#include \"sensor.h\"\nSensor sensor;\nvoid setup() { sensor.begin(); }\nvoid Sensor::begin() {\n    Particle.variable(\"reading\", reading);\n}\n",
            ("proj/src/sensor.h", "#ifndef SENSOR_H\n#define SENSOR_H\nstruct Sensor {\n    void begin();\n    uint32_t reading;\n};\n#endif\n"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(("uint32_t", CloudType.Int32), (registration.CppType, registration.CloudType));
        Assert.False(registration.Conditional);
    }

    [Theory]
    [InlineData("typedef double Celsius;\nCelsius temp;", "double", "double")]
    [InlineData("using Celsius = double;\nCelsius temp;", "double", "double")]
    [InlineData("typedef char Label[20];\nLabel temp;", "char[20]", "string")]
    [InlineData("typedef int Count;\ntypedef Count Total;\nTotal temp;", "int", "int32")]
    [InlineData("auto temp = 21.5;", "double", "double")]
    [InlineData("auto temp = String(\"x\");", "String", "string")]
    [InlineData("auto temp = false;", "bool", "bool")]
    [InlineData("const volatile int temp = 3;", "const volatile int", "int32")]
    [InlineData("char temp[2 * 16];", "char[2*16]", "string")]
    public void Aliases_and_auto_resolve_to_the_underlying_type(string globals, string cppTypeStart, string cloudType)
    {
        var contract = Contract(InSetup(globals, "Particle.variable(\"temp\", temp);"));
        var registration = Assert.Single(contract.Registrations);
        Assert.StartsWith(cppTypeStart, registration.CppType ?? "(null)", StringComparison.Ordinal);
        Assert.Equal(cloudType, registration.CloudType.ToWireName());
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Array_size_is_kept_in_the_cpp_type()
    {
        var registration = Single(InSetup("char location[64] = \"unknown\";", "Particle.variable(\"location\", location);"));
        Assert.Equal("char[64]", registration.CppType);
        Assert.Equal("char location[64]", registration.Declaration);
    }

    [Fact]
    public void Local_shadows_a_global()
    {
        var contract = Contract(InSetup("double value;", "int value = 0;\nParticle.variable(\"value\", value);"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal("int", registration.CppType);
        Assert.Contains("PCT1009", Ids(contract));
    }

    [Fact]
    public void Declarations_after_the_registration_in_another_file_are_found()
    {
        var contract = Read(
            ("proj/project.properties", "name=proj\n"),
            ("proj/src/a.cpp", "void setup() { Particle.variable(\"later\", later); Particle.function(\"act\", act); }\n"),
            ("proj/src/b.cpp", "long later;\nint act(String a) { return 0; }\n"));
        var registrations = Assert.Single(contract).Registrations;
        Assert.Equal(new[] { "long", "int(String)" }, registrations.Select(r => r.CppType));
    }
}

public sealed class DeclarationEdgeTests
{
    [Fact]
    public void Constructor_initialized_global_is_a_variable_not_a_function()
    {
        var registration = FirmwareTestKit.Single(FirmwareTestKit.InSetup("String label(\"start\");\nchar* const fixedText(nullptr);", "Particle.variable(\"label\", label);"));
        Assert.Equal(("String", "string"), (registration.CppType, registration.CloudType.ToWireName()));
    }

    [Fact]
    public void Locals_of_other_functions_do_not_shadow_globals()
    {
        var code = "double level;\nvoid helper() {\n    int level = 3;\n    (void)level;\n}\nvoid setup() {\n    Particle.variable(\"level\", level);\n}\n";
        var contract = FirmwareTestKit.Contract(code);
        Assert.Equal("double", Assert.Single(contract.Registrations).CppType);
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Parameter_bound_by_reference_dangles()
    {
        var code = "void registerReading(int reading) {\n    Particle.variable(\"reading\", reading);\n}\nvoid setup() { registerReading(1); }\n";
        var contract = FirmwareTestKit.Contract(code);
        Assert.Equal("int", Assert.Single(contract.Registrations).CppType);
        Assert.Contains("PCT1009", FirmwareTestKit.Ids(contract));
    }

    [Fact]
    public void Typedef_struct_members_are_found_through_the_alias()
    {
        var code = "typedef struct {\n    double voltage;\n} Battery;\nBattery battery;\nvoid setup() { Particle.variable(\"v\", battery.voltage); }\n";
        Assert.Equal("double", FirmwareTestKit.Single(code).CppType);
    }

    [Fact]
    public void Struct_declared_with_its_variable()
    {
        var code = "struct Readings {\n    int count;\n} readings;\nvoid setup() { Particle.variable(\"count\", readings.count); }\n";
        Assert.Equal("int", FirmwareTestKit.Single(code).CppType);
    }
}
