using ParticleContracts.Generators.Contracts;
using ParticleContracts.Generators.Diagnostics;
using ParticleContracts.Generators.Firmware;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>One case per firmware diagnostic, plus a clean counterpart (no diagnostic) for each.</summary>
public sealed class DiagnosticTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // id, globals, statement in setup(), expected text in the message
        { "PCT1001", "int a;", "Particle.variable(\"" + new string('n', 65) + "\", a);", "65 bytes" },
        { "PCT1003", "int a;", "Particle.variable(\"temp.out\", a);", "'.'" },
        { "PCT1004", "int a, b;", "Particle.variable(\"a\", a);\nParticle.variable(\"a\", b);", "first at line" },
        { "PCT1005", "int a;\nint f(String s) { return 0; }", "Particle.variable(\"a\", a);\nParticle.function(\"a\", f);", "both as a variable and as a function" },
        { "PCT1006", "float ratio;", "Particle.variable(\"ratio\", ratio);", "declare it as double" },
        { "PCT1007", "uint8_t level;", "Particle.variable(\"level\", level);", "uint8_t" },
        { "PCT1007", "int16_t level;", "Particle.variable(\"level\", level);", "int16_t" },
        { "PCT1007", "char letter;", "Particle.variable(\"letter\", letter);", "char" },
        { "PCT1007", "enum Mode { Off, On };\nMode mode;", "Particle.variable(\"mode\", mode);", "Mode" },
        { "PCT1008", "long long big;", "Particle.variable(\"big\", big);", "long long" },
        { "PCT1008", "std::string text;", "Particle.variable(\"text\", text);", "std::string" },
        { "PCT1008", "uint64_t calc() { return 0; }", "Particle.variable(\"calc\", calc);", "uint64_t" },
        { "PCT1009", string.Empty, "int reading = analogRead(A0);\nParticle.variable(\"reading\", reading);", "a local of setup()" },
        { "PCT1010", "void handler(String s) { }", "Particle.function(\"h\", handler);", "void(String)" },
        { "PCT1010", "int handler(int v) { return v; }", "Particle.function(\"h\", handler);", "int(int)" },
        { "PCT1010", "int handler(String& s) { return 0; }", "Particle.function(\"h\", handler);", "int(String&)" },
        { "PCT1010", string.Empty, "Particle.function(\"h\", [](int v) { return v; });", "int(int)" },
        { "PCT1011", "char nameBuffer[8];\nint a;", "Particle.variable(nameBuffer, a);", "nameBuffer" },
        { "PCT1015", "int a;\nvoid loop() { Particle.variable(\"a\", a); }", string.Empty, "loop()" },
        { "PCT1016", "int temp;\nint getTemp(String s) { return 0; }", "Particle.variable(\"temp\", temp);\nParticle.function(\"getTemp\", getTemp);", "GetTempAsync" },
        { "PCT1016", "int a, b;", "Particle.variable(\"analog_value\", a);\nParticle.variable(\"analogValue\", b);", "GetAnalogValueAsync" },
        { "PCT1017", string.Empty, "Particle.variable(\"ghost\", ghost);", "'ghost', whose type cannot be determined: its declaration is not in this project" },
        { "PCT1018", "char message[8];", "Spark.variable(\"message\", &message, STRING);", "without &" },
        { "PCT1018", "String text;", "Spark.variable(\"text\", text, STRING);", "&text" },
        { "PCT1018", "double level;", "Spark.variable(\"level\", &level, INT);", "INT needs" },
        { "PCT1019", string.Empty, "Particle.function(\"go\", missingHandler);", "missingHandler" },
        { "PCT1020", string.Empty, "Particle.variable(\"lonely\");", "1 argument" },
        { "PCT1020", "int a;", "Particle.variable(\"a\", &a, FLOAT);", "type tag 'FLOAT'" },
        { "PCT1017", string.Empty, "Particle.variable(\"calc\", []() { return digitalRead(D0); });", "return type is not evident" },
        { "PCT1023", "int a;", "Particle.variable(\"\", a);", "empty name" },
        { "PCT1024", "int verifyIt(String s) { return 0; }", "Particle.function(\"verify\", verifyIt);", "VerifyAsync" },
        { "PCT1024", "int a;", "Particle.variable(\"variable\", a);", "GetVariableAsync" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_reports_its_diagnostic(string id, string globals, string statements, string messagePart)
    {
        var contract = Contract(InSetup(globals, statements));
        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == id);
        Assert.Contains(messagePart, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticTable.Get(id).DefaultSeverity, diagnostic.Severity);
        Assert.Equal(MainFile, diagnostic.Location.File);
        Assert.True(diagnostic.Location.Line > 0 && diagnostic.Location.Column > 0);
    }

    [Fact]
    public void Diagnostics_point_at_the_exact_argument()
    {
        var contract = Contract("float ratio;\nvoid setup() {\n    Particle.variable(\"ratio\",   ratio);\n}\n");
        var diagnostic = Assert.Single(contract.Diagnostics);
        Assert.Equal(("PCT1006", 3, 34), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("\"ratio\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Name_diagnostics_point_at_the_name()
    {
        var contract = Contract("int a;\nvoid setup() {\n    Particle.variable(\"bad name\", a);\n}\n");
        var diagnostic = Assert.Single(contract.Diagnostics);
        Assert.Equal(("PCT1003", 3, 23), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    // On the default target (Device OS 6.3.0) only the 100/100 cap applies; the 20/15 guidance of targets before
    // 3.3.0 is covered by Targets/TargetRuleTests.
    [Theory]
    [InlineData(20, 15, new string[0])]
    [InlineData(21, 16, new string[0])]
    [InlineData(101, 0, new[] { "PCT1014" })]
    [InlineData(0, 101, new[] { "PCT1014" })]
    public void Registration_count_limits(int variables, int functions, string[] expected)
    {
        var globals = new System.Text.StringBuilder("int f(String s) { return 0; }\n");
        var statements = new System.Text.StringBuilder();
        for (var i = 0; i < variables; i++)
        {
            globals.Append("int v").Append(i).Append(";\n");
            statements.Append("Particle.variable(\"v").Append(i).Append("\", v").Append(i).Append(");\n");
        }

        for (var i = 0; i < functions; i++)
        {
            statements.Append("Particle.function(\"f").Append(i).Append("\", f);\n");
        }

        var contract = Contract(InSetup(globals.ToString(), statements.ToString()));
        Assert.Equal(variables + functions, contract.Registrations.Count);
        Assert.Equal(expected, Ids(contract).Distinct().OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Duplicates_in_alternative_undecided_branches_are_not_reported()
    {
        var code = InSetup("int a, b;", "#if PLATFORM_ID == 6\nParticle.variable(\"a\", a);\n#else\nParticle.variable(\"a\", b);\n#endif");
        Assert.DoesNotContain("PCT1004", Ids(Contract(code)));
    }

    [Fact]
    public void Clean_firmware_has_no_diagnostics()
    {
        var code = InSetup("int a;\ndouble b;\nbool c;\nString d;\nchar e[10];\nint f(String s) { return 1; }", "Particle.variable(\"a\", a);\nParticle.variable(\"b\", b);\nParticle.variable(\"c\", c);\nParticle.variable(\"d\", d);\nParticle.variable(\"e\", e);\nParticle.function(\"f\", f);");
        Assert.Empty(Contract(code).Diagnostics);
    }

    [Fact]
    public void Unterminated_comment_is_reported()
        => Assert.Contains("PCT1022", Ids(Contract("int a;\nvoid setup() { Particle.variable(\"a\", a); }\n/* never closed")));

    [Fact]
    public void Every_catalog_entry_has_a_documentation_page()
    {
        var root = RepositoryRoot();
        foreach (var descriptor in DiagnosticTable.All)
        {
            var page = Path.Combine(root, DiagnosticTable.HelpPath(descriptor.Id));
            Assert.True(File.Exists(page), "missing " + page);
            var text = File.ReadAllText(page);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Table_ids_are_unique_and_their_category_follows_the_range()
    {
        var ids = DiagnosticTable.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(DiagnosticTable.All, rule => Assert.Equal(
            rule.Id.StartsWith("PCT1", StringComparison.Ordinal) ? DiagnosticTable.FirmwareCategory : DiagnosticTable.UsageCategory,
            rule.Category));
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParticleContracts.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? Environment.GetEnvironmentVariable("PARTICLECONTRACTS_REPO_ROOT")
            ?? throw new InvalidOperationException("repository root not found");
    }
}
