using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// The environment part of the ledger stage: every <c>System.getEnv</c>/<c>hasEnv</c> form becomes a typed variable,
/// <c>env.json</c> defaults join when <c>project.properties</c> names the file, and the rules (PCT1060–PCT1078) fire
/// on the forms they describe and not on their good twins.
/// </summary>
public sealed class EnvironmentReaderTests
{
    [Theory]
    [InlineData("void setup() { String e = System.getEnv(\"ENDPOINT\"); }", "ENDPOINT:String")]
    [InlineData("void setup() { int p = 30; System.getEnv(\"RETRY_PERIOD\", p); }", "RETRY_PERIOD:Int")]
    [InlineData("bool debug;\nvoid setup() { System.getEnv(\"ENABLE_DEBUG\", debug); }", "ENABLE_DEBUG:Bool")]
    [InlineData("void setup() { String s; if (System.getEnv(\"NAME\", s)) {} }", "NAME:String")]
    [InlineData("void setup() { if (System.hasEnv(\"FLAG\")) {} }", "FLAG:String")]
    [InlineData("void setup() { if (System.hasEnv(\"P\")) { int p; System.getEnv(\"P\", p); } }", "P:Int")]
    [InlineData("void setup() { int b; System.getEnv(\"B\", b); String a = System.getEnv(\"A\"); }", "A:String, B:Int")]
    public void Every_environment_form_is_read(string code, string expected) =>
        Assert.Equal(expected, Describe(Contract(code)));

    [Fact]
    public void An_output_variable_declared_in_another_file_gives_the_type()
    {
        var contract = Contract("#include \"cfg.h\"\nvoid setup() { System.getEnv(\"RETRY\", retry); }", ("proj/src/cfg.h", "int retry = 5;\n"));

        Assert.Equal("RETRY:Int", Describe(contract));
    }

    [Theory]
    [InlineData("// System.getEnv(\"X\");\nvoid setup() { const char* s = \"System.getEnv(\\\"Y\\\")\"; }")]
    [InlineData("void setup() { other.System.getEnv(\"X\"); }")]
    [InlineData("void setup() { getEnv(\"X\"); }")]
    public void Look_alikes_are_not_environment_variables(string code) =>
        Assert.True(Contract(code).Data is null || Contract(code).Data!.Environment.IsEmpty);

    [Fact]
    public void Env_json_defaults_join_when_project_properties_names_the_file()
    {
        var contract = Single(
            ("proj/src/app.cpp", "void setup() { int p; System.getEnv(\"RETRY_PERIOD\", p); String e = System.getEnv(\"ENDPOINT\"); }"),
            ("proj/project.properties", "name=proj\nenv=env.json\n"),
            ("proj/env.json", "{ \"RETRY_PERIOD\": \"30\", \"ENDPOINT\": \"https://x\" }"));

        Assert.Equal(new[] { ("ENDPOINT", "https://x"), ("RETRY_PERIOD", "30") }, contract.Data!.Environment.Select(v => (v.Name, v.DefaultValue!)));
        Assert.True(ParticleContracts.Generators.Firmware.FirmwareFileKinds.IsFirmwareFile("proj/env.json"));
    }

    [Fact]
    public void Env_json_is_not_bundled_without_an_env_line()
    {
        var contract = Single(
            ("proj/src/app.cpp", "void setup() { int p; System.getEnv(\"RETRY_PERIOD\", p); }"),
            ("proj/project.properties", "name=proj\n"),
            ("proj/env.json", "{ \"RETRY_PERIOD\": \"1.5\" }"));

        Assert.Null(Assert.Single(contract.Data!.Environment).DefaultValue);
        Assert.DoesNotContain("PCT1075", Ids(contract));
    }

    public static TheoryData<string, string> Rules => new()
    {
        { "void setup() { Particle.ledger(\"Bad_Name\").get().get(\"k\").toInt(); }", "PCT1060" },
        { "void setup() { Particle.ledger(\"a-very-long-ledger-name-over-32-chars\").get().get(\"k\").toInt(); }", "PCT1061" },
        { "void setup() { const char* n = \"x\"; Particle.ledger(n).get().get(\"k\").toInt(); }", "PCT1062" },
        { "Ledger s = Particle.ledger(\"s\");\nvoid setup() { s.onSync([](Ledger l) {}); s.set(LedgerData{{\"a\", 1}}); }", "PCT1063" },
        { "Ledger c = Particle.ledger(\"c\");\nvoid loop() { int a = c.get().get(\"k\").toInt(); bool b = c.get().get(\"k\").toBool(); }", "PCT1064" },
        { "void setup() { Ledger c = Particle.ledger(\"c\"); }", "PCT1065" },
        { "void setup() { String v = System.getEnv(\"lower_case\"); }", "PCT1070" },
        { "void setup() { String v = System.getEnv(\"1ST\"); }", "PCT1070" },
        { "void setup() { String v = System.getEnv(\"" + new string('A', 129) + "\"); }", "PCT1071" },
        { "void setup() { String v = System.getEnv(\"PARTICLE_MINE\"); }", "PCT1072" },
        { "void setup() { String v = System.getEnv(\"PARTICLE_WIFI_ENABLE\"); }", "PCT1073" },
        { "void setup() {\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"String v{i} = System.getEnv(\"V{i}\");\n")) + "}", "PCT1074" },
        { "void setup() { int a; bool b; System.getEnv(\"X\", a); System.getEnv(\"X\", b); }", "PCT1076" },
        { "void setup() { String n = \"X\"; String v = System.getEnv(n); }", "PCT1077" },
        { "void setup() { double d; System.getEnv(\"X\", d); }", "PCT1078" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_fires_on_its_form(string code, string id)
    {
        var contract = Contract(code);

        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == id);
        Assert.True(diagnostic.Location.Length > 0, "The diagnostic points at the name, key or call.");
    }

    [Theory]
    [InlineData("Ledger c = Particle.ledger(\"good-name-1\");\nvoid loop() { int a = c.get().get(\"k\").toInt(); double d = c.get().get(\"k\").toDouble(); }")]
    [InlineData("void setup() { bool w; System.getEnv(\"PARTICLE_WIFI_ENABLE\", w); int c; System.getEnv(\"PARTICLE_CELLULAR_X\", c); String v = System.getEnv(\"A_1\"); }")]
    [InlineData("Ledger s = Particle.ledger(\"s\");\nvoid setup() { s.set(LedgerData{{\"a\", 1}}, Ledger::MERGE); }")]
    public void Good_twins_raise_no_ledger_or_environment_rule(string code) =>
        Assert.DoesNotContain(Ids(Contract(code)), id => string.CompareOrdinal(id, "PCT1060") >= 0 && string.CompareOrdinal(id, "PCT1078") <= 0);

    [Theory]
    [InlineData("int", "true", "\"true\"")]
    [InlineData("int", "1.5", "\"1.5\"")]
    [InlineData("int", "99999999999", "\"99999999999\"")]
    [InlineData("bool", "True", "\"True\"")]
    [InlineData("bool", "1", "\"1\"")]
    public void Env_json_defaults_the_decoder_rejects_are_reported_at_the_value(string type, string value, string written)
    {
        var json = "{ \"X\": " + written + " }";
        var contract = Single(
            ("proj/src/app.cpp", $"void setup() {{ {type} x; System.getEnv(\"X\", x); }}"),
            ("proj/project.properties", "env=env.json"),
            ("proj/env.json", json));

        var diagnostic = Assert.Single(contract.Diagnostics, d => d.Id == "PCT1075");
        Assert.Equal("proj/env.json", diagnostic.Location.File);
        Assert.Equal(written, json.Substring(diagnostic.Location.Start, diagnostic.Location.Length));
        Assert.Contains(value, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2147483648")]
    [InlineData("2147483647")]
    public void Int32_defaults_the_decoder_accepts_raise_nothing(string value) =>
        Assert.True(ParticleContracts.Generators.Firmware.Ledgers.DataRules.IsInt32Decimal(value));

    [Fact]
    public void An_env_json_key_the_firmware_never_reads_is_reported_at_its_value_with_did_you_mean()
    {
        const string Json = "{ \"REPORT_INTERVAL\": \"30\", \"REPORT_INTERVALL\": \"60\", \"FLEET_COLOUR\": \"red\" }";
        var contract = Single(
            ("proj/src/app.cpp", "void setup() { int p; System.getEnv(\"REPORT_INTERVAL\", p); }"),
            ("proj/project.properties", "env=env.json"),
            ("proj/env.json", Json));

        var unread = contract.Diagnostics.Where(d => d.Id == "PCT1067").ToArray();
        Assert.Equal(2, unread.Length);
        Assert.Equal("env.json sets \"REPORT_INTERVALL\", but no System.getEnv or System.hasEnv of this firmware reads it. Fix the name (did you mean \"REPORT_INTERVAL\"?), or remove the default.", unread[0].Message);
        Assert.Equal("\"60\"", Json.Substring(unread[0].Location.Start, unread[0].Location.Length));
        Assert.Equal("env.json sets \"FLEET_COLOUR\", but no System.getEnv or System.hasEnv of this firmware reads it. Fix the name, or remove the default.", unread[1].Message);
        Assert.Equal("proj/env.json", unread[1].Location.File);
    }

    [Theory]
    [InlineData("void setup() { int p; System.getEnv(\"RETRY\", p); }", "{ \"RETRY\": \"5\", \"PARTICLE_WIFI_ENABLE\": \"false\" }")]
    [InlineData("void setup() { bool b = System.hasEnv(\"RETRY\"); }", "{ \"RETRY\": \"5\" }")]
    [InlineData("void readKey(String key) { String v = System.getEnv(key); }\nvoid setup() { readKey(\"RETRY\"); }", "{ \"RETRY\": \"5\", \"OTHER\": \"x\" }")]
    public void Read_system_and_run_time_read_keys_are_not_unread(string code, string json)
    {
        var contract = Single(("proj/src/app.cpp", code), ("proj/project.properties", "env=env.json"), ("proj/env.json", json));

        Assert.DoesNotContain("PCT1067", Ids(contract));
    }

    [Fact]
    public void Unread_keys_are_not_checked_without_an_env_line()
    {
        var contract = Single(
            ("proj/src/app.cpp", "void setup() { int p; System.getEnv(\"RETRY\", p); }"),
            ("proj/project.properties", "name=proj\n"),
            ("proj/env.json", "{ \"OTHER\": \"x\" }"));

        Assert.DoesNotContain("PCT1067", Ids(contract));
    }

    private static DeviceContract Single(params (string Path, string Text)[] files) => Assert.Single(Read(files));

    private static string Describe(DeviceContract contract) =>
        contract.Data is null ? string.Empty : string.Join(", ", contract.Data.Environment.Select(v => $"{v.Name}:{v.Type}"));
}
