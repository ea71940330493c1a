using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class FunctionFormTests
{
    [Theory]
    [InlineData("int setColor(String command);", "Particle.function(\"setColor\", setColor);", "function-pointer", "setColor", "int(String)")]
    [InlineData("int setColor(const String& command) { return 1; }", "Particle.function(\"setColor\", setColor);", "function-pointer", "setColor", "int(const String&)")]
    [InlineData("int setColor(String command);", "Particle.function(\"setColor\", &setColor);", "function-pointer", "&setColor", "int(String)")]
    [InlineData("int legacy(String);", "Spark.function(\"legacy\", legacy);", "function-pointer", "legacy", "int(String)")]
    [InlineData("std::function<int(String)> handler;", "Particle.function(\"h\", handler);", "callable", "handler", "int(String)")]
    [InlineData("int f(String);\nint (*handler)(String) = f;", "Particle.function(\"h\", handler);", "function-pointer", "handler", "int(String)")]
    [InlineData("typedef int (*Handler)(String);\nHandler handler;", "Particle.function(\"h\", handler);", "function-pointer", "handler", "int(String)")]
    [InlineData("auto handler = [](String arg) { return 1; };", "Particle.function(\"h\", handler);", "lambda", "handler", "int(String)")]
    [InlineData("", "Particle.function(\"go\", [](String arg) { return 1; });", "lambda", "lambda", "int(String)")]
    [InlineData("", "Particle.function(\"go\", [](String arg) -> int { return arg.toInt(); }, nullptr);", "lambda", "lambda", "int(String)")]
    [InlineData("", "Particle.function(\"go\", [](const String& arg) { return 1; }, NULL);", "lambda", "lambda", "int(const String&)")]
    [InlineData("", "Particle.function(\"go\",\n    [](String arg) {\n        if (arg == \"on\") {\n            return 1;\n        }\n        return -1;\n    });", "lambda", "lambda", "int(String)")]
    public void Function_handlers(string globals, string statement, string form, string handler, string signature)
    {
        var contract = Contract(InSetup(globals, statement));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(RegistrationKind.Function, registration.Kind);
        Assert.Equal(form, registration.Form.ToWireName());
        Assert.Equal(handler, registration.Handler);
        Assert.Equal(signature, registration.CppType);
        Assert.Equal(CloudType.None, registration.CloudType);
        Assert.Empty(contract.Diagnostics);
    }

    private const string Lamp = "class Lamp {\npublic:\n    void begin();\n    int set(String value);\n    static int toggle(String value);\n    int check(String value) const;\n    int take(const String& value);\n};\nLamp lamp;\nLamp* lampPointer = &lamp;\n";

    [Theory]
    [InlineData("Particle.function(\"set\", &Lamp::set, &lamp);", "member-function", "&Lamp::set", "int(String)")]
    [InlineData("Particle.function(\"set\", &Lamp::set, lampPointer);", "member-function", "&Lamp::set", "int(String)")]
    [InlineData("Particle.function(\"toggle\", Lamp::toggle);", "function-pointer", "Lamp::toggle", "int(String)")]
    [InlineData("Particle.function(\"toggle\", &Lamp::toggle);", "function-pointer", "&Lamp::toggle", "int(String)")]
    [InlineData("Particle.function(\"set\", static_cast<int (Lamp::*)(String)>(&Lamp::set), &lamp);", "member-function", "static_cast<int(Lamp::*)(String)>(&Lamp::set)", "int(String)")]
    public void Member_and_static_member_handlers(string statement, string form, string handler, string signature)
    {
        var contract = Contract(InSetup(Lamp, statement));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(form, registration.Form.ToWireName());
        Assert.Equal(handler, registration.Handler);
        Assert.Equal(signature, registration.CppType);
        Assert.Empty(contract.Diagnostics);
    }

    [Fact]
    public void Member_handler_bound_to_this_inside_a_member_function()
    {
        var code = Lamp + "void Lamp::begin() {\n    Particle.function(\"set\", &Lamp::set, this);\n}\n";
        var contract = Contract(code);
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal((RegistrationForm.MemberFunction, "int(String)"), (registration.Form, registration.CppType));
        Assert.Equal(new[] { "PCT1015" }, Ids(contract));
    }

    [Theory]
    [InlineData("Particle.function(\"check\", &Lamp::check, &lamp);", "int(String) const")]
    [InlineData("Particle.function(\"take\", &Lamp::take, &lamp);", "int(const String&)")]
    public void Member_handlers_need_exactly_int_String(string statement, string signature)
    {
        var contract = Contract(InSetup(Lamp, statement));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(signature, registration.CppType);
        var diagnostic = Assert.Single(contract.Diagnostics);
        Assert.Equal("PCT1010", diagnostic.Id);
    }
}
