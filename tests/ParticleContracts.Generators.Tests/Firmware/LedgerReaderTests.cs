using ParticleContracts.Generators.Contracts;
using static ParticleContracts.Generators.Tests.Firmware.FirmwareTestKit;

namespace ParticleContracts.Generators.Tests.Firmware;

/// <summary>
/// The ledger stage: every firmware form of <c>Particle.ledger</c> and what is done with it becomes a ledger with a
/// direction and typed keys; look-alikes are not ledgers. Ledgers are shown as
/// <c>name Direction {key:Type, map:Map{child:Type}}</c>.
/// </summary>
public sealed class LedgerReaderTests
{
    public static TheoryData<string, string> Forms => new()
    {
        // Reads: the Variant reader method is the type; reads make a cloud-to-device ledger.
        {
            "Ledger cfg;\nvoid setup() { cfg = Particle.ledger(\"test-config\"); }\nvoid loop() { int t = cfg.get().get(\"threshold\").toInt(); }",
            "test-config CloudToDevice {threshold:Int}"
        },
        {
            "void setup() { Ledger cfg = Particle.ledger(\"cfg\"); LedgerData d = cfg.get(); double g = d.get(\"gain\").toDouble(); bool on = d.get(\"on\").toBool(); String n = d.get(\"name\").toString(); }",
            "cfg CloudToDevice {gain:Double, name:String, on:Bool}"
        },
        {
            "void setup() { auto cfg = Particle.ledger(\"cfg\"); auto d = cfg.get(); if (d.has(\"mode\")) {} long long big = d.get(\"big\").toInt64(); }",
            "cfg CloudToDevice {big:Int64, mode:Unknown}"
        },
        {
            "void setup() { int t = Particle.ledger(\"direct\").get().get(\"t\").toInt(); }",
            "direct CloudToDevice {t:Int}"
        },
        {
            "Ledger cfg = Particle.ledger(\"net\");\nvoid loop() { String s = cfg.get().get(\"wifi\").toMap().get(\"ssid\").toString(); int c = cfg.get().get(\"wifi\").asMap().get(\"channel\").toInt(); }",
            "net CloudToDevice {wifi:Map{channel:Int, ssid:String}}"
        },
        {
            "Ledger cfg = Particle.ledger(\"net\");\nvoid loop() { auto list = cfg.get().get(\"hosts\").toArray(); }",
            "net CloudToDevice {hosts:Array}"
        },
        // Writes: the value's type; writes make a device-to-cloud ledger.
        {
            "Ledger status;\nvoid setup() { status = Particle.ledger(\"device-status\"); }\nvoid loop() { status.set(LedgerData{{\"temp\", 21.5}, {\"ok\", true}, {\"count\", 3}, {\"label\", \"a\"}}, Ledger::MERGE); }",
            "device-status DeviceToCloud merge {count:Int, label:String, ok:Bool, temp:Double}"
        },
        {
            "Ledger status = Particle.ledger(\"s\");\nint reading = 0;\nvoid loop() { LedgerData data; data.set(\"reading\", reading); data.set(\"up\", Variant(millis() > 0)); status.set(data); }",
            "s DeviceToCloud replace {reading:Int, up:Unknown}"
        },
        {
            "Ledger status = Particle.ledger(\"s\");\nvoid loop() { double t = 1.0; status.set({{\"t\", t}, {\"loc\", LedgerData{{\"lat\", 1.5}, {\"fix\", true}}}}, Ledger::REPLACE); }",
            "s DeviceToCloud replace {loc:Map{fix:Bool, lat:Double}, t:Double}"
        },
        {
            "Ledger counter = Particle.ledger(\"counter\");\nvoid loop() { LedgerData d = counter.get(); int n = d.get(\"n\").toInt(); d.set(\"n\", n + 1); counter.set(d, Ledger::MERGE); }",
            "counter DeviceToCloud merge {n:Int}"
        },
        // onSync: a lambda's or a handler function's Ledger parameter is the ledger onSync was called on.
        {
            "Ledger cfg;\nvoid setup() { cfg = Particle.ledger(\"cfg\"); cfg.onSync([](Ledger l) { int p = l.get().get(\"period\").toInt(); }); }",
            "cfg CloudToDevice {period:Int}"
        },
        {
            "void onCfg(Ledger ledger) { LedgerData d = ledger.get(); bool b = d.get(\"beep\").toBool(); }\nvoid setup() { Ledger cfg = Particle.ledger(\"cfg\"); cfg.onSync(onCfg); }",
            "cfg CloudToDevice {beep:Bool}"
        },
        // useLedgers names ledgers; alone they have no direction.
        {
            "void setup() { Particle.useLedgers(\"a\", \"b\"); }",
            "a Unknown {} | b Unknown {}"
        },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_ledger_form_is_read(string code, string expected) =>
        Assert.Equal(expected, Describe(Contract(code)));

    [Fact]
    public void A_ledger_variable_declared_in_a_header_and_bound_in_another_file_is_followed()
    {
        var contract = Contract(
            "#include \"config.h\"\nvoid setup() { cfg = Particle.ledger(\"shared\"); }",
            ("proj/src/config.h", "extern Ledger cfg;\ninline int period() { return cfg.get().get(\"period\").toInt(); }"));

        Assert.Equal("shared CloudToDevice {period:Int}", Describe(contract));
    }

    [Fact]
    public void Ledger_keys_keep_their_first_location()
    {
        const string code = "Ledger cfg = Particle.ledger(\"cfg\");\nvoid loop() { int t = cfg.get().get(\"threshold\").toInt(); }";
        var ledger = Assert.Single(Contract(code).Data!.Ledgers);

        var key = Assert.Single(ledger.Keys);
        Assert.Equal("\"threshold\"", code.Substring(key.Location.Start, key.Location.Length));
        Assert.Equal("\"cfg\"", code.Substring(ledger.Location.Start, ledger.Location.Length));
    }

    [Theory]
    [InlineData("void setup() { Particle.variable(\"x\", 1); }")]
    [InlineData("// Particle.ledger(\"x\").get().get(\"k\").toInt();\nvoid setup() { const char* s = \"Particle.ledger(\\\"y\\\")\"; }")]
    [InlineData("void setup() { myLib.Particle.ledger(\"x\"); }")]
    [InlineData("std::map<String, int> m;\nvoid setup() { int v = m.get(\"k\").toInt(); }")]
    [InlineData("Ledger cfg;\nvoid setup() { cfg.get(); }")]
    public void Look_alikes_and_unbound_ledgers_are_not_ledgers(string code) =>
        Assert.True(Contract(code).Data is null || Contract(code).Data!.Ledgers.IsEmpty);

    [Fact]
    public void A_ledger_name_known_only_at_run_time_is_reported_not_typed()
    {
        var contract = Contract("void setup() { String n = \"x\"; Ledger l = Particle.ledger(n); int v = l.get().get(\"k\").toInt(); }");

        Assert.Empty(contract.Data!.Ledgers);
        Assert.Contains("PCT1062", Ids(contract));
    }

    [Fact]
    public void Ledger_uses_in_false_preprocessor_regions_are_not_read()
    {
        var contract = Contract("#if 0\nvoid setup() { Particle.ledger(\"off\").get().get(\"k\").toInt(); }\n#endif\nvoid loop() {}");

        Assert.True(contract.Data is null || contract.Data.Ledgers.IsEmpty);
    }

    internal static string Describe(DeviceContract contract) =>
        contract.Data is null ? string.Empty : string.Join(" | ", contract.Data.Ledgers.Select(Describe));

    private static string Describe(LedgerContract ledger)
    {
        var mode = ledger.Writes ? (ledger.ReplaceMode ? " replace" : " merge") : string.Empty;
        return $"{ledger.Name} {ledger.Direction}{mode} {{{Keys(ledger.Keys)}}}";
    }

    private static string Keys(EquatableArray<LedgerKey> keys) =>
        string.Join(", ", keys.Select(key => key.Type == DataValueType.Map && !key.Keys.IsEmpty ? $"{key.Name}:Map{{{Keys(key.Keys)}}}" : $"{key.Name}:{key.Type}"));
}
