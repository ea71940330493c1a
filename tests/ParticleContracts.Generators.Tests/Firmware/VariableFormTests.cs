using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class VariableFormTests
{
    [Theory]
    [InlineData("int count = 0;", "Particle.variable(\"count\", count);", "int", "int32")]
    [InlineData("int32_t count;", "Particle.variable(\"count\", count);", "int32_t", "int32")]
    [InlineData("uint32_t count;", "Particle.variable(\"count\", count);", "uint32_t", "int32")]
    [InlineData("double temp = 0.0;", "Particle.variable(\"temp\", temp);", "double", "double")]
    [InlineData("bool on = false;", "Particle.variable(\"on\", on);", "bool", "bool")]
    [InlineData("String status;", "Particle.variable(\"status\", status);", "String", "string")]
    [InlineData("char buf[64];", "Particle.variable(\"buf\", buf);", "char[64]", "string")]
    [InlineData("unsigned char raw[16];", "Particle.variable(\"raw\", raw);", "unsigned char[16]", "string")]
    [InlineData("const char* msg = \"hi\";", "Particle.variable(\"msg\", msg);", "const char*", "string")]
    [InlineData("char* msg;", "Particle.variable(\"msg\", msg);", "char*", "string")]
    [InlineData("", "Particle.variable(\"version\", \"1.2\");", "const char*", "string")]
    [InlineData("volatile int ticks;", "Particle.variable(\"ticks\", ticks);", "volatile int", "int32")]
    [InlineData("static double level;", "Particle.variable(\"level\", level);", "double", "double")]
    public void By_reference_variables_take_the_declared_type(string globals, string statement, string cppType, string cloudType)
    {
        var contract = Contract(InSetup(globals, statement));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(RegistrationKind.Variable, registration.Kind);
        Assert.Equal(RegistrationForm.Reference, registration.Form);
        Assert.Equal(cppType, registration.CppType);
        Assert.Equal(cloudType, registration.CloudType.ToWireName());
        Assert.Empty(contract.Diagnostics);
    }

    [Theory]
    [InlineData("int counter;", "Spark.variable(\"counter\", &counter, INT);", "int", "int32")]
    [InlineData("double volts;", "Spark.variable(\"volts\", &volts, DOUBLE);", "double", "double")]
    [InlineData("bool led;", "Particle.variable(\"led\", &led, BOOLEAN);", "bool", "bool")]
    [InlineData("char message[32];", "Spark.variable(\"message\", message, STRING);", "char[32]", "string")]
    [InlineData("char message[32];", "Spark.variable(\"message\", &message[0], STRING);", "char*", "string")]
    [InlineData("String mode;", "Spark.variable(\"mode\", &mode, STRING);", "String", "string")]
    [InlineData("char* text;", "Spark.variable(\"text\", text, STRING);", "char*", "string")]
    [InlineData("", "Spark.variable(\"fixed\", \"abc\", STRING);", "const char*", "string")]
    [InlineData("uint32_t big;", "Spark.variable(\"big\", &big, INT);", "uint32_t", "int32")]
    public void Legacy_pointer_variables_take_the_type_tag(string globals, string statement, string cppType, string cloudType)
    {
        var contract = Contract(InSetup(globals, statement));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(RegistrationForm.LegacyPointer, registration.Form);
        Assert.Equal(cppType, registration.CppType);
        Assert.Equal(cloudType, registration.CloudType.ToWireName());
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Member_of_a_global_object_declared_in_a_header()
    {
        var header = ("proj/src/station.h", "#pragma once\nclass Station {\npublic:\n    double pressure = 0;\n    int samples;\n};\n");
        var contract = Contract(InSetup("#include \"station.h\"\nStation station;\nStation* current = &station;", "Particle.variable(\"pressure\", station.pressure);\nParticle.variable(\"samples\", current->samples);"), header);
        Assert.Collection(
            contract.Registrations,
            first => Assert.Equal(("pressure", "double", CloudType.Double), (first.Name!, first.CppType!, first.CloudType)),
            second => Assert.Equal(("samples", "int", CloudType.Int32), (second.Name!, second.CppType!, second.CloudType)));
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void This_member_inside_a_member_function()
    {
        var code = "class Station {\npublic:\n    void begin();\nprivate:\n    bool raining;\n};\nvoid Station::begin() {\n    Particle.variable(\"raining\", this->raining);\n}\n";
        var registration = Single(code);
        Assert.Equal(("bool", CloudType.Bool), (registration.CppType, registration.CloudType));
        Assert.Equal("this->raining", registration.Handler);
    }

    [Fact]
    public void Bare_member_name_inside_an_inline_member_function()
    {
        var code = "class Station {\npublic:\n    void begin() {\n        Particle.variable(\"level\", level);\n    }\n    double level;\n};\n";
        var registration = Single(code);
        Assert.Equal(("double", CloudType.Double), (registration.CppType, registration.CloudType));
    }

    [Theory]
    [InlineData("double readTemp() { return 1.5; }", "Particle.variable(\"temp\", readTemp);", "double", "double", "readTemp")]
    [InlineData("float readTemp() { return 1.5f; }", "Particle.variable(\"temp\", readTemp);", "float", "double", "readTemp")]
    [InlineData("String describe() { return \"x\"; }", "Particle.variable(\"info\", describe);", "String", "string", "describe")]
    [InlineData("const char* name() { return \"x\"; }", "Particle.variable(\"name\", &name);", "const char*", "string", "&name")]
    [InlineData("uint8_t level() { return 3; }", "Particle.variable(\"level\", level);", "uint8_t", "int32", "level")]
    [InlineData("bool ready() { return true; }", "Particle.variable(\"ready\", ready);", "bool", "bool", "ready")]
    [InlineData("template <typename T> T readValue() { return T(); }", "Particle.variable(\"value\", readValue<int>);", "int", "int32", "readValue<int>")]
    [InlineData("std::function<double()> getter;", "Particle.variable(\"g\", getter);", "double", "double", "getter")]
    [InlineData("int readInt() { return 1; }\nint (*getter)() = readInt;", "Particle.variable(\"g\", getter);", "int", "int32", "getter")]
    [InlineData("typedef bool (*Probe)();\nProbe probe;", "Particle.variable(\"p\", probe);", "bool", "bool", "probe")]
    public void Calculated_variables_take_the_return_type(string globals, string statement, string cppType, string cloudType, string handler)
    {
        var contract = Contract(InSetup(globals, statement));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(RegistrationForm.Calculated, registration.Form);
        Assert.Equal(cppType, registration.CppType);
        Assert.Equal(cloudType, registration.CloudType.ToWireName());
        Assert.Equal(handler, registration.Handler);
        Assert.Empty(contract.Diagnostics);
    }

    [Theory]
    [InlineData("Particle.variable(\"a\", []() -> double { return analogRead(A0) * 0.1; });", "double", "double")]
    [InlineData("Particle.variable(\"a\", [] { return 42; });", "int", "int32")]
    [InlineData("Particle.variable(\"a\", []() { return true; });", "bool", "bool")]
    [InlineData("Particle.variable(\"a\", []() { return 1.5; });", "double", "double")]
    [InlineData("Particle.variable(\"a\", []() { return String(\"x\"); });", "String", "string")]
    [InlineData("Particle.variable(\"a\", []() { return (int)millis(); });", "int", "int32")]
    [InlineData("Particle.variable(\"a\", [&]() { return count > 3; });", "bool", "bool")]
    [InlineData("Particle.variable(\"a\", []() { return count; });", "int", "int32")]
    [InlineData("Particle.variable(\"a\", []() { return count > 100 ? 1 : 0; });", "int", "int32")]
    [InlineData("Particle.variable(\"a\", [](){ return count > 1 ? (count > 2 ? 2.5 : 1.5) : 0.5; });", "double", "double")]
    [InlineData("Particle.variable(\"a\", []() {\n    if (count > 1) {\n        return 1;\n    }\n    return 0;\n});", "int", "int32")]
    public void Lambda_variables_use_the_explicit_or_evident_return_type(string statement, string cppType, string cloudType)
    {
        var contract = Contract(InSetup("int count;", statement));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(RegistrationForm.Calculated, registration.Form);
        Assert.Equal("lambda", registration.Handler);
        Assert.Equal(cppType, registration.CppType);
        Assert.Equal(cloudType, registration.CloudType.ToWireName());
    }

    [Fact]
    public void Lambda_held_in_an_auto_variable()
    {
        var registration = Single(InSetup("auto reader = []() -> int { return 7; };", "Particle.variable(\"seven\", reader);"));
        Assert.Equal((RegistrationForm.Calculated, "int", CloudType.Int32), (registration.Form, registration.CppType, registration.CloudType));
    }

    [Fact]
    public void Lambda_whose_type_is_not_evident_is_reported_untyped()
    {
        var contract = Contract(InSetup(string.Empty, "Particle.variable(\"a\", []() { return System.freeMemory(); });"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Null(registration.CppType);
        Assert.Equal(CloudType.None, registration.CloudType);
        Assert.Contains("PCT1017", Ids(contract));
    }
}
