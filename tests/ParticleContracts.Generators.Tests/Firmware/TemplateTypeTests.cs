using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// Calculated variables whose type comes from a template instantiation or a <c>std::function</c>: the cloud type is
/// the instantiation's, and when the reader cannot tell, it says so rather than guess (unknown beats wrong).
/// </summary>
public sealed class TemplateTypeTests
{
    public static TheoryData<string, string> Instantiations => new()
    {
        { "int8_t", "Int32" },
        { "int16_t", "Int32" },
        { "int32_t", "Int32" },
        { "uint8_t", "Int32" },
        { "uint16_t", "Int32" },
        { "uint32_t", "Int32" },
        { "int", "Int32" },
        { "float", "Double" },
        { "double", "Double" },
        { "const char*", "String" },
        { "char*", "String" },
        { "String", "String" },
        { "bool", "Bool" },
    };

    private static void AssertCalculated(string code, string expected)
    {
        var contract = Contract(code);
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(RegistrationForm.Calculated, registration.Form);
        Assert.Equal(expected, registration.CloudType.ToString());
        Assert.DoesNotContain(contract.Diagnostics, d => d.Id is DiagnosticIds.UnresolvedVariableType or DiagnosticIds.UnsupportedVariableType);
    }

    [Theory]
    [MemberData(nameof(Instantiations))]
    public void A_function_template_instance(string type, string expected)
        => AssertCalculated(InSetup("template <typename T> T sample() { return T(); }", "Particle.variable(\"x\", sample<" + type + ">);"), expected);

    [Theory]
    [MemberData(nameof(Instantiations))]
    public void A_function_template_instance_with_explicit_specialisations(string type, string expected)
        => AssertCalculated(
            InSetup(
                "template <typename T> T sample();\ntemplate <> int sample<int>() { return 1; }\ntemplate <> double sample<double>() { return 1.0; }\ntemplate <> bool sample<bool>() { return true; }",
                "Particle.variable(\"x\", sample<" + type + ">);"),
            expected);

    [Theory]
    [MemberData(nameof(Instantiations))]
    public void A_factory_returning_a_std_function(string type, string expected)
        => AssertCalculated(InSetup("std::function<" + type + "()> makeGetter() { return nullptr; }", "Particle.variable(\"x\", makeGetter());"), expected);

    [Theory]
    [MemberData(nameof(Instantiations))]
    public void A_templated_factory_returning_a_std_function(string type, string expected)
        => AssertCalculated(InSetup("template <typename T> std::function<T()> makeGetter() { return nullptr; }", "Particle.variable(\"x\", makeGetter<" + type + ">());"), expected);

    [Theory]
    [MemberData(nameof(Instantiations))]
    public void A_std_function_temporary(string type, string expected)
        => AssertCalculated(InSetup(string.Empty, "Particle.variable(\"x\", std::function<" + type + "()>(nullptr));"), expected);

    [Theory]
    [MemberData(nameof(Instantiations))]
    public void An_auto_variable_from_an_explicit_specialisation(string type, string expected)
    {
        var globals = "template <typename T> T readValue();\ntemplate <> int readValue<int>() { return 1; }\ntemplate <> double readValue<double>() { return 1.0; }\n"
            + "auto value = readValue<" + type + ">();";
        var contract = Contract(InSetup(globals, "Particle.variable(\"x\", value);"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(type, registration.CppType);
        if (type == "float")
        {
            // A float variable bound by reference is what Device OS rejects: the rule for the instance's type applies.
            Assert.Contains(contract.Diagnostics, d => d.Id == DiagnosticIds.FloatVariableByReference);
            return;
        }

        Assert.Equal(expected, registration.CloudType.ToString());
        Assert.DoesNotContain(contract.Diagnostics, d => d.Id is DiagnosticIds.UnresolvedVariableType or DiagnosticIds.UnsupportedVariableType);
    }

    [Fact]
    public void An_explicit_specialisation_is_not_taken_for_a_variable()
    {
        // `template <> int sample<int>()` declares no variable named sample: a wrong guess would report Int32.
        var contract = Contract(InSetup("template <typename T> T sample();\ntemplate <> int sample<int>() { return 1; }", "Particle.variable(\"x\", sample<double>);"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(CloudType.Double, registration.CloudType);
    }

    [Fact]
    public void A_call_the_reader_cannot_type_is_unknown_not_guessed()
    {
        var contract = Contract(InSetup("int makeValue() { return 1; }", "Particle.variable(\"x\", makeValue());"));
        var registration = Assert.Single(contract.Registrations);
        Assert.Equal(CloudType.None, registration.CloudType);
    }
}
