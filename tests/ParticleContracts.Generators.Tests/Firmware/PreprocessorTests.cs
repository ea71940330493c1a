using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

public sealed class PreprocessorTests
{
    private static IReadOnlyList<(string Name, bool Conditional)> Names(string code, params (string Path, string Text)[] extra)
        => Contract(code, extra).Registrations.Select(r => (r.Name!, r.Conditional)).ToList();

    private static string Body(string directives) => "int a, b, c;\nvoid setup() {\n" + directives + "\n}\n";

    [Fact]
    public void If_zero_drops_registrations()
        => Assert.Equal(new[] { ("b", false) }, Names(Body("#if 0\nParticle.variable(\"a\", a);\n#endif\nParticle.variable(\"b\", b);")));

    [Fact]
    public void If_one_else_keeps_the_first_branch()
        => Assert.Equal(new[] { ("a", false) }, Names(Body("#if 1\nParticle.variable(\"a\", a);\n#else\nParticle.variable(\"b\", b);\n#endif")));

    [Theory]
    [InlineData("#define FEATURE\n", "#ifdef FEATURE", "a")]
    [InlineData("#define FEATURE\n", "#ifndef FEATURE", "b")]
    [InlineData("#define LEVEL 3\n", "#if LEVEL > 2", "a")]
    [InlineData("#define LEVEL 3\n", "#if LEVEL * 2 == 4", "b")]
    [InlineData("#define LEVEL 3\n", "#if (LEVEL + 1) % 2 == 0 && !defined(OTHER_LOCAL)\n#define OTHER_LOCAL\n#endif\n#if defined(OTHER_LOCAL)", "a")]
    [InlineData("#define A 1\n#define B 0\n", "#if A || B", "a")]
    [InlineData("#define A 1\n#define B 0\n", "#if A && B", "b")]
    [InlineData("#define A 1\n", "#if !A", "b")]
    [InlineData("#define A 0x10\n", "#if A == 16 && (1 << 4) == A", "a")]
    public void Conditions_over_project_macros_are_decided(string defines, string condition, string kept)
    {
        var code = defines + Body(condition + "\nParticle.variable(\"a\", a);\n#else\nParticle.variable(\"b\", b);\n#endif");
        Assert.Equal(new[] { (kept, false) }, Names(code));
    }

    [Fact]
    public void Elif_chain_picks_the_first_true_branch()
    {
        var code = "#define MODE 2\n" + Body("#if MODE == 1\nParticle.variable(\"a\", a);\n#elif MODE == 2\nParticle.variable(\"b\", b);\n#else\nParticle.variable(\"c\", c);\n#endif");
        Assert.Equal(new[] { ("b", false) }, Names(code));
    }

    [Fact]
    public void Macro_from_a_header_decides_a_condition()
    {
        var header = ("proj/src/config.h", "#pragma once\n#define USE_A 1\n");
        var code = "#include \"config.h\"\n" + Body("#if USE_A\nParticle.variable(\"a\", a);\n#else\nParticle.variable(\"b\", b);\n#endif");
        Assert.Equal(new[] { ("a", false) }, Names(code, header));
    }

    [Theory]
    [InlineData("#if PLATFORM_ID == 6")]
    [InlineData("#ifdef UNKNOWN_BUILD_FLAG")]
    [InlineData("#if defined(ARDUINO) && ARDUINO >= 100")]
    public void Undecidable_conditions_keep_the_registration_and_mark_it_conditional(string condition)
    {
        var code = Body(condition + "\nParticle.variable(\"a\", a);\n#endif\nParticle.variable(\"b\", b);");
        Assert.Equal(new[] { ("a", true), ("b", false) }, Names(code));
    }

    [Fact]
    public void Undecidable_if_else_keeps_both_branches_conditional()
    {
        var code = Body("#if PLATFORM_ID == 6\nParticle.variable(\"a\", a);\n#else\nParticle.variable(\"b\", b);\n#endif");
        Assert.Equal(new[] { ("a", true), ("b", true) }, Names(code));
    }

    [Fact]
    public void Zero_and_unknown_is_decided_false()
        => Assert.Empty(Names(Body("#if 0 && PLATFORM_ID == 6\nParticle.variable(\"a\", a);\n#endif")));

    [Fact]
    public void Nested_inactive_regions_stay_inactive()
        => Assert.Empty(Names(Body("#if 0\n#if 1\nParticle.variable(\"a\", a);\n#else\nParticle.variable(\"b\", b);\n#endif\n#endif")));

    [Fact]
    public void Undef_removes_a_macro()
    {
        var code = "#define FEATURE\n#undef FEATURE\n" + Body("#ifdef FEATURE\nParticle.variable(\"a\", a);\n#else\nParticle.variable(\"b\", b);\n#endif");
        Assert.Equal(new[] { ("b", false) }, Names(code));
    }

    [Fact]
    public void Include_guards_do_not_make_header_contents_conditional()
    {
        var header = ("proj/src/reg.h", "#ifndef REG_H\n#define REG_H\ninline void registerAll() { Particle.variable(\"a\", a); }\nextern int a;\n#endif\n");
        var contract = Contract("#include \"reg.h\"\nint a;\nvoid setup() { registerAll(); }\n", header);
        var registration = Assert.Single(contract.Registrations);
        Assert.False(registration.Conditional);
    }

    [Fact]
    public void Unterminated_if_is_reported()
    {
        var contract = Contract(Body("#if 1\nParticle.variable(\"a\", a);"));
        Assert.Single(contract.Registrations);
        Assert.Contains("PCT1021", Ids(contract));
    }

    [Fact]
    public void Stray_endif_is_reported()
        => Assert.Contains("PCT1021", Ids(Contract(Body("#endif\nParticle.variable(\"a\", a);"))));
}
