using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>What counts as a registration: API objects, line breaks, comments, literals, macros.</summary>
public sealed class RecognitionTests
{
    [Fact]
    public void Call_split_over_many_lines_reports_the_line_where_Particle_starts()
    {
        var code = "int a;\nvoid setup() {\n    Particle\n        .variable(\n            \"a\",\n            a\n        );\n}\n";
        var registration = Single(code);
        Assert.Equal(3, registration.Location.Line);
        Assert.Equal(5, registration.Location.Column);
        Assert.Equal("a", registration.Name);
    }

    [Fact]
    public void Line_continuations_are_whitespace()
    {
        var registration = Single("int a;\nvoid setup() {\n    Particle.variable(\"a\", \\\n        a);\n}\n");
        Assert.Equal(("a", "int"), (registration.Name, registration.CppType));
    }

    [Fact]
    public void Calls_wrapped_in_a_macro_count()
    {
        var code = "#define CHECK(x) do { if (!(x)) Log.error(\"failed\"); } while (0)\nint a;\nvoid setup() {\n    CHECK(Particle.variable(\"a\", a));\n    if (!Particle.function(\"f\", f)) { }\n}\nint f(String s) { return 0; }\n";
        var contract = Contract(code);
        Assert.Equal(new[] { "a", "f" }, contract.Registrations.Select(r => r.Name));
    }

    [Theory]
    [InlineData("// Particle.variable(\"a\", a);")]
    [InlineData("/* Particle.variable(\"a\", a); */")]
    [InlineData("/*\n * Particle.variable(\"a\", a);\n */")]
    [InlineData("const char* doc = \"Particle.variable(\\\"a\\\", a);\";")]
    [InlineData("const char* doc = R\"x(Particle.variable(\"a\", a);)x\";")]
    [InlineData("char c = '\"'; // Particle.variable(\"a\", a);")]
    [InlineData("Particle.publish(\"a\", \"b\");")]
    [InlineData("Particle.subscribe(\"a\", handler);")]
    [InlineData("Particle.connect();")]
    [InlineData("Particle.variable;")]
    [InlineData("myParticle.variable(\"a\", a);")]
    [InlineData("other.Particle.variable(\"a\", a);")]
    public void Mentions_that_are_not_registrations(string statement)
    {
        var contract = Contract(InSetup("int a;", statement));
        Assert.Empty(contract.Registrations);
    }

    [Fact]
    public void Spark_is_the_legacy_api_object()
    {
        var registration = Single(InSetup("int a;", "Spark.variable(\"a\", a);"));
        Assert.Equal(RegistrationKind.Variable, registration.Kind);
    }

    [Fact]
    public void Registrations_in_comments_after_code_on_the_same_line_are_ignored()
    {
        var contract = Contract(InSetup("int a, b;", "Particle.variable(\"a\", a); // Particle.variable(\"b\", b);"));
        Assert.Equal(new[] { "a" }, contract.Registrations.Select(r => r.Name));
    }

    [Fact]
    public void Registrations_are_in_source_order_across_files_sorted_by_path()
    {
        var contracts = Read(
            ("p/src/b.cpp", "int b1, b2;\nvoid init2() { Particle.variable(\"b1\", b1); Particle.variable(\"b2\", b2); }\n"),
            ("p/src/a.cpp", "int a1;\nvoid setup() { Particle.variable(\"a1\", a1); }\n"));
        Assert.Equal(new[] { "a1", "b1", "b2" }, Assert.Single(contracts).Registrations.Select(r => r.Name));
    }

    [Fact]
    public void Arduino_style_ino_with_macros_before_setup_without_semicolons()
    {
        var code = "SYSTEM_MODE(AUTOMATIC)\nSYSTEM_THREAD(ENABLED)\nint a;\nvoid setup()\n{\n    Particle.variable(\"a\", a);\n}\n";
        var contract = Read(("sketch/sketch.ino", code));
        var registration = Assert.Single(Assert.Single(contract).Registrations);
        Assert.Equal("int", registration.CppType);
        Assert.Empty(Assert.Single(contract).Diagnostics);
    }

    [Fact]
    public void Registration_inside_a_namespace_and_class_method()
    {
        var code = "namespace app {\nclass Station {\npublic:\n    void setup() {\n        Particle.variable(\"level\", level);\n    }\n    double level;\n};\n}\n";
        var registration = Single(code);
        Assert.Equal("double", registration.CppType);
    }
}
